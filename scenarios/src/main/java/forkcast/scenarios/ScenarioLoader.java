package forkcast.scenarios;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import forkcast.scenarios.spec.DurationValue;
import forkcast.scenarios.spec.RateValue;
import forkcast.scenarios.spec.ScenarioSpec;
import forkcast.scenarios.spec.VariantSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads a scenario file: reads the YAML with positions, applies {@code --set} overrides, binds the records with
 * unknown keys rejected, and builds the deployment. Every problem is reported as {@code FILE:LINE:COLUMN: error: ...}
 * in the user's terms, never as a Java exception.
 */
public final class ScenarioLoader
{
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /**
     * Keys of SPEC section 6 that belong to features this version does not model yet. They are refused with that
     * reason, rather than as unknown keys, and never silently ignored (none at present: empirical distributions,
     * the last, are modelled).
     */
    private static final Set<String> NOT_MODELLED_YET = Set.of();

    /** A percentage written where a number is expected, e.g. {@code 1%} or {@code 0.5 %}. */
    private static final Pattern PERCENT = Pattern.compile("\\s*([-+]?[0-9]*\\.?[0-9]+)\\s*%\\s*");

    /**
     * Refused keys and values reported before the binding gives up: each costs a binding of the whole document, and a
     * file with more is better fixed in parts.
     */
    static final int MAX_REFUSED = 100;

    private final Catalog catalog;

    public ScenarioLoader(final Catalog catalog)
    {
        this.catalog = catalog;
    }

    /**
     * @param file the scenario file
     * @param overrides {@code PATH=VALUE} assignments
     * @return the scenario, ready to run
     * @throws ScenarioException listing what is wrong, with locations
     */
    public Scenario load(final Path file, final List<String> overrides) throws ScenarioException
    {
        return load(file, overrides, List.of());
    }

    /**
     * @param file the scenario file
     * @param overrides {@code --set PATH=VALUE} assignments
     * @param varied {@code PATH=VALUE} assignments of a sweep's or a sizing's {@code --vary}, applied after the
     *            overrides; errors name them as {@code --vary}
     * @return the scenario, ready to run
     * @throws ScenarioException listing what is wrong, with locations
     */
    public Scenario load(final Path file, final List<String> overrides, final List<String> varied)
            throws ScenarioException
    {
        return load(file.toString(), read(file), overrides, varied);
    }

    /** @return the bytes of a scenario file, refused when it is a folder, too large or unreadable */
    private static byte[] read(final Path file) throws ScenarioException
    {
        String source = file.toString();
        try
        {
            if (Files.isDirectory(file))
            {
                throw new ScenarioException(ScenarioError.error(new SourceLocation(source, 0, 0),
                        "is a directory, not a scenario file"));
            }
            if (Files.size(file) > YamlReader.MAX_BYTES)
            {
                throw new ScenarioException(ScenarioError.error(new SourceLocation(source, 1, 1),
                        "file is " + Files.size(file) + " bytes; the limit is " + YamlReader.MAX_BYTES + " bytes"));
            }
            return Files.readAllBytes(file);
        }
        catch (NoSuchFileException e)
        {
            throw new ScenarioException(ScenarioError.error(new SourceLocation(source, 0, 0), "no such file"));
        }
        catch (IOException e)
        {
            throw new ScenarioException(
                    ScenarioError.error(new SourceLocation(source, 0, 0), "cannot read the file: " + e.getMessage()));
        }
    }

    /**
     * @param varied a {@code --vary} path, possibly grouped ({@code recorders.*.maxStreams}, {@code a.b,c.d})
     * @return the concrete paths it sets in the scenario (after the overrides), e.g. one per recorder
     * @throws ScenarioException when the scenario is invalid or the path selects nothing
     */
    public List<String> members(final Path file, final List<String> overrides, final String varied)
            throws ScenarioException
    {
        Scenario base = load(file, overrides);
        YamlDocument document = YamlReader.read(base.source(), base.text().getBytes(StandardCharsets.UTF_8));
        Overrides.apply(document, overrides);
        return Overrides.expand(document, varied, new SourceLocation(Overrides.VARY + " " + varied, 0, 0));
    }

    /**
     * The alternatives of a scenario for a comparison: the scenario itself, then each of its {@code variants}, each
     * with the variant's values set (after the {@code --set} overrides), all with the scenario's seed so that they see
     * the same traffic.
     *
     * @return the base scenario first, then one per variant, named by the variant
     * @throws ScenarioException listing what is wrong in the base or in a variant, with locations
     */
    public List<Scenario> loadAlternatives(final Path file, final List<String> overrides) throws ScenarioException
    {
        return loadAlternatives(file.toString(), read(file), overrides);
    }

