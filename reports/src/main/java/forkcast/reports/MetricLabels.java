package forkcast.reports;

import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricKind;

/**
 * Human labels and display units of metrics, from the metric catalogue (each metric's element type, id and one-line
 * meaning; its unit), so that no metric is described twice. Shares are shown in percent, as everywhere in the reports.
 */
final class MetricLabels
{
    private MetricLabels()
    {
    }

    /** @return e.g. "Link wan-1: peak of the busier direction over the link's capacity" */
    static String label(final Metric metric)
    {
        String meaning = metric.descriptor().meaning();
        if (metric.toward() != null)
        {
            meaning = meaning.replace("<to>", metric.toward());
        }
        if (metric.element() == null)
        {
            return Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1);
        }
        String type = metric.descriptor().element();
        return Character.toUpperCase(type.charAt(0)) + type.substring(1) + " " + metric.element() + ": " + meaning;
    }

    /** @return whether the metric is a share, shown in percent */
    static boolean ratio(final Metric metric)
    {
        return metric.descriptor().kind() == MetricKind.RATIO;
    }

    /** @return the unit as shown: "%" for a share */
    static String unit(final Metric metric)
    {
        return ratio(metric) ? "%" : metric.unit();
    }

    /** @return a value in the shown unit: a share times 100 */
    static double shown(final Metric metric, final double value)
    {
        return ratio(metric) ? value * 100 : value;
    }

    /**
     * @return a value as text in the shown unit, with the unit's fixed decimals as in the run report (significant
     *         digits gave one column 80.00 beside 119.4)
     */
    static String format(final Metric metric, final Double value)
    {
        return Numbers.of(value, metric);
    }
}
