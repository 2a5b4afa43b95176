/**
 * Replications as Apache Spark tasks ({@code --engine spark}). Spark is a {@code provided} dependency: the default jar
 * does not carry it; {@code ./forkcast} or {@code spark-submit} put it on the class path.
 */
package forkcast.spark;
