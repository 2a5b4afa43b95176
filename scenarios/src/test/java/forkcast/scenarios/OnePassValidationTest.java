package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A scenario's problems are reported in one pass, each once: an element with an error of its own keeps its id for the
 * references to it, a key or value the records cannot hold does not stop the checks after it, and a check that would
 * only miss a refused value keeps quiet.
 */
class OnePassValidationTest
{
    /** Every element here is valid; each test breaks one or more of them. */
    private static final String VALID = """
            name: one-pass
            sites: [ { id: dc }, { id: branch } ]
            links: [ { id: wan, between: [branch, dc], mbps: 10 } ]
            gateways: [ { id: gw, site: dc, channels: 10 } ]
            recorders:
              - { id: rec-a, site: dc }
            trunks:
              - { id: t1, to: rec-a }
            recordingProfiles:
              - { id: rp, trunk: t1 }
            agentGroups:
              - { id: agents, site: branch, agents: 10, line: { recording: automatic, profile: rp } }
            traffic:
              - { id: calls, group: agents, rate: 10/h, gateways: [gw] }
            """;

    private static List<String> errors(final String yaml)
    {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(yaml));
        return e.errors().stream().map(ScenarioError::toString).toList();
    }

    private static String breaking(final String valid, final String replaced)
    {
        String result = VALID.replace(valid, replaced);
        assertEquals(1, VALID.split(java.util.regex.Pattern.quote(valid), -1).length - 1, valid);
        return result;
    }

    @Test
    void theValidScenarioLoads() throws ScenarioException
    {
        assertEquals("one-pass", ScenarioText.load(VALID).name());
    }

    @Test
    void aRecorderWithAMistypedSiteIsTheOnlyErrorNotItsTrunkProfileAndGroup()
    {
        assertEquals(List.of("test.yaml:6:24: error: no site with id 'dcc' (did you mean 'dc'?)"),
                errors(breaking("{ id: rec-a, site: dc }", "{ id: rec-a, site: dcc }")));
    }

    @Test
    void everyReferenceToAnElementWithAnErrorOfItsOwnIsLeftToThatError()
    {
        String yaml = breaking("gateways: [ { id: gw, site: dc, channels: 10 } ]",
                "gateways: [ { id: gw, site: dc } ]\nmtpPools: [ { id: mtp, site: dcc, size: 2 } ]")
                .replace("{ id: t1, to: rec-a }", "{ id: t1, to: rec-a, earlyOffer: sometimes, mtpPool: mtp }");
        assertEquals(List.of("test.yaml:4:13: error: gateway needs 'channels', the calls it carries at once",
                "test.yaml:5:30: error: no site with id 'dcc' (did you mean 'dc'?)",
                "test.yaml:9:38: error: earlyOffer must be one of none, best-effort, mandatory, not 'sometimes'"),
                errors(yaml));
    }

    @Test
    void anUndeclaredIdIsStillReported()
    {
        assertEquals(List.of("test.yaml:8:19: error: no recorder, CUBE or gateway with id 'rec-b' (did you mean"
                + " 'rec-a'?)"), errors(breaking("{ id: t1, to: rec-a }", "{ id: t1, to: rec-b }")));
    }

    @Test
    void oneErrorOfEachFormerRoundIsReportedInOneCall()
    {
        String yaml = breaking("name: one-pass", "name: one-pass\nrnu: { duration: 1h }")
                .replace("{ id: rec-a, site: dc }", "{ id: rec-a, site: dc, maxStreams: -5 }")
                .replace("rate: 10/h, gateways: [gw]", "rate: 2400, gateways: [gw2]");
        assertEquals(List.of("test.yaml:2:1: error: unknown key 'rnu' (did you mean 'run'?)",
                "test.yaml:7:40: error: maxStreams must be a whole number from 0 to 1000000, not -5",
                "test.yaml:15:39: error: 'rate': expected a rate with a time unit, like 2400/h, 40/m or 2/s, not the"
                        + " number 2400",
                "test.yaml:15:56: error: no gateway with id 'gw2' (did you mean 'gw'?)"), errors(yaml));
    }

    @Test
    void aRequiredKeyGivenWithAValueOfTheWrongKindIsNotAlsoReportedMissing()
    {
        assertEquals(List.of("test.yaml:3:50: error: 'mbps': expected a number, not the text 'ten'",
                "test.yaml:12:41: error: 'agents': expected a whole number, not the text 'many'"),
                errors(breaking("mbps: 10 }", "mbps: ten }").replace("agents: 10,", "agents: many,")));
    }

    @Test
    void aListRefusedAsAWholeLeavesItsReferencesUnjudged()
    {
        assertEquals(List.of("test.yaml:2:8: error: 'sites': expected a list, not the text 'dc'"),
                errors(breaking("sites: [ { id: dc }, { id: branch } ]", "sites: dc")));
    }

    @Test
    void aListElementOfTheWrongKindKeepsTheIndexOfTheOthers()
    {
        String yaml = breaking("  - { id: rec-a, site: dc }", "  - \"rec-0\"\n  - { id: rec-a, site: dc }")
                .replace("{ id: t1, to: rec-a }", "{ id: t1, to: rec-a, maxDialogs: lots }");
        assertEquals(List.of("test.yaml:6:5: error: 'recorders' element 1: expected a map of keys, not the text"
                + " 'rec-0'", "test.yaml:9:38: error: 'maxDialogs': expected a whole number, not the text 'lots'"),
                errors(yaml));
    }

    @Test
    void aMisspeltRequiredKeyIsOneErrorNotAlsoAMissingKey()
    {
        String yaml = breaking("{ id: gw, site: dc, channels: 10 }", "{ id: gw, site: dc, chanels: 10 }")
                .replace("{ id: rec-a, site: dc }", "{ ide: rec-a, site: dc }").replace("rate: 10/h", "rat: 10/h");
        assertEquals(List.of("test.yaml:4:33: error: unknown key 'chanels' (did you mean 'channels'?)",
                "test.yaml:6:7: error: unknown key 'ide' (did you mean 'id'?)",
                "test.yaml:14:33: error: unknown key 'rat' (did you mean 'rate'?)"), errors(yaml));
    }

    @Test
    void anUnknownKeyFarFromAnyKnownOneLeavesTheMissingKeyReported()
    {
        assertEquals(List.of("test.yaml:4:13: error: gateway needs 'channels', the calls it carries at once",
                "test.yaml:4:33: error: unknown key 'lines'; known keys: channels, id, sipProxyInPath, site,"
                        + " ucGatewayServices"),
                errors(breaking("{ id: gw, site: dc, channels: 10 }", "{ id: gw, site: dc, lines: 10 }")));
    }

    @Test
    void anIdOfTheWrongKindLeavesTheReferencesToItsListUnjudged()
    {
        assertEquals(List.of("test.yaml:6:11: error: 'id': expected a text value, not a list"),
                errors(breaking("{ id: rec-a, site: dc }", "{ id: [rec-a], site: dc }")));
    }

    @Test
    void pathsOverTheLinksAreCheckedBesideOtherErrors()
    {
        String yaml = breaking("links: [ { id: wan, between: [branch, dc], mbps: 10 } ]", "links: []")
                .replace("{ id: gw, site: dc, channels: 10 }",
                        "{ id: gw, site: dc, channels: 10 }, { id: gw-2, site: dc }");
        assertEquals(List.of("test.yaml:4:49: error: gateway needs 'channels', the calls it carries at once",
                "test.yaml:12:84: error: recorded media cannot travel from site 'branch' to recorder rec-a at site"
                        + " 'dc': no links join them",
                "test.yaml:14:56: error: the call's media cannot travel from site 'branch' to gateway gw at site"
                        + " 'dc': no links join them"), errors(yaml));
    }

    @Test
    void aRefusedLinkLeavesThePathsUnjudged()
    {
        assertEquals(List.of("test.yaml:3:62: error: layer2 must be ethernet, dot1q or a whole number of bytes (0 to"
                + " 1000), not the text 'token-ring'"), errors(breaking("mbps: 10 }", "mbps: 10, layer2: token-ring }")));
    }

    @Test
    void aLinksSectionOfTheWrongKindLeavesThePathsUnjudged()
    {
        assertEquals(List.of("test.yaml:3:8: error: 'links': expected a list, not the text 'wan'"),
                errors(breaking("links: [ { id: wan, between: [branch, dc], mbps: 10 } ]", "links: wan")));
    }

    @Test
    void anEmptyElementLeavesTheReferencesIntoItsListUnjudged()
    {
        assertEquals(List.of("test.yaml:4:13: error: empty list element"),
                errors(breaking("gateways: [ { id: gw, site: dc, channels: 10 } ]", "gateways: [ null ]")));
    }

    @Test
    void noSitesIsOneErrorNotOneForEveryElementThatNamesASite()
    {
        assertEquals(List.of("test.yaml:1:1: error: missing required key 'sites' (at least one site)"),
                errors(breaking("sites: [ { id: dc }, { id: branch } ]\n", "")));
    }

    @Test
    void nodesWithErrorsOfTheirOwnDoNotMakeTheClusterLookNodeless()
    {
        String yaml = breaking("name: one-pass", "name: one-pass\ncluster: { nodes: [ { id: n1, platform: huge } ] }")
                .replace("agents: 10,", "agents: 10, node: n1,");
        assertEquals(List.of("test.yaml:2:41: error: unknown CUCM platform 'huge'; the catalog has MCS-7825, MCS-7845,"
                + " OVA-10K"), errors(yaml));
    }

    @Test
    void everyVariantIsCheckedInOneCall()
    {
        String yaml = breaking("name: one-pass", """
                name: one-pass
                variants:
                  - { name: slow, set: { links.wan.mbps: x, links.lan.mbps: 3 } }
                  - { name: slow, set: { recorders.rec-a.site: dcc } }""");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader(Catalog.builtIn())
                .loadAlternatives("test.yaml", yaml.getBytes(StandardCharsets.UTF_8), List.of()));
        assertEquals(List.of("test.yaml:3:42: error: 'mbps': expected a number, not the text 'x'",
                "test.yaml:3:61: error: no element with id 'lan' in links (ids: wan)",
                "test.yaml:4:5: error: two alternatives are named 'slow'",
                "test.yaml:4:48: error: no site with id 'dcc' (did you mean 'dc'?)"),
                e.errors().stream().map(ScenarioError::toString).toList());
    }

    @Test
    void theVariantsAreCheckedBesideTheScenariosOwnErrorsEachReportedOnce()
    {
        String yaml = breaking("{ id: rec-a, site: dc }", "{ id: rec-a, site: dcc }").replace("name: one-pass", """
                name: one-pass
                variants:
                  - { name: fast, set: { links.wan.mbps: x } }
                  - { name: faster, set: { links.wan.mbps: 100 } }""");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader(Catalog.builtIn())
                .loadAlternatives("test.yaml", yaml.getBytes(StandardCharsets.UTF_8), List.of()));
        assertEquals(List.of("test.yaml:3:42: error: 'mbps': expected a number, not the text 'x'",
                "test.yaml:9:24: error: no site with id 'dcc' (did you mean 'dc'?)"),
                e.errors().stream().map(ScenarioError::toString).toList());
    }

    @Test
    void anOptionThatCannotBeAppliedIsReportedWithTheFilesErrors()
    {
        String yaml = breaking("{ id: rec-a, site: dc }", "{ id: rec-a, site: dcc }");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(yaml, "recorders.rec-b.maxStreams=3", "links.wan.mbps=x"));
        assertEquals(List.of("--set recorders.rec-b.maxStreams=3: error: no element with id 'rec-b' in recorders"
                + " (ids: rec-a)", "--set links.wan.mbps=x: error: 'mbps': expected a number, not the text 'x'",
                "test.yaml:6:24: error: no site with id 'dcc' (did you mean 'dc'?)"),
                e.errors().stream().map(ScenarioError::toString).toList());
    }

    @Test
    void aMapWhereADurationOrARateBelongsIsRefusedNeverReadAsZero()
    {
        String yaml = breaking("{ id: rec-a, site: dc }", "{ id: rec-a, site: dc, down: [ { at: 1m, for: {} } ] }")
                .replace("rate: 10/h", "rate: {}");
        assertEquals(List.of("test.yaml:6:51: error: 'for': expected a duration with a unit, like 300ms, 30s, 15m, 1h"
                + " or 7d, not a map of keys", "test.yaml:14:39: error: 'rate': expected a rate with a time unit, like"
                        + " 2400/h, 40/m or 2/s, not a map of keys"), errors(yaml));
    }

    @Test
    void anEmptyElementInAListOfIdsIsAnErrorNotACrash()
    {
        String yaml = breaking("recordingProfiles:\n  - { id: rp, trunk: t1 }",
                "routeLists: [ { id: rl, trunks: [t1, null] } ]\nrecordingProfiles:\n  - { id: rp, trunk: t1 }");
        assertEquals(List.of("test.yaml:9:38: error: R20: no recording trunk with id 'null'"), errors(yaml));
    }

    @Test
    void checkingStopsAfterAHundredRefusedValuesAndSaysSo()
    {
        StringBuilder yaml = new StringBuilder(VALID);
        for (int i = 0; i < ScenarioLoader.MAX_REFUSED + 20; i++)
        {
            yaml.append("  - { id: c").append(i).append(", group: agents, rate: ").append(i + 1).append(" }\n");
        }
        List<String> errors = errors(yaml.toString());
        assertEquals(ScenarioLoader.MAX_REFUSED + 1, errors.size());
        assertEquals("test.yaml:" + (14 + ScenarioLoader.MAX_REFUSED) + ":37: error: checking stopped after "
                + ScenarioLoader.MAX_REFUSED + " unknown keys and values of the wrong kind; fix these and check again",
                errors.get(errors.size() - 1));
    }

    @Test
    void theCorpusFileWithOneErrorOfEachKindListsAllFour()
    {
        Path file = Path.of("src", "test", "resources", "bad", "one-error-of-each-kind.yaml");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader(Catalog.builtIn()).load(file, List.of()));
        assertEquals(List.of(file + ":4:1: error: unknown key 'rnu' (did you mean 'run'?)",
                file + ":8:40: error: maxStreams must be a whole number from 0 to 1000000, not -5",
                file + ":16:39: error: 'rate': expected a rate with a time unit, like 2400/h, 40/m or 2/s, not the"
                        + " number 2400",
                file + ":16:56: error: no gateway with id 'gw2' (did you mean 'gw'?)"),
                e.errors().stream().map(ScenarioError::toString).toList());
    }
}
