package forkcast.models.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class SiteGraphTest
{
    @Test
    void fewestHopsWithTiesBrokenByLinkId()
    {
        // a square: a-b-d and a-c-d are both two hops; links named so that a-c-d wins on ids
        SiteGraph graph = new SiteGraph(List.of("a", "b", "c", "d", "island"),
                List.of(new LinkConfig("z-ab", "a", "b", 10, 18), new LinkConfig("z-bd", "b", "d", 10, 18),
                        new LinkConfig("m-ac", "a", "c", 10, 18), new LinkConfig("m-cd", "d", "c", 10, 18)));
        Hop[] route = graph.route(graph.index("a"), graph.index("d"));
        assertEquals(2, route.length);
        assertEquals("m-ac", graph.links().get(route[0].linkIndex()).id());
        assertEquals(Direction.A_TO_B, route[0].direction());
        assertEquals("m-cd", graph.links().get(route[1].linkIndex()).id());
        assertEquals(Direction.B_TO_A, route[1].direction(), "m-cd is declared d->c, the stream goes c->d");
        assertArrayEquals(new Hop[0], graph.route(graph.index("b"), graph.index("b")));
        assertFalse(graph.connected("a", "island"));
        assertThrows(IllegalStateException.class, () -> graph.route(graph.index("a"), graph.index("island")));
    }
}
