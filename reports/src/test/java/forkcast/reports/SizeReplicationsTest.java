package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.scenarios.Sizing;

/** The size report says what each value tried ran: a value whose interval straddled a target runs more. */
class SizeReplicationsTest
{
    private static Sizing.Evidence tried(final String value, final int replications)
    {
        return new Sizing.Evidence(value, replications, List.of(0.01), List.of(0.012), false);
    }

    @Test
    void eachCountIsSaidWithTheValuesThatRanIt()
    {
        assertEquals("20 for 200, 130, 96; 40 for 114; 80 for 116 (more where a value's interval straddled a"
                + " target)", SizeWriter.replications(List.of(tried("200", 20), tried("130", 20), tried("96", 20),
                        tried("114", 40), tried("116", 80))));
    }

    @Test
    void oneCountForEveryValueIsSaidOnce()
    {
        assertEquals("20 per value tried", SizeWriter.replications(List.of(tried("200", 20), tried("130", 20))));
    }
}
