package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.scenarios.Sizing;
import forkcast.scenarios.SizingTarget;

/** The sizing answer shows a share target in percent, as the rest of the reports do, and any other number as it is. */
class SizeSentenceTest
{
    @Test
    void aShareTargetIsShownInPercent()
    {
        Sizing.Result result = new Sizing.Result("recorders.rec-a.maxStreams", "60", "58",
                List.of(SizingTarget.parse("recording.blockingProbability<=1%"),
                        SizingTarget.parse("recording.coverage>=0.995")),
                0.95, List.of());
        assertEquals("recorders.rec-a.maxStreams = 60 keeps recording.blockingProbability at or below 1.0% and"
                + " recording.coverage at or above 99.5% with 95% confidence; 58 does not.", SizeWriter.sentence(result));
    }

    @Test
    void aTargetOnACountIsShownAsANumber()
    {
        Sizing.Result result = new Sizing.Result("gateways.gw-1.channels", "46", "45",
                List.of(SizingTarget.parse("calls.blocked.gateway<=2.5")), 0.95, List.of());
        assertEquals("gateways.gw-1.channels = 46 keeps calls.blocked.gateway at or below 2.50 with 95% confidence;"
                + " 45 does not.", SizeWriter.sentence(result));
    }
}
