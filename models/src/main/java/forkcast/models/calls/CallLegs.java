package forkcast.models.calls;

/**
 * The legs of a call on agents' lines (F8): how each is made from its call and numbered in the trace.
 *
 * <p>Each end of a call that is an agent's line is a leg of its own, because each recorded line records by its own
 * configuration: the call itself is the answering agent's leg; an internal call from another agent group has the
 * calling agent's leg ({@link Call#peer()}); a consult (F3) has the consulting agent's and the target's legs; a
 * conference adds the colleague's leg ({@link Call#colleague()}). A leg is a {@link Call} sharing its call's draws,
 * with no gateway in its own path. Kept apart from {@code Call}, which holds one leg's life, so that the ways legs
 * come to be and the trace ids that tell them apart read in one place.
 */
public final class CallLegs
{
    /** Trace ids of a call's legs are spaced by this: the answering line's leg has the call's id. */
    public static final long SPACING = 1L << 32;

    /** Line index of the answering agent's leg, the calling agent's leg (internal calls) and the colleague's leg. */
    public static final int ANSWERING_LINE = 0, CALLING_LINE = 1, COLLEAGUE_LINE = 2;

    private CallLegs()
    {
    }

    /**
     * @param line {@link #ANSWERING_LINE}, {@link #CALLING_LINE} or {@link #COLLEAGUE_LINE}; a consult's target leg
     *            has the calling line's index
     * @return the trace id of leg {@code line} of call {@code id}; consult legs are negative
     */
    public static long id(final long id, final int line, final boolean consult)
    {
        long leg = id + line * SPACING;
        return consult ? -leg : leg;
    }

    /**
     * @return the consult call (F3) that {@code agentGroup}'s agent places from {@code parent}: agent to agent, no
     *         gateway; {@code recorded} says whether selective recording applies to it (R32)
     */
    public static Call consult(final long id, final Call parent, final AgentGroup agentGroup, final boolean recorded)
    {
        return new Call(id, parent, agentGroup, recorded, true);
    }

    /**
     * F8: the leg of {@code parent} on another agent's line (the calling agent of an internal call, or a conference
     * participant): the call's draws, no gateway in its own path; {@code selected} says whether selective recording
     * applies to it.
     */
    public static Call otherLine(final long id, final Call parent, final AgentGroup agentGroup, final boolean selected)
    {
        return new Call(id, parent, agentGroup, selected, false);
    }
}
