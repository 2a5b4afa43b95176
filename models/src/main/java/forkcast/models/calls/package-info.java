/**
 * Where calls come from and who answers them: traffic streams (Poisson arrivals with an optional intra-day profile),
 * gateways (channels), agent groups (agents, lines, phones, an optional queue), and the call itself.
 */
package forkcast.models.calls;
