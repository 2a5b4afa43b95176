package forkcast.scenarios.cdr;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a fit as a complete scenario in the ordinary format, every fitted value commented with its evidence: files
 * and rows read, rows set aside by reason, the arrival profile with its confidence intervals and dispersion, each
 * stream's holding-time candidates with their Kolmogorov–Smirnov statistics, codecs, secure share and the observed
 * figures the model can be checked against. What the CDRs cannot tell (agents, channels, recorders) is a placeholder
 * derived from the observed peaks, marked as such.
 */
public final class FittedScenario
{
    /** The text of the scenario, and the empirical distribution files it names (file name → content). */
    public record Output(String yaml, Map<String, String> dataFiles)
    {
    }

    private FittedScenario()
    {
    }

    /**
     * @param name the scenario's name ([a-z0-9-]+)
     * @param stem the prefix of empirical files written beside the scenario
     */
    public static Output write(final CdrFit.Result r, final String name, final String stem)
    {
        StringBuilder y = new StringBuilder();
        Map<String, String> data = new LinkedHashMap<>();
        y.append("# Fitted by forkcast fit from CUCM CDRs. Every value below says where it comes from; values marked\n");
        y.append("# 'placeholder' are not in CDRs: set them to the deployment you plan before sizing.\n");
        y.append("# files read: ").append(r.files().size()).append(" (").append(String.join(", ", r.files().stream()
                .map(f -> java.nio.file.Path.of(f).getFileName().toString()).toList())).append(")\n");
        if (!r.skippedFiles().isEmpty())
        {
            y.append("# CMR files skipped: ").append(String.join(", ", r.skippedFiles())).append('\n');
        }
        y.append("# rows read: ").append(r.rows()).append("; call legs used: ").append(r.legs())
                .append("; legs of no mapped group, gateway or recording trunk: ").append(r.unmapped()).append('\n');
        if (r.recordingTrunksMapped())
        {
            y.append("# recording legs attributed to no mapped group (the end away from the trunk is no agent of the map):"
                    + " ").append(r.unattributedRecording()).append('\n');
        }
        y.append("# rows set aside: ").append(r.bad().total()).append('\n');
        r.bad().counts().forEach((reason, count) -> y.append("#   ").append(reason).append(": ").append(count)
                .append(" (first at ").append(r.bad().firstSeen().get(reason)).append(")\n"));
        if (!r.days().isEmpty())
        {
            y.append("# days observed (UTC): ").append(r.days().size()).append(", ")
                    .append(LocalDate.ofEpochDay(r.days().first())).append(" to ")
                    .append(LocalDate.ofEpochDay(r.days().last())).append('\n');
        }
        y.append("# observed: busy-hour answered agent calls ").append(r.busyHourAgentCalls())
                .append("; recording calls ").append(r.recordingLegs()).append(" (unanswered ")
                .append(r.unansweredRecording()).append("), busy-hour recording calls ").append(r.busyHourRecordingCalls())
                .append(", peak concurrent recording calls ").append(r.peakRecordingCalls()).append('\n');
        r.groupPeaks().forEach((g, p) -> y.append("# observed: peak concurrent answered calls of ").append(g)
                .append(": ").append(p).append('\n'));
        y.append("name: ").append(name).append('\n');
        y.append("description: fitted from ").append(r.legs()).append(" CDR legs over ").append(r.days().size())
                .append(" days\n");
        y.append("seed: 1\n");
        String iv = r.intervalSeconds() % 3600 == 0 ? r.intervalSeconds() / 3600 + "h" : r.intervalSeconds() / 60 + "m";
        y.append("# the profile starts at 00:00 UTC; one day is measured after one interval of warm-up\n");
        y.append("run: { warmup: ").append(iv).append(", duration: 24h, replications: 10, interval: ").append(iv)
                .append(" }\n");
        y.append("cluster: { builtInBridge: on }\n");
        y.append("sites: [ { id: dc } ]   # placeholder: one site\n");
        int recStreams = Math.max(4, 2 * (int) Math.ceil(r.peakRecordingCalls() * 1.5 / 2));
        // two per answered call counts the groups written as recording only: a group that records nothing sends none
        int observedCalls = r.groupPeaks().entrySet().stream()
                .filter(e -> r.recordingMode(e.getKey()) != GroupRecording.Mode.DISABLED).mapToInt(Map.Entry::getValue)
                .sum();
        recStreams = Math.max(recStreams, 2 * (int) Math.ceil(observedCalls * 1.5));
        y.append("# placeholder recorder: 1.5 x the observed peak (recording calls, or two per answered call of the"
                + " recorded groups)\n");
        boolean secure = r.recordingLegs() > 0 && r.streams().stream().anyMatch(f -> f.stream().secure > 0
                && r.recordingMode(f.stream().group) != GroupRecording.Mode.DISABLED);
        if (secure)
        {
            y.append("# secure: the CDRs show encrypted calls on recorded lines, and a recorder that refuses SRTP would lose"
                    + " them (R33, srtp-not-accepted)\n");
        }
        y.append("recorders: [ { id: rec-1, site: dc, maxStreams: ").append(recStreams).append(secure ? ", secure: true" : "")
                .append(" } ]\n");
        y.append("trunks: [ { id: t-rec-1, to: rec-1 } ]\n");
        y.append("recordingProfiles: [ { id: rp-main, trunk: t-rec-1 } ]\n");
        Map<String, Integer> gwPeaks = r.gatewayPeaks();
        boolean anyGateway = r.streams().stream().anyMatch(s -> s.stream().gateway != null);
        if (anyGateway)
        {
            y.append("gateways:\n");
            gwPeaks.forEach((g, p) ->
            {
                int channels = Math.max(1, (int) Math.ceil(p * 1.5));
                y.append("  - { id: ").append(g).append(", site: dc, channels: ").append(channels)
                        .append(" }   # placeholder: 1.5 x the observed peak of ").append(p).append(" channels\n");
            });
        }
        y.append("agentGroups:\n");
        r.groupPeaks().forEach((g, p) ->
        {
            PatienceFit.Estimate q = r.patience().get(g);
            if (q != null)
            {
                patienceEvidence(y, g, q);
            }
            String line = recording(y, r, g);
            if (r.queue(g))
            {
                // callers queued only while every agent was busy, so the most calls up at once is the staffing then;
                // 1.5 x would leave nobody waiting and no one abandoning
                y.append("  - { id: ").append(g).append(", site: dc, agents: ").append(Math.max(1, p))
                        .append(", ").append(line).append(", queue: { patience: { dist: exponential, mean: ")
                        .append(seconds(q.meanPatience())).append(" } } }   # placeholder: the observed peak of ")
                        .append(p).append(" calls (callers queued: every agent was busy)\n");
            }
            else
            {
                int agents = Math.max(1, (int) Math.ceil(p * 1.5));
                y.append("  - { id: ").append(g).append(", site: dc, agents: ").append(agents)
                        .append(", ").append(line).append(" }   # placeholder: 1.5 x the observed peak of ").append(p)
                        .append(" calls\n");
            }
        });
        y.append("# arrivals per interval of the day (UTC), all streams (answered legs, and the unanswered legs at the"
                + " queueing point\n# of groups with a queue), mean over the days with 95% CI; dispersion =\n");
        y.append("# variance / mean across days (about 1 when arrivals are Poisson); * marks the busy interval\n");
        int busy = r.busyInterval();
        double mean = r.callsPerHour() * r.intervalSeconds() / 3600.0;
        StringBuilder profile = new StringBuilder();
        for (int s = 0; s < r.perInterval().length; s++)
        {
            y.append(String.format(Locale.ROOT, "#   %s %02d:%02d  %9.2f  [%.2f, %.2f]  dispersion %s%n",
                    s == busy ? "*" : " ", s * r.intervalSeconds() / 3600, s * r.intervalSeconds() % 3600 / 60,
                    r.perInterval()[s], r.ciLow()[s], r.ciHigh()[s], Double.isNaN(r.dispersion()[s]) ? "n/a"
                            : String.format(Locale.ROOT, "%.2f", r.dispersion()[s])));
            profile.append(s == 0 ? "" : ", ").append(mean > 0 ? number(r.perInterval()[s] / mean) : "1");
        }
        y.append("traffic:\n");
        double hours = Math.max(1, r.days().size()) * 24.0;
        for (CdrFit.StreamFit f : r.streams())
        {
            TrafficStream s = f.stream();
            y.append("  - id: ").append(s.id()).append('\n');
            y.append("    group: ").append(s.group).append('\n');
            boolean queue = r.queue(s.group);
            long atQueue = queue ? s.queuedUnanswered : 0;
            y.append("    # ").append(s.offered).append(" legs offered, ").append(s.answered).append(" answered");
            if (queue)
            {
                y.append(", ").append(atQueue).append(" unanswered at the queueing point");
            }
            y.append("; the rate counts ").append(queue ? "both" : "answered legs").append(" (")
                    .append(s.offered - s.answered - s.queuedUnanswered).append(" unanswered away from a queueing point");
            if (!queue && s.queuedUnanswered > 0)
            {
                y.append(" and ").append(s.queuedUnanswered).append(" at one where no caller abandoned");
            }
            y.append(": left out)\n");
            y.append("    rate: ").append(number((s.answered + atQueue) / hours)).append("/h\n");
            y.append("    profile: [").append(profile).append("]   # the all-streams day shape\n");
            y.append("    direction: ").append(s.direction).append('\n');
            if (s.gateway != null)
            {
                y.append("    gateways: [").append(s.gateway).append("]\n");
            }
            if (s.answered > 0)
            {
                y.append("    # callSecuredStatus: ").append(s.secure).append(" encrypted (2), ").append(s.authenticatedOnly)
                        .append(" authenticated only (1, not SRTP)\n");
                y.append("    secureShare: ").append(number((double) s.secure / s.answered)).append('\n');
                if (!s.unmappedCodecs.isEmpty())
                {
                    y.append("    # payload capability codes not in the catalog, left out of the mix: ")
                            .append(s.unmappedCodecs).append('\n');
                }
                if (!s.codecs.isEmpty())
                {
                    y.append("    codecs: {");
                    boolean first = true;
                    for (Map.Entry<String, String> e : codecShares(s.codecs).entrySet())
                    {
                        y.append(first ? " " : ", ").append(e.getKey()).append(": ").append(e.getValue());
                        first = false;
                    }
                    y.append(" }\n");
                }
            }
            holding(y, data, f, stem + "-" + s.id() + ".csv");
            if (!s.transferred.isEmpty() && s.answered > 0)
            {
                y.append("    transfer: { share: ").append(number(Math.min(1, (double) s.transferred.size() / s.answered)))
                        .append(" }   # calls with a leg ended on behalf of transfer (10), per answered leg\n");
            }
            if (!s.conferenced.isEmpty() && s.answered > 0)
            {
                y.append("    conference: { share: ").append(number(Math.min(1, (double) s.conferenced.size() / s.answered)))
                        .append(" }   # calls with a leg on behalf of conference (4), per answered leg\n");
            }
        }
        if (r.streams().isEmpty())
        {
            throw new IllegalStateException("no traffic");
        }
        return new Output(y.toString(), data);
    }

