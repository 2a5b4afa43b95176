/** Codecs and the bandwidth of one RTP stream on a link (F1). */
package forkcast.models.media;
