/**
 * JMH benchmarks: {@link forkcast.benchmarks.EventLoopBench} measures the simulation core alone on a loss system,
 * {@link forkcast.benchmarks.ScenarioBench} a whole scenario replication. Both report model events per second.
 * Run them with {@code benchmarks/run.sh}; they are not part of the test command. {@link forkcast.benchmarks.EventCost}
 * ({@code benchmarks/run.sh cost}) counts the bytes allocated and the CPU time per model event instead.
 */
package forkcast.benchmarks;