    /**
     * Write the evidence of {@code group}'s recording as a comment and return its line setting: disabled without
     * recording legs, automatic when nearly every answered call has a session, else selective with the observed share
     * ({@link GroupRecording}).
     */
    private static String recording(final StringBuilder y, final CdrFit.Result r, final String group)
    {
        if (!r.recordingTrunksMapped())
        {
            y.append("  # ").append(group).append(": recording automatic is a placeholder: the map names no recording"
                    + " trunk, so the CDRs do not tell which calls were recorded\n");
            return "line: { recording: automatic, profile: rp-main }";
        }
        GroupRecording rec = r.recording().get(group);
        y.append("  # ").append(group).append(": ").append(rec.recordingLegs()).append(" recording legs from its agents'"
                + " phones = ").append(number(rec.sessions())).append(" sessions (two recording calls each, R5) for ")
                .append(rec.answeredCalls()).append(" answered calls");
        switch (rec.mode())
        {
            case DISABLED:
                y.append(": nothing recorded, recording disabled\n");
                return "line: { recording: disabled }";
            case AUTOMATIC:
                y.append(Double.isInfinite(rec.share()) ? " (none of its own)" : ": share " + number(rec.share()))
                        .append(", automatic (R2: every call; from a share of ")
                        .append(number(GroupRecording.AUTOMATIC_FROM)).append(")\n");
                return "line: { recording: automatic, profile: rp-main }";
            default:
                y.append(": share ").append(number(rec.share())).append(", selective recording of that share (R3);"
                        + " who starts it is not in CDRs: 'by' is a placeholder\n");
                return "line: { recording: selective, profile: rp-main }, selective: { share: " + number(rec.share())
                        + ", by: supervisor }";
        }
    }

