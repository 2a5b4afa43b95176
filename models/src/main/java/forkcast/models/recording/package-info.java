/**
 * Recording: the line's recording option (R1, R2), the media-source preference (R7, R14), recording profiles (R17),
 * SIP trunks with a dialog limit (R5, R19), recorders with a stream limit, a set-up rate limit and storage (F6), the
 * recording session (two recording calls, R5) and the reasons a session fails.
 */
package forkcast.models.recording;
