package forkcast.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.sim.stats.PhysicalRange;

class MetricDescriptorTest
{
    private final MetricGroup group = new MetricGroup("pipes");
    private final MetricDescriptor toward = this.group.series("pipe.<id>.to-<to>.flow", "l/s", "pipe",
            MetricDirection.TOWARD, Aggregation.PER_INTERVAL_MEAN, "flow toward one end");

    @Test
    void aMetricFillsThePlaceholdersInOrderAndKeepsThemForReaders()
    {
        Metric m = this.toward.of("p.1", "tank-b");
        assertEquals("pipe.p.1.to-tank-b.flow", m.name());
        assertEquals("p.1", m.element());
        assertEquals("tank-b", m.toward());
        assertTrue(m.is(this.toward));
        assertEquals(List.of("id", "to"), this.toward.placeholders());
    }

    @Test
    void aPatternMatchesItsInstancesOnly()
    {
        assertTrue(this.toward.matches("pipe.x.to-y.flow"));
        assertFalse(this.toward.matches("pipe.x.flow"));
        assertFalse(this.toward.matches("pipe.x.to-y.flowing"));
    }

    @Test
    void theWrongNumberOfPartsIsRefused()
    {
        assertThrows(IllegalArgumentException.class, () -> this.toward.of("only-one"));
    }

    @Test
    void aMetricWithoutPlaceholdersHasNoElement()
    {
        MetricDescriptor share = this.group.ratio("pipes.leakShare", "pipe", MetricDirection.NONE,
                PhysicalRange.SHARE, "share of water lost");
        assertEquals("pipes.leakShare", share.of().name());
        assertNull(share.of().element());
        assertEquals(PhysicalRange.SHARE, share.range());
    }

    @Test
    void aGroupKeepsItsMetricsInDeclarationOrder()
    {
        LevelMetric level = this.group.level("tank.<id>.litres", "l", "tank", MetricDirection.NONE, "water held");
        CounterMetric fills = this.group.counter("tank.<id>.fills", "fills", "tank", "times filled");
        assertEquals(List.of(this.toward, level.mean(), level.peak(), level.perInterval(), fills.total(),
                fills.perInterval()), this.group.metrics());
        assertEquals("tank.<id>.litres.peak", level.peak().pattern());
        assertEquals(MetricKind.SERIES, fills.perInterval().kind());
    }

    @Test
    void onlyADirectionalMetricNamesAnEndItGoesToward()
    {
        assertThrows(IllegalArgumentException.class, () -> this.group.series("pipe.<id>.to-<to>.x", "l", "pipe",
                MetricDirection.NONE, Aggregation.PER_INTERVAL_MEAN, "x"));
    }
}
