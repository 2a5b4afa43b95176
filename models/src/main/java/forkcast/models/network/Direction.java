package forkcast.models.network;

/** Which way a stream crosses a link: from siteA to siteB ({@code A_TO_B}) or back. */
public enum Direction
{
    A_TO_B, B_TO_A
}