    private static void patienceEvidence(final StringBuilder y, final String group, final PatienceFit.Estimate q)
    {
        y.append("  # ").append(group).append(": ").append(q.queued()).append(" legs reached the queueing point (")
                .append(q.waitFromField()).append(" timed by totalWaitTimeInQueue, ").append(q.queued() - q.waitFromField())
                .append(" from the timestamps): ").append(q.abandoned()).append(" abandoned (caller hung up), ")
                .append(q.answered()).append(" answered, ").append(q.leftOtherwise()).append(" left otherwise")
                .append(q.otherCauses().isEmpty() ? "" : " (origCause_value: count " + q.otherCauses() + ")")
                .append("; ").append(q.waited()).append(" s waited in all\n");
        if (q.fitted())
        {
            y.append(String.format(Locale.ROOT, "  # patience: exponential by maximum likelihood with the answered and"
                    + " the otherwise-left as censored,%n  #   mean = seconds waited / abandoned = %s s, 95%% CI"
                    + " [%s, %s] s (Poisson count of abandonments)%n", number(q.meanPatience()), number(q.low()),
                    number(q.high())));
        }
        else
        {
            y.append(String.format(Locale.ROOT, "  # no caller abandoned: mean patience at least %s s (95%%); no queue"
                    + " written, unanswered legs left out%n", number(q.low())));
        }
    }

