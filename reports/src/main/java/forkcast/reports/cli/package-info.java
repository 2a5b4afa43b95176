/**
 * The {@code forkcast} command line (picocli): {@code run}, {@code compare}, {@code sweep}, {@code size},
 * {@code validate} and {@code catalog}. The simulating commands share one shape ({@link
 * forkcast.reports.cli.SimulatingCommand}) and one mapping of failures to exit codes ({@link
 * forkcast.reports.cli.Failures}): 0 success, 1 the run failed, 2 bad usage or an invalid scenario (nothing written),
 * 3 a {@code --fail-on} verdict or an {@code --assert} failed after a successful run.
 */
package forkcast.reports.cli;
