/**
 * Where calls come from and who answers them: traffic streams (Poisson arrivals with an optional intra-day profile),
 * gateways (channels), agent groups (agents, lines with their recording option and media-source preference, phones,
 * an optional queue), and the call itself with its states. Depends on no other telephony package but {@code media}.
 */
package forkcast.models.calls;