    /**
     * {@link #loadAlternatives(Path, List)} from bytes already read; {@code source} names them in errors. The variants
     * are checked even when the scenario itself has errors, each problem reported once (the scenario's own errors,
     * which every variant shares, and a bad value two variants set alike).
     */
    public List<Scenario> loadAlternatives(final String source, final byte[] bytes, final List<String> overrides)
            throws ScenarioException
    {
        java.util.Set<ScenarioError> errors = new java.util.LinkedHashSet<>();
        List<Scenario> alternatives = new ArrayList<>();
        try
        {
            alternatives.add(load(source, bytes, overrides));
        }
        catch (ScenarioException e)
        {
            errors.addAll(e.errors());
        }
        ScenarioSpec spec;
        YamlDocument document;
        try
        {
            document = YamlReader.read(source, bytes);
            apply(document, overrides, Overrides.SET, new ArrayList<>()); // their errors are the scenario's, above
            spec = bind(document);
        }
        catch (ScenarioException e)
        {
            // the file cannot be read or bound as a whole, which the scenario's errors already say
            throw errors.isEmpty() ? e : new ScenarioException(List.copyOf(errors));
        }
        if (spec.variants() != null)
        {
            variants(source, bytes, overrides, document, spec, alternatives, errors);
        }
        if (!errors.isEmpty())
        {
            List<ScenarioError> sorted = new ArrayList<>(errors);
            sorted.sort(java.util.Comparator.comparingInt((ScenarioError x) -> x.location().line())
                    .thenComparingInt(x -> x.location().column()));
            throw new ScenarioException(sorted);
        }
        return alternatives;
    }

    /** Adds each valid variant to {@code alternatives}, and the problems of the others to {@code errors}. */
    private void variants(final String source, final byte[] bytes, final List<String> overrides,
            final YamlDocument document, final ScenarioSpec spec, final List<Scenario> alternatives,
            final java.util.Set<ScenarioError> errors) throws ScenarioException
    {
        java.util.Set<String> names = new java.util.HashSet<>();
        names.add(spec.name());
        for (int i = 0; i < spec.variants().size(); i++)
        {
            VariantSpec variant = spec.variants().get(i);
            SourceLocation at = document.locate("/variants/" + i);
            if (variant == null || variant.name() == null || !variant.name().matches("[a-z0-9-]+"))
            {
                errors.add(ScenarioError.error(at, "a variant needs a 'name' of a-z, 0-9 and '-'"));
            }
            else if (!names.add(variant.name()))
            {
                errors.add(ScenarioError.error(at, "two alternatives are named '" + variant.name() + "'"));
            }
            YamlDocument copy = YamlReader.read(source, bytes);
            apply(copy, overrides, Overrides.SET, errors);
            if (variant != null && variant.set() != null)
            {
                for (java.util.Map.Entry<String, tools.jackson.databind.JsonNode> e : variant.set().entrySet())
                {
                    SourceLocation where = document.locate("/variants/" + i + "/set/" + YamlDocument.escape(e.getKey()));
                    try
                    {
                        Overrides.set(copy, e.getKey(), e.getValue(), where);
                    }
                    catch (ScenarioException problem)
                    {
                        errors.addAll(problem.errors()); // and the variant is judged without this value
                    }
                }
            }
            try
            {
                Scenario alternative = new DeploymentBuilder(copy, this.catalog).build(bind(copy));
                if (variant != null && variant.name() != null)
                {
                    alternatives.add(alternative.withName(variant.name()));
                }
            }
            catch (ScenarioException problem)
            {
                errors.addAll(problem.errors());
            }
        }
    }

    /** Load from bytes already read; {@code source} names them in errors. */
    public Scenario load(final String source, final byte[] bytes, final List<String> overrides) throws ScenarioException
    {
        return load(source, bytes, overrides, List.of());
    }

    /**
     * Load from bytes already read, with a sweep's or a sizing's {@code --vary} assignments applied after the overrides
     * (as {@link #load(Path, List, List)}); {@code source} names the bytes in errors.
     */
    public Scenario load(final String source, final byte[] bytes, final List<String> overrides,
            final List<String> varied) throws ScenarioException
    {
        YamlDocument document = YamlReader.read(source, bytes);
        // an option that cannot be applied is reported with the file's own problems: the file is checked without it
        List<ScenarioError> options = new ArrayList<>();
        apply(document, overrides, Overrides.SET, options);
        apply(document, varied, Overrides.VARY, options);
        try
        {
            Scenario scenario = new DeploymentBuilder(document, this.catalog).build(bind(document));
            if (options.isEmpty())
            {
                return scenario;
            }
        }
        catch (ScenarioException e)
        {
            options.addAll(e.errors());
        }
        throw new ScenarioException(options);
    }

