/**
 * The scenario file: YAML read with the position of every key and value ({@link forkcast.scenarios.YamlReader}),
 * {@code --set} overrides ({@link forkcast.scenarios.Overrides}), binding into the records of
 * {@link forkcast.scenarios.spec} ({@link forkcast.scenarios.ScenarioLoader}), checks that name the file, line and
 * column of what is wrong, the catalog of codecs and CTI costs ({@link forkcast.scenarios.Catalog}), the builder that
 * turns a scenario into a {@code models} deployment ({@link forkcast.scenarios.DeploymentBuilder}), and the runner
 * ({@link forkcast.scenarios.ScenarioRunner}). Domain rules stay in {@code models}; this layer maps text to
 * configuration.
 */
package forkcast.scenarios;
