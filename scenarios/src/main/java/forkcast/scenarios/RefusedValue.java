package forkcast.scenarios;

/**
 * A key or value the scenario's records cannot hold: an unknown key, or a value of the wrong kind (text where a number
 * is expected, a rate without its time unit). The binding reports it and takes it out of the tree, so that the rest of
 * the document is still bound and checked; every check that would only miss the value keeps quiet about it.
 *
 * @param pointer where, as a JSON Pointer into the document
 * @param error the error, at the key's or the value's location
 * @param meant for an unknown key within two edits of a known one ({@code chanels}), the pointer of the known key it
 *            stands for ({@code /gateways/0/channels}): that key is not reported missing as well; else null
 */
record RefusedValue(String pointer, ScenarioError error, String meant)
{
}
