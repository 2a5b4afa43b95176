/**
 * The telephony domain of Forkcast, as plain Java: configuration records (what a scenario describes) and the
 * elements that run in a replication ({@link forkcast.models.RecordingModel} builds them). Subpackages:
 * {@code media} (codecs and per-stream bandwidth, F1), {@code network} (sites, links, routes), {@code calls} (traffic,
 * gateways, agent groups, the call), {@code cucm} (cluster settings, BHCC and CTI accounting) and {@code recording}
 * (recording profiles, SIP trunks, recorders, sessions). No YAML and no file handling here: the {@code scenarios}
 * module maps text to these records.
 */
package forkcast.models;
