package forkcast.sim;

/** A replication could not finish: a model event threw, or the run was interrupted. The message says which and when. */
public final class ReplicationFailedException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public ReplicationFailedException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
