package forkcast.models.network;

/** One link of a route and the way the stream crosses it. */
public record Hop(int linkIndex, Direction direction)
{
}
