package forkcast.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import forkcast.models.Deployment;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.recording.DownWindow;
import forkcast.scenarios.spec.DownSpec;
import forkcast.scenarios.spec.DistributionSpec;
import forkcast.scenarios.spec.DurationValue;
import forkcast.scenarios.spec.Identified;

/**
 * What the scenario sections share while they are checked: the document (for locations), the catalog, the problems
 * found so far, and the small checks every section uses (ids, references, choices, numbers, durations).
 */
final class SpecChecks
{
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
    static final int MAX_ELEMENTS = 10_000;

    private final YamlDocument document;
    private final Catalog catalog;
    private final List<ScenarioError> errors = new ArrayList<>();
    private final Set<String> gatewayTrunks = new HashSet<>();
    private final List<Deployment.LinkOutage> linkOutages = new ArrayList<>();
    private final List<DataFile> dataFiles = new ArrayList<>();
    private final List<String> assumed = new ArrayList<>();
    /** Empirical files already read for this scenario: each is read once and its table shared by every use. */
    private final Map<java.nio.file.Path, EmpiricalFile.Read> empiricalFiles = new java.util.HashMap<>();
    /**
     * Every id written, by kind of element ("recorder"), whether or not its element is valid: a reference to an
     * element refused for an error of its own is not reported again as "no recorder with id" (that would send the
     * reader looking for an element that is there).
     */
    private final Map<String, Set<String>> declared = new HashMap<>();
    /** Where each kind of element is listed ("recorder": {@code /recorders}), for {@link #declared}. */
    private final Map<String, String> lists = new HashMap<>();
    /** Lists not read, for an empty element or too many (reported): their ids are unknown. */
    private final Set<String> unread = new HashSet<>();

    SpecChecks(final YamlDocument document, final Catalog catalog)
    {
        this.document = document;
        this.catalog = catalog;
    }

    /**
     * Start with the problems found when the document was bound: values outside their ranges, unknown keys and values
     * of the wrong kind.
     */
    void outOfRange()
    {
        this.document.outOfRange().forEach(f -> this.errors.add(f.error()));
        this.document.refused().forEach(r -> this.errors.add(r.error()));
    }

    YamlDocument document()
    {
        return this.document;
    }

    Catalog catalog()
    {
        return this.catalog;
    }

    /** @return every problem found so far */
    List<ScenarioError> errors()
    {
        return this.errors;
    }

    /** @return trunks that reach gateways (their SIP trunks to CUCM), not recording destinations */
    Set<String> gatewayTrunks()
    {
        return this.gatewayTrunks;
    }

    /** @return failure windows of links, gathered while links are read */
    List<Deployment.LinkOutage> linkOutages()
    {
        return this.linkOutages;
    }

    /** @return the files read for empirical distributions, each once, in the order first used */
    List<DataFile> dataFiles()
    {
        return List.copyOf(new java.util.LinkedHashSet<>(this.dataFiles));
    }

    /** Note that {@code setting} ("cubes.cube-1.maxSessions") took its value from a catalog assumption. */
    void assumed(final String setting)
    {
        this.assumed.add(setting);
    }

    /** @return the settings whose value is a catalog assumption, in the order found */
    List<String> assumed()
    {
        return List.copyOf(this.assumed);
    }

    int size(final List<?> list, final String at)
    {
        if (list == null)
        {
            return 0;
        }
        if (list.size() > MAX_ELEMENTS)
        {
            error(at, "more than " + MAX_ELEMENTS + " elements");
            this.unread.add(at);
            return 0;
        }
        for (int i = 0; i < list.size(); i++)
        {
            if (list.get(i) == null)
            {
                error(at + "/" + i, "empty list element");
                this.unread.add(at);
                return 0;
            }
        }
        return list.size();
    }

    String id(final String id, final String at, final String what, final Map<String, String> seen)
    {
        if (id == null)
        {
            missing(at, what + " needs an 'id'", "id");
            return null;
        }
        this.declared.computeIfAbsent(what, k -> new HashSet<>()).add(id);
        if (!ID.matcher(id).matches())
        {
            error(at + "/id", what + " id '" + id + "' may use only letters, digits, '_' and '-'");
            return null;
        }
        String previous = seen.putIfAbsent(id, at);
        if (previous != null)
        {
            error(at + "/id", "duplicate " + what + " id '" + id + "' (first defined at "
                    + this.document.locate(previous + "/id") + ")");
            return null;
        }
        return id;
    }

    /** @param list where the elements of this kind ({@link #id}'s {@code what}) are listed, e.g. {@code /recorders} */
    void listedAt(final String what, final String list)
    {
        this.lists.put(what, list);
    }

