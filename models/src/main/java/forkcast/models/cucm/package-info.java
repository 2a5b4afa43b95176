/**
 * The CUCM cluster: its settings (rated BHCC and CTI capacity, the built-in bridge default, the recording set-up
 * delay), call control (arrival to release, hold, transfers and conferences), the accounting of busy-hour call
 * completions (R6, R31) and CTI messages (F4), and tones. Call control tells recording about calls through
 * {@link forkcast.models.cucm.RecordingFunction}, so this package does not depend on {@code recording}.
 */
package forkcast.models.cucm;
