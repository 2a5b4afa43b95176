/**
 * The thin layer Forkcast adds over DSOL: synchronous replication control ({@link forkcast.sim.ReplicationRunner}),
 * parallel replications ({@link forkcast.sim.ExperimentRunner}), named random streams seeded from (scenario seed,
 * replication, stream name) ({@link forkcast.sim.RandomStreams}), the counted resource behind the models'
 * capacities (channels, dialogs, streams: {@link forkcast.sim.CountedResource}), and statistics that cost a few field
 * updates on the hot path ({@link forkcast.sim.stats}). It knows nothing of telephony.
 */
package forkcast.sim;