    /**
     * @param kinds kinds of element as {@link #id} names them ("recorder", "CUBE")
     * @return whether an element of one of these kinds is written with this id, valid or not, or may be: their list
     *         was not read for an error (an empty element) or the binding refused it, an element of it or an element's
     *         id, so not every id is known. A reference to such an element is left unreported, as the element's own
     *         error explains it.
     */
    boolean declared(final String id, final String... kinds)
    {
        for (String kind : kinds)
        {
            if (this.declared.getOrDefault(kind, Set.of()).contains(id)
                    || this.lists.containsKey(kind) && idsUnknown(this.lists.get(kind)))
            {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether the list was not read (an empty element) or the binding refused it, one of its elements or an
     *         element's id (or a typo of 'id')
     */
    private boolean idsUnknown(final String list)
    {
        if (refused(list) || this.unread.contains(list))
        {
            return true;
        }
        for (RefusedValue r : this.document.refused())
        {
            for (String p : new String[] {r.pointer(), r.meant()})
            {
                if (p != null && p.startsWith(list + "/") && p.substring(list.length() + 1).matches("[0-9]+(/id)?"))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /** What one element of a list becomes once its id is checked. */
    @FunctionalInterface
    interface ElementCheck<S, T>
    {
        /**
         * Check the rest of the element, reporting each problem.
         *
         * @param spec the element as written
         * @param at its JSON pointer, e.g. {@code /links/2}
         * @param id its id, or null when it is missing, malformed or a duplicate (reported)
         * @return its configuration, or null when it has an error
         */
        T check(S spec, String at, String id);
    }

    /**
     * Check every element of one of the scenario's lists: each id is checked (present, well formed, not a duplicate of
     * an earlier element's), then {@code check} checks the rest; the elements are checked to the end, so every problem
     * is reported at once.
     *
     * @param list the list's JSON pointer, e.g. {@code /links}
     * @param what the kind of element, for the messages ("link")
     * @return the configurations of the elements that have no error, in the list's order
     */
    <S extends Identified, T> List<T> elements(final List<S> specs, final String list, final String what,
            final ElementCheck<S, T> check)
    {
        List<T> configs = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        listedAt(what, list);
        int count = size(specs, list);
        for (int i = 0; i < count; i++)
        {
            String at = list + "/" + i;
            S spec = specs.get(i);
            T config = check.check(spec, at, id(spec.id(), at, what, seen));
            if (config != null)
            {
                configs.add(config);
            }
        }
        return configs;
    }

    boolean site(final String site, final String at, final Set<String> sites)
    {
        if (site == null)
        {
            String key = at.substring(at.lastIndexOf('/') + 1);
            missing(at.substring(0, at.lastIndexOf('/')), "missing required key '" + key + "'", key);
            return false;
        }
        if (!sites.contains(site))
        {
            // with no site declared at all, "missing required key 'sites'" says it once
            if (!declared(site, "site") && !sites.isEmpty())
            {
                error(at, "no site with id '" + site + "'" + near(site, sites));
            }
            return false;
        }
        return true;
    }

    static <T> Set<String> ids(final List<T> list, final Function<T, String> id)
    {
        Set<String> ids = new HashSet<>();
        list.forEach(x -> ids.add(id.apply(x)));
        return ids;
    }

    static String near(final String wanted, final Set<String> known)
    {
        if (wanted == null)
        {
            return ""; // an empty list element, or one the binding refused
        }
        String hint = ScenarioLoader.suggestion(wanted, List.copyOf(known.stream().sorted().toList()));
        return hint.startsWith(" (did you mean") ? hint : "";
    }

    /**
     * Passes a choice the scenario gives to {@code setter}; a key left out keeps the builder's default.
     *
     * @return false when the word given is not one of the choices (reported)
     */
    <E extends Enum<E>> boolean choiceIfGiven(final String text, final Class<E> type, final String at, final String key,
            final Consumer<E> setter)
    {
        if (text == null)
        {
            return true;
        }
        E value = choice(text, type, at, key);
        if (value != null)
        {
            setter.accept(value);
        }
        return value != null;
    }

    <E extends Enum<E>> E choice(final String text, final Class<E> type, final String at, final String key)
    {
        for (E e : type.getEnumConstants())
        {
            if (e.name().replace("_", "-").equalsIgnoreCase(text))
            {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants())
        {
            allowed.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        error(at, key + " must be one of " + String.join(", ", allowed) + ", not '" + text + "'");
        return null;
    }

    double seconds(final DurationValue value, final double fallback)
    {
        return value == null ? fallback : value.seconds();
    }

    /**
     * Passes a value the scenario gives to {@code setter}; a key left out keeps the model's default, documented once on
     * the configuration's builder.
     */
    static <T> void ifGiven(final T value, final Consumer<T> setter)
    {
        if (value != null)
        {
            setter.accept(value);
        }
    }

    /** @return the value, or the default when the scenario leaves it out (its range is checked by ValueRanges) */
    static double or(final Double value, final double fallback)
    {
        return value == null ? fallback : value;
    }

    /**
     * Reports a required key left out, unless the scenario gives it with a key or value the binding refused (reported
     * there, and read as left out): "traffic needs 'rate'" after "expected a rate with a time unit" is one mistake.
     *
     * @param at the map that needs the key, e.g. {@code /traffic/0}
     * @param keys the keys any of which would do
     */
    void missing(final String at, final String message, final String... keys)
    {
        for (String key : keys)
        {
            if (refused(at + "/" + YamlDocument.escape(key)))
            {
                return;
            }
        }
        error(at, message);
    }

    void error(final String pointer, final String message)
    {
        if (!explained(pointer))
        {
            this.errors.add(ScenarioError.error(this.document.locate(pointer), message));
        }
    }

    void errorAtKey(final String pointer, final String message)
    {
        if (!explained(pointer))
        {
            this.errors.add(ScenarioError.error(this.document.locateKey(pointer), message));
        }
    }

    /**
     * @return whether a value out of its range, at {@code pointer} or inside the element it names, already explains a
     *         problem found there (a codec share of 1.5 also makes the shares add up to more than 1; that is one
     *         mistake, reported once)
     */
    private boolean explained(final String pointer)
    {
        if (refused(pointer))
        {
            return true;
        }
        // an element of a list (/gateways/0) or a section has problems of its own ("needs 'site'"); a part of an
        // element (/traffic/0/codecs, a distribution) is judged from the values in it
        boolean part = pointer.chars().filter(ch -> ch == '/').count() >= 3;
        for (ValueRanges.Finding f : this.document.outOfRange())
        {
            if (f.pointer().equals(pointer) || part && f.pointer().startsWith(pointer + "/"))
            {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether the binding refused the key or value at {@code pointer}, or one that held it, or an unknown key
     *         that stands for it (a typo of its name): each reported there
     */
    boolean refused(final String pointer)
    {
        for (RefusedValue r : this.document.refused())
        {
            if (pointer.equals(r.pointer()) || pointer.startsWith(r.pointer() + "/") || pointer.equals(r.meant()))
            {
                return true;
            }
        }
        return false;
    }

    /** @return a share (default 1 when absent); ValueRanges has checked that it is within [0, 1] */
    static double share(final Double value)
    {
        return or(value, 1.0);
    }

    List<DownWindow> down(final List<DownSpec> specs, final String at)
    {
        List<DownWindow> windows = new ArrayList<>();
        for (int i = 0; i < size(specs, at); i++)
        {
            DownSpec d = specs.get(i);
            if (d.at() == null || d.length() == null)
            {
                missing(at + "/" + i, "a down window needs 'at' and 'for', e.g. { at: 40m, for: 10m }", "at", "for");
            }
            else
            {
                windows.add(new DownWindow(d.at().seconds(), d.length().seconds()));
            }
        }
        return windows;
    }

    DurationDistribution distribution(final DistributionSpec d, final String at)
    {
        if (d.dist() == null)
        {
            missing(at, "a distribution needs 'dist': exponential, lognormal, erlang, uniform, deterministic or"
                    + " empirical", "dist");
            return null;
        }
        DurationDistribution.Kind kind = choice(d.dist(), DurationDistribution.Kind.class, at + "/dist", "dist");
        if (kind == null)
        {
            return null;
        }
        if (kind == DurationDistribution.Kind.EMPIRICAL || d.file() != null)
        {
            return empirical(d, kind, at);
        }
        Map<String, DurationValue> given = new LinkedHashMap<>();
        given.put("mean", d.mean());
        given.put("stddev", d.stddev());
        given.put("min", d.min());
        given.put("max", d.max());
        given.put("value", d.value());
        List<String> needed = switch (kind)
        {
            case EXPONENTIAL -> List.of("mean");
            case LOGNORMAL -> List.of("mean", "stddev");
            case ERLANG -> List.of("mean");
            case UNIFORM -> List.of("min", "max");
            case DETERMINISTIC -> List.of("value");
            case EMPIRICAL -> throw new IllegalStateException("read by empirical()");
        };
        boolean ok = true;
        for (Map.Entry<String, DurationValue> e : given.entrySet())
        {
            if (needed.contains(e.getKey()) && e.getValue() == null)
            {
                missing(at, d.dist() + " needs '" + e.getKey() + "'", e.getKey());
                ok = false;
            }
            else if (!needed.contains(e.getKey()) && e.getValue() != null)
            {
                errorAtKey(at + "/" + e.getKey(), d.dist() + " takes " + String.join(" and ", needed) + ", not '"
                        + e.getKey() + "'");
                ok = false;
            }
        }
        if (kind == DurationDistribution.Kind.ERLANG && d.k() == null)
        {
            missing(at, "erlang needs 'k', a whole number of phases >= 1", "k");
            ok = false;
        }
        if (kind != DurationDistribution.Kind.ERLANG && d.k() != null)
        {
            errorAtKey(at + "/k", d.dist() + " takes no 'k'");
            ok = false;
        }
        if (!ok)
        {
            return null;
        }
        try
        {
            return switch (kind)
            {
                case EXPONENTIAL -> new DurationDistribution(kind, d.mean().seconds(), 0);
                case LOGNORMAL -> new DurationDistribution(kind, d.mean().seconds(), d.stddev().seconds());
                case ERLANG -> new DurationDistribution(kind, d.mean().seconds(), d.k());
                case UNIFORM -> new DurationDistribution(kind, d.min().seconds(), d.max().seconds());
                case DETERMINISTIC -> new DurationDistribution(kind, d.value().seconds(), 0);
                case EMPIRICAL -> throw new IllegalStateException("read by empirical()");
            };
        }
        catch (IllegalArgumentException e)
        {
            error(at, switch (kind)
            {
                case EXPONENTIAL, ERLANG -> "mean must be longer than 0s";
                case LOGNORMAL -> "mean and stddev must be longer than 0s";
                case UNIFORM -> "uniform needs min <= max";
                case DETERMINISTIC, EMPIRICAL -> "value must not be negative";
            });
            return null;
        }
    }

    /**
     * {@code {dist: empirical, file: holding.csv}}: the file, relative to the scenario file, read by
     * {@link EmpiricalFile}; a problem inside it is reported at its own line, a missing file at the scenario's key.
     */
    /**
     * Keys that do not apply where they stand are refused, never ignored: each of {@code keys} that is set (not null) is
     * an error at that key, saying {@code message} of its name.
     *
     * @return true when none of them is set
     */
    boolean refuseSet(final String at, final Map<String, Object> keys, final Function<String, String> message)
    {
        boolean none = true;
        for (Map.Entry<String, Object> e : keys.entrySet())
        {
            if (e.getValue() != null)
            {
                errorAtKey(at + "/" + e.getKey(), message.apply(e.getKey()));
                none = false;
            }
        }
        return none;
    }

    private DurationDistribution empirical(final DistributionSpec d, final DurationDistribution.Kind kind,
            final String at)
    {
        if (kind != DurationDistribution.Kind.EMPIRICAL)
        {
            errorAtKey(at + "/file", d.dist() + " takes no 'file' (only empirical does)");
            return null;
        }
        Map<String, Object> others = new LinkedHashMap<>();
        others.put("mean", d.mean());
        others.put("stddev", d.stddev());
        others.put("min", d.min());
        others.put("max", d.max());
        others.put("value", d.value());
        others.put("k", d.k());
        boolean ok = refuseSet(at, others, key -> "empirical takes only 'file', not '" + key + "'");
        if (d.file() == null || d.file().isBlank())
        {
            missing(at, "empirical needs 'file': a CSV of durations in seconds, relative to the scenario file", "file");
            return null;
        }
        if (!ok)
        {
            return null;
        }
        java.nio.file.Path path;
        try
        {
            java.nio.file.Path scenario = java.nio.file.Path.of(this.document.source()).toAbsolutePath();
            java.nio.file.Path relative = java.nio.file.Path.of(this.document.source()).getParent();
            path = scenario.getParent().resolve(d.file()).normalize();
            String shown = (relative == null ? java.nio.file.Path.of(d.file()) : relative.resolve(d.file())).normalize()
                    .toString();
            EmpiricalFile.Read read = this.empiricalFiles.get(path);
            if (read == null)
            {
                read = EmpiricalFile.read(path, d.file(), shown);
                this.empiricalFiles.put(path, read);
            }
            this.dataFiles.add(read.file());
            return DurationDistribution.empirical(read.table());
        }
        catch (java.nio.file.InvalidPathException e)
        {
            error(at + "/file", "'" + d.file() + "' is not a usable file name");
            return null;
        }
        catch (ScenarioException e)
        {
            for (ScenarioError problem : e.errors())
            {
                if (problem.location().line() > 0)
                {
                    this.errors.add(problem);
                }
                else
                {
                    error(at + "/file", problem.location().source() + ": " + problem.message());
                }
            }
            return null;
        }
    }
}
