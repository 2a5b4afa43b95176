package forkcast.scenarios;

import java.util.Optional;

import forkcast.models.metrics.MetricCatalogue;
import forkcast.sim.metrics.MetricDescriptor;

/**
 * Whether a metric named on the command line (a target, an assertion, a sweep's {@code --metric}) can be one of a
 * run's, checked before anything runs: the name must be an instance of a metric the catalogue declares. An element's
 * id in the name ({@code recorder.rec1.streams.mean}) can only be checked against a result, after the run and before
 * anything is written; a misspelt metric is found here, so that a long run is not spent on it.
 */
public final class DeclaredMetrics
{
    private DeclaredMetrics()
    {
    }

    /**
     * @param option the option the name was given with ({@code --target}), for the message
     * @param metric the name
     * @return what is wrong with the name, for the user, or empty when a declared metric has that form
     */
    public static Optional<String> problem(final String option, final String metric)
    {
        if (MetricCatalogue.all().stream().anyMatch(d -> d.matches(metric)))
        {
            return Optional.empty();
        }
        return Optional.of(option + ": no metric '" + ControlCharacters.escape(metric) + "' is declared"
                + Suggestions.didYouMean(metric, MetricCatalogue.all().stream().map(MetricDescriptor::pattern)
                        .toList())
                + " (docs/metrics.md lists them)");
    }
}
