/**
 * Statistics that cost a few field updates per event: {@link forkcast.sim.stats.TimeWeightedLevel} (time-weighted
 * mean, peak, per-interval means) and {@link forkcast.sim.stats.ExactLevel} (one fed from an exact whole-number
 * total), {@link forkcast.sim.stats.IntervalCounter} (counts per interval), the busy hour
 * ({@link forkcast.sim.stats.BusyHour}), all clipped to the {@link forkcast.sim.stats.MeasurementWindow} so that the
 * warm-up is discarded; and {@link forkcast.sim.stats.MetricSummary}, the Student-t confidence interval over
 * replications. DSOL's own SimCounter/SimPersistent fire an event object per update and are kept off the hot path.
 */
package forkcast.sim.stats;