    /**
     * @return each codec's share of the answered legs, as written: six significant digits, the most frequent codec's
     *         share being 1 minus the others as written, so that the shares add up to 1 as the loader requires (within
     *         1e-6; three shares rounded each on their own can miss it)
     */
    static Map<String, String> codecShares(final Map<String, Long> counts)
    {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        String largest = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<String, String> out = new LinkedHashMap<>();
        double others = 0;
        for (Map.Entry<String, Long> e : counts.entrySet())
        {
            if (!e.getKey().equals(largest))
            {
                String share = number((double) e.getValue() / total);
                out.put(e.getKey(), share);
                others += Double.parseDouble(share);
            }
        }
        out.put(largest, number(1 - others));
        // back in the counts' order
        Map<String, String> ordered = new LinkedHashMap<>();
        counts.keySet().forEach(k -> ordered.put(k, out.get(k)));
        return ordered;
    }

    private static void holding(final StringBuilder y, final Map<String, String> data, final CdrFit.StreamFit f,
            final String file)
    {
        HoldingTimeFit.Result fit = f.holding();
        if (fit == null)
        {
            y.append("    # fewer than two answered legs: holding time left at the default\n");
            return;
        }
        y.append("    # holding time, ").append(fit.n()).append(" answered legs, maximum likelihood; Kolmogorov-Smirnov D"
                + " (p-value), best first:\n");
        for (HoldingTimeFit.Candidate c : fit.candidates())
        {
            y.append(String.format(Locale.ROOT, "    #   %-11s %-30s D=%.4f (p=%.3g)%n",
                    c.family().name().toLowerCase(Locale.ROOT), c.parameters(), c.ksStatistic(), c.pValue()));
        }
        HoldingTimeFit.Candidate best = fit.best();
        if (fit.fits() && best.family() == HoldingTimeFit.Family.EXPONENTIAL)
        {
            y.append("    holdingTime: { dist: exponential, mean: ").append(seconds(best.mean())).append(" }\n");
        }
        else if (fit.fits() && best.family() == HoldingTimeFit.Family.LOGNORMAL)
        {
            y.append("    holdingTime: { dist: lognormal, mean: ").append(seconds(best.mean())).append(", stddev: ")
                    .append(seconds(best.stddev())).append(" }\n");
        }
        else
        {
            y.append(fit.fits() ? "    # " + best.family().name().toLowerCase(Locale.ROOT)
                    + " fits best but the scenario format has no such family: the observations, as a histogram\n"
                    : "    # no family fits at p >= " + HoldingTimeFit.ALPHA + ": the observations, as a histogram\n");
            data.put(file, histogram(f.holdingTimes()));
            y.append("    holdingTime: { dist: empirical, file: ").append(file).append(" }\n");
        }
    }

    /** @return a histogram of 100 equal-count bins (UPPER,COUNT), fewer when values repeat */
    static String histogram(final double[] x)
    {
        double[] sorted = x.clone();
        java.util.Arrays.sort(sorted);
        StringBuilder out = new StringBuilder("# holding times in seconds: UPPER,COUNT per bin, the first from 0 s\n");
        int bins = Math.min(100, sorted.length);
        int from = 0;
        double last = 0;
        for (int b = 1; b <= bins; b++)
        {
            int to = (int) Math.round((double) b * sorted.length / bins);
            double upper = sorted[to - 1];
            while (to < sorted.length && sorted[to] == upper)
            {
                to++;
            }
            if (to <= from)
            {
                continue;
            }
            if (upper <= last)
            {
                upper = last + 0.5;
            }
            out.append(number(upper)).append(',').append(to - from).append('\n');
            last = upper;
            from = to;
        }
        return out.toString();
    }

    private static String seconds(final double s)
    {
        return number(Math.max(s, 0.001)) + "s";
    }

    static String number(final double v)
    {
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e") || s.contains("E"))
        {
            s = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).toPlainString();
        }
        if (s.contains("."))
        {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** @return the traffic stream ids of a result, in the order written */
    public static List<String> streamIds(final CdrFit.Result r)
    {
        return r.streams().stream().map(f -> f.stream().id()).toList();
    }
}