    /** Applies each assignment that can be applied, adding the errors of the others to {@code errors}. */
    private static void apply(final YamlDocument document, final List<String> assignments, final String option,
            final Collection<ScenarioError> errors)
    {
        for (String assignment : assignments)
        {
            try
            {
                Overrides.apply(document, List.of(assignment), option);
            }
            catch (ScenarioException e)
            {
                errors.addAll(e.errors());
            }
        }
    }

    /**
     * Binds the document to the records. Values out of their ranges are recorded in the document by
     * {@link ValueRanges}; each key or value the records cannot hold is recorded too ({@link RefusedValue}), taken out
     * of the tree and the binding tried again, so that one pass reports all of them and the deployment's checks still
     * see every element (an element with one bad value keeps its id for the references to it). The deployment's checks
     * report these errors with their own.
     *
     * @throws ScenarioException when the document cannot be bound at all (a list or a single value where the scenario's
     *             map of keys belongs), or after {@link #MAX_REFUSED} refused values, with every error found so far
     */
    static ScenarioSpec bind(final YamlDocument document) throws ScenarioException
    {
        List<ValueRanges.Finding> outOfRange = ValueRanges.check(document);
        List<RefusedValue> refused = new ArrayList<>();
        while (true)
        {
            try
            {
                ScenarioSpec spec = MAPPER.treeToValue(document.root(), ScenarioSpec.class);
                document.refused(refused);
                return spec;
            }
            catch (JacksonException e)
            {
                String pointer = pointer(e);
                // a value refused again was not taken out as expected: stop rather than report it twice
                boolean again = refused.stream().anyMatch(r -> r.pointer().equals(pointer));
                if (!again)
                {
                    refused.add(new RefusedValue(pointer, refusal(document, e), meant(pointer, e)));
                }
                if (again || refused.size() >= MAX_REFUSED || !takeOut(document.root(), pointer, e))
                {
                    List<ScenarioError> all = new ArrayList<>();
                    outOfRange.forEach(f -> all.add(f.error()));
                    refused.forEach(r -> all.add(r.error()));
                    if (refused.size() >= MAX_REFUSED)
                    {
                        SourceLocation last = refused.get(refused.size() - 1).error().location();
                        all.add(ScenarioError.error(last, "checking stopped after " + MAX_REFUSED
                                + " unknown keys and values of the wrong kind; fix these and check again"));
                    }
                    all.sort(java.util.Comparator.comparingInt((ScenarioError x) -> x.location().line())
                            .thenComparingInt(x -> x.location().column()));
                    throw new ScenarioException(all);
                }
            }
        }
    }

    /**
     * Takes a refused key or value out of the tree: an unknown key is removed; a value becomes an empty value (null,
     * which the records read as a key left out), or an empty map where a list holds maps of keys, so that the list
     * keeps its length and every element its index.
     *
     * @return false when there is nothing to take out (the whole document is refused)
     */
    private static boolean takeOut(final JsonNode root, final String pointer, final JacksonException e)
    {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = at.head() == null ? null : root.at(at.head());
        if (parent instanceof ObjectNode object && object.has(at.last().getMatchingProperty()))
        {
            if (e instanceof UnrecognizedPropertyException)
            {
                object.remove(at.last().getMatchingProperty());
            }
            else
            {
                object.putNull(at.last().getMatchingProperty());
            }
            return true;
        }
        if (parent instanceof ArrayNode array && at.last().getMatchingIndex() >= 0
                && at.last().getMatchingIndex() < array.size())
        {
            Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
            boolean map = type != null && (type.isRecord() || Map.class.isAssignableFrom(type));
            array.set(at.last().getMatchingIndex(), map ? array.objectNode() : array.nullNode());
            return true;
        }
        return false;
    }

    /** @return for an unknown key that is a near miss of a known one, the pointer of the known key; else null */
    private static String meant(final String pointer, final JacksonException e)
    {
        if (!(e instanceof UnrecognizedPropertyException u) || pointer.isEmpty())
        {
            return null;
        }
        String known = closest(u.getPropertyName(), u.getKnownPropertyIds());
        return known == null ? null : pointer.substring(0, pointer.lastIndexOf('/') + 1) + YamlDocument.escape(known);
    }

