/**
 * The {@code forkcast} command line (picocli): {@code run}, {@code validate} and {@code catalog}. Exit codes: 0
 * success, 1 the run failed, 2 bad usage or an invalid scenario (printed as {@code FILE:LINE:COLUMN: error: ...},
 * with nothing written under {@code --out}, or an {@code --out} refused before anything runs; see
 * {@link forkcast.reports.OutputFolder#claim}).
 */
package forkcast.reports.cli;
