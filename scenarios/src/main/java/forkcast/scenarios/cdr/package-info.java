/**
 * Traffic from a cluster's own call detail records: reading CUCM CDR exports ({@link forkcast.scenarios.cdr.CdrReader}),
 * the planner's map of groups, gateways and recording trunks ({@link forkcast.scenarios.cdr.CdrMap}), and fitting a
 * complete scenario to them ({@link forkcast.scenarios.cdr.CdrFit}). It maps external data to a scenario, so it
 * lives beside the YAML layer and depends on it, never the other way round.
 */
package forkcast.scenarios.cdr;
