/**
 * The scenario file's schema as records, one per section of SPEC section 6, bound by Jackson. Absent keys are null
 * here; defaults are applied by {@link forkcast.scenarios.DeploymentBuilder}, which documents each one. Values with
 * units ({@code 300ms}, {@code 2400/h}) are {@link forkcast.scenarios.spec.DurationValue} and
 * {@link forkcast.scenarios.spec.RateValue}.
 */
package forkcast.scenarios.spec;
