package forkcast.models;

/**
 * A deployment rule that a configuration breaks, found before the run. The run goes ahead, and the same condition
 * makes the affected sessions fail with a counted reason; the finding says so in advance.
 *
 * @param rule the rule id of SPEC section 2, e.g. {@code R22}
 * @param severity {@code warning} (the run shows the consequence) or {@code error}
 * @param section the scenario list the element is in ({@code agentGroups}, {@code gateways}, ...), or
 *            {@code cluster}
 * @param id the element's id; null for the cluster
 * @param key the key inside the element that causes it, slash-separated ({@code line/busyTrigger}); may be empty
 * @param message what happens, in the user's terms
 */
public record RuleFinding(String rule, String severity, String section, String id, String key, String message)
{
    public static RuleFinding warning(final String rule, final String section, final String id, final String key,
            final String message)
    {
        return new RuleFinding(rule, "warning", section, id, key, message);
    }
}
