package forkcast.models.cucm;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * CTI messages per occurrence and per observer of a CTI-monitored line (F4), and the cost weight of one message
 * against the CTI Manager's rating. The defaults come from the catalog ({@code forkcast catalog}), which marks which
 * values are assumptions; a scenario can override them.
 *
 * @param callSetup messages when a monitored call is offered and connects
 * @param callRelease messages when it is released
 * @param recordingStartRequest messages of a CTI startRecording request and its response (F4), selective recording
 * @param recordingStopRequest messages of a CTI stopRecording request and its response (F4)
 * @param recordingStarted messages when its recording session starts (F4: at least two per observer)
 * @param recordingEnded messages when the session ends (F4: at least two per observer)
 * @param recordingFailed messages when a session fails (F4)
 * @param monitoringRequest messages of a supervisor's CTI request to monitor a call and its response
 * @param observersPerLine CTI applications observing each monitored line
 * @param costPerMessage weight of one message against {@code cluster.ctiRating}
 */
@RecordBuilder
public record CtiCosts(double callSetup, double callRelease, double recordingStartRequest,
        double recordingStopRequest, double recordingStarted,
        double recordingEnded, double recordingFailed, double monitoringRequest, int observersPerLine,
        double costPerMessage)
{
    public CtiCosts
    {
        if (callSetup < 0 || callRelease < 0 || recordingStartRequest < 0 || recordingStopRequest < 0 || recordingStarted < 0 || recordingEnded < 0 || recordingFailed < 0 || monitoringRequest < 0
                || observersPerLine < 0 || !(costPerMessage >= 0))
        {
            throw new IllegalArgumentException("CTI costs must not be negative");
        }
    }

    /**
     * @return a builder for CTI costs. Unset: no message for any occurrence, one observer per line, a weight of 1 per
     *         message; a scenario starts from the catalog's costs ({@link CtiCosts#toBuilder()}) instead.
     */
    public static CtiCostsBuilder builder()
    {
        return CtiCostsBuilder.builder().observersPerLine(1).costPerMessage(1);
    }

    /** @return a builder holding this record's parts, to change some of them */
    public CtiCostsBuilder toBuilder()
    {
        return CtiCostsBuilder.builder(this);
    }
}
