/**
 * Sites, the links between them, and the route a stream takes: the shortest path in hops over the site graph, ties
 * broken by link id, so that routes never depend on the order of a hash map.
 */
package forkcast.models.network;
