package forkcast.scenarios.spec;

/**
 * An element of one of the scenario's lists that other elements refer to by its {@code id} ({@code sites[]},
 * {@code links[]}, {@code recorders[]}, ...).
 */
public interface Identified
{
    /** @return the element's id as written, or null when the element has none */
    String id();
}
