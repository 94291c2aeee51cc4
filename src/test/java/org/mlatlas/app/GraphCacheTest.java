package org.mlatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.support.Graphs;

/** The explorer's copy of the last loaded graph: what goes in comes out, and a bad copy is never shown. */
class GraphCacheTest {
    @TempDir
    Path dir;

    @Test
    void aSavedGraphReadsBackTheSameWithItsReadingState() throws Exception {
        AtlasGraph dpo = Graphs.dpo();
        List<Node> nodes = new ArrayList<>(dpo.nodes());
        nodes.replaceAll(n -> n.id().equals("probability") ? n.withKnown(true).withNotes("seen in school") : n);
        AtlasGraph graph = new AtlasGraph(nodes, dpo.relations());
        GraphCache cache = new GraphCache(dir.resolve("cache/explorer-graph.json"));

        cache.write(graph);
        AtlasGraph back = cache.read().orElseThrow();

        assertThat(back.nodes()).containsExactlyInAnyOrderElementsOf(graph.nodes());
        assertThat(back.relations()).containsExactlyInAnyOrderElementsOf(graph.relations());
        assertThat(back.node("probability").orElseThrow().known()).isTrue();
        assertThat(Files.list(dir.resolve("cache"))).as("no partial file is left behind")
                .extracting(p -> p.getFileName().toString()).containsExactly("explorer-graph.json");
    }

    @Test
    void aMissingOrBrokenCopyIsNotShown() throws Exception {
        GraphCache cache = new GraphCache(dir.resolve("explorer-graph.json"));
        assertThat(cache.read()).isEmpty();

        Files.writeString(cache.file(), "{\"schemaVersion\": 1, \"concepts\": [ {\"id\": \"a\"");
        assertThat(cache.read()).as("cut short").isEmpty();

        Files.writeString(cache.file(), "{\"schemaVersion\": 99, \"concepts\": []}");
        assertThat(cache.read()).as("another version's format").isEmpty();
    }

    @Test
    void aNewCopyReplacesTheOldOne() throws Exception {
        GraphCache cache = new GraphCache(dir.resolve("explorer-graph.json"));
        cache.write(Graphs.dpo());
        cache.write(new AtlasGraph(List.of(Node.concept("only", "Only one")), List.of()));
        assertThat(cache.read().orElseThrow().nodes()).extracting(Node::id).containsExactly("only");
    }
}
