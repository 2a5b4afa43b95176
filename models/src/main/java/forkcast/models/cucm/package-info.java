/**
 * The CUCM cluster: its settings (rated BHCC and CTI capacity, the built-in bridge default, the recording set-up
 * delay) and the accounting of busy-hour call completions (R6, R31) and CTI messages (F4).
 */
package forkcast.models.cucm;
