/**
 * The telephony domain of Forkcast, as plain Java: configuration records (what a scenario describes) and the
 * elements that run in a replication ({@link forkcast.models.RecordingModel} builds them). Subpackages:
 * {@code media} (codecs and per-stream bandwidth, F1), {@code network} (sites, links, routes), {@code calls} (traffic,
 * gateways, agent groups, the call), {@code cucm} (cluster settings, call control, BHCC and CTI accounting) and
 * {@code recording} (CUCM's recording function, recording profiles, SIP trunks, CUBE, recorders, sessions), each
 * depending only on those listed before it. No YAML and no file handling here: the {@code scenarios}
 * module maps text to these records.
 */
package forkcast.models;
