package forkcast.models.cucm;

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

    /** @return a builder for CTI costs; see {@link Builder} for the defaults */
    public static Builder builder()
    {
        return new Builder();
    }

    /** @return a builder holding this record's parts, to change some of them */
    public Builder toBuilder()
    {
        return new Builder().callSetup(this.callSetup).callRelease(this.callRelease)
                .recordingStartRequest(this.recordingStartRequest).recordingStopRequest(this.recordingStopRequest)
                .recordingStarted(this.recordingStarted).recordingEnded(this.recordingEnded)
                .recordingFailed(this.recordingFailed).monitoringRequest(this.monitoringRequest)
                .observersPerLine(this.observersPerLine).costPerMessage(this.costPerMessage);
    }

    /**
     * Names CTI costs. Unset: no message for any occurrence, one observer per line, a weight of 1 per message; a
     * scenario starts from the catalog's costs ({@link CtiCosts#toBuilder()}) instead.
     */
    public static final class Builder
    {
        private double callSetup = 0;
        private double callRelease = 0;
        private double recordingStartRequest = 0;
        private double recordingStopRequest = 0;
        private double recordingStarted = 0;
        private double recordingEnded = 0;
        private double recordingFailed = 0;
        private double monitoringRequest = 0;
        private int observersPerLine = 1;
        private double costPerMessage = 1;

        private Builder()
        {
        }

        public Builder callSetup(final double value)
        {
            this.callSetup = value;
            return this;
        }

        public Builder callRelease(final double value)
        {
            this.callRelease = value;
            return this;
        }

        public Builder recordingStartRequest(final double value)
        {
            this.recordingStartRequest = value;
            return this;
        }

        public Builder recordingStopRequest(final double value)
        {
            this.recordingStopRequest = value;
            return this;
        }

        public Builder recordingStarted(final double value)
        {
            this.recordingStarted = value;
            return this;
        }

        public Builder recordingEnded(final double value)
        {
            this.recordingEnded = value;
            return this;
        }

        public Builder recordingFailed(final double value)
        {
            this.recordingFailed = value;
            return this;
        }

        public Builder monitoringRequest(final double value)
        {
            this.monitoringRequest = value;
            return this;
        }

        public Builder observersPerLine(final int value)
        {
            this.observersPerLine = value;
            return this;
        }

        public Builder costPerMessage(final double value)
        {
            this.costPerMessage = value;
            return this;
        }

        public CtiCosts build()
        {
            return new CtiCosts(this.callSetup, this.callRelease, this.recordingStartRequest, this.recordingStopRequest,
                    this.recordingStarted, this.recordingEnded, this.recordingFailed, this.monitoringRequest,
                    this.observersPerLine, this.costPerMessage);
        }
    }
}
