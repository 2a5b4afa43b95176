/**
 * Results to files: {@code summary.json}, {@code timeseries.csv}, {@code run.json}, charts (PNG and SVG) and the
 * self-contained {@code report.html}, all published at once by {@link forkcast.reports.OutputFolder}. This package
 * sees only results ({@code forkcast.sim} result types and the scenario's text), never DSOL or {@code models}
 * classes.
 */
package forkcast.reports;