    /** @return the error for a key or value Jackson refuses, in the user's terms (never Jackson's own words) */
    private static ScenarioError refusal(final YamlDocument document, final JacksonException e)
    {
        if (e instanceof UnrecognizedPropertyException u)
        {
            String key = u.getPropertyName();
            String message = NOT_MODELLED_YET.contains(key)
                    ? "'" + key + "' is part of the scenario format but this version of Forkcast does not model it yet"
                    : "unknown key '" + key + "'" + suggestion(key, u.getKnownPropertyIds());
            return ScenarioError.error(document.locateKey(pointer(e)), message);
        }
        if (e instanceof ValueInstantiationException)
        {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return ScenarioError.error(document.locate(pointer(e)), cause.getMessage());
        }
        if (e instanceof MismatchedInputException m)
        {
            Class<?> type = m.getTargetType();
            JsonNode node = document.root().at(pointer(e));
            return ScenarioError.error(document.locate(pointer(e)), expected(type, e.getPath())
                    + found(document, pointer(e))
                    + ((type == Double.class || type == double.class) && node.isString()
                            ? percentHint(node.asString()) : ""));
        }
        // anything else Jackson refuses: say where and what was expected
        return ScenarioError.error(document.locate(pointer(e)),
                expected(null, e.getPath()) + found(document, pointer(e)));
    }

    /** @return ", not VALUE" describing what the document holds at {@code pointer}, or "" when it holds nothing */
    private static String found(final YamlDocument document, final String pointer)
    {
        return WrittenValue.not(document.root().at(pointer));
    }

    /**
     * A share is a fraction in a scenario (docs/scenario-format.md: "0.01 is 1%"), while the command line's targets
     * take a percentage ({@code --target 'recording.blockingProbability<=1%'}): a percentage where a number is
     * expected gets the fraction it stands for.
     * @return "; shares are fractions: write 0.01 for 1%" for a text such as {@code 1%}, else ""
     */
    private static String percentHint(final String text)
    {
        Matcher m = PERCENT.matcher(text);
        if (!m.matches())
        {
            return "";
        }
        try
        {
            return "; shares are fractions: write " + new BigDecimal(m.group(1)).movePointLeft(2).toPlainString()
                    + " for " + m.group(1) + "%";
        }
        catch (NumberFormatException e)
        {
            return "";
        }
    }

    private static String pointer(final JacksonException e)
    {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath())
        {
            if (reference.getPropertyName() != null)
            {
                pointer.append('/').append(YamlDocument.escape(reference.getPropertyName()));
            }
            else if (reference.getIndex() >= 0)
            {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String expected(final Class<?> type, final List<JacksonException.Reference> path)
    {
        String where = "";
        for (int i = path.size() - 1; i >= 0; i--)
        {
            String name = path.get(i).getPropertyName();
            if (name != null)
            {
                where = "'" + name + "'" + (i == path.size() - 1 ? "" : " element " + (path.get(i + 1).getIndex() + 1))
                        + ": ";
                break;
            }
        }
        if (type == null)
        {
            return where + "value of the wrong kind";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class)
        {
            return where + "expected a whole number";
        }
        if (type == Double.class || type == double.class)
        {
            return where + "expected a number";
        }
        if (type == Boolean.class || type == boolean.class)
        {
            return where + "expected true or false";
        }
        if (type == String.class)
        {
            return where + "expected a text value";
        }
        if (type == DurationValue.class)
        {
            return where + "expected " + DurationValue.EXPECTED;
        }
        if (type == RateValue.class)
        {
            return where + "expected " + RateValue.EXPECTED;
        }
        if (Collection.class.isAssignableFrom(type))
        {
            return where + "expected a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord())
        {
            return where + "expected a map of keys";
        }
        return where + "expected a value of type " + type.getSimpleName();
    }

    /** @return " (did you mean 'x'?)" for the closest known key within two edits, else the list of known keys */
    static String suggestion(final String key, final Collection<Object> known)
    {
        String best = closest(key, known);
        if (best != null)
        {
            return " (did you mean '" + best + "'?)";
        }
        List<String> names = new ArrayList<>();
        known.forEach(k -> names.add(String.valueOf(k)));
        names.sort(String::compareTo);
        return names.isEmpty() ? "" : "; known keys: " + String.join(", ", names);
    }

    /** @return the known key closest to {@code key} when it is within two edits (or a third of its length), else null */
    private static String closest(final String key, final Collection<Object> known)
    {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object k : known)
        {
            String name = String.valueOf(k);
            int d = distance(key.toLowerCase(), name.toLowerCase());
            if (d < bestDistance || (d == bestDistance && best != null && name.compareTo(best) < 0))
            {
                bestDistance = d;
                best = name;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 3) ? best : null;
    }

    private static int distance(final String a, final String b)
    {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++)
            {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
