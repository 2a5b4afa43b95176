/**
 * Recording: CUCM's recording function ({@link forkcast.models.recording.RecordingOrchestrator}, which call control
 * reaches through {@link forkcast.models.cucm.RecordingFunction}) in rooms: choosing the media source, hunting the
 * route list and admitting a session, forking media and its bandwidth, failure windows and cuts; the recording
 * session and its phases; recording profiles and route lists (R17, R20), SIP trunks with a dialog limit (R5, R19),
 * CUBE media proxies (R10), MTP pools (R18), recorders with a stream limit, a set-up queue at their sustained rate
 * and storage (F6), and the reasons a session fails. Depends on {@code calls}, {@code cucm}, {@code network} and
 * {@code media}.
 */
package forkcast.models.recording;
