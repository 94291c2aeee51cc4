package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.app.Atlas;
import org.mlatlas.app.GraphCache;
import org.mlatlas.bench.SyntheticCurriculum;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.support.TestDbms;
import org.mlatlas.task.Background;
import org.mlatlas.ui.model.ExplorerViewModel;

/** A large graph's first nodes are on screen while the rest is read; a whole cached copy is not replaced by parts. */
class ExplorerStreamingTest {
    private static final AtlasGraph LARGE = SyntheticCurriculum.generate(2_500, 10, 3);

    private TestDbms dbms;
    private Background background;
    private ExplorerViewModel vm;
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void open() {
        dbms = TestDbms.with(LARGE);
        background = new Background(Runnable::run);
        vm = new ExplorerViewModel(background, () -> new Atlas(dbms.store()));
        vm.setAnimate(false);
        vm.graphProperty().addListener((o, a, g) -> seen.add(g.nodes().size() + " nodes, " + g.relations().size() + " relationships"));
    }

    @AfterEach
    void close() {
        vm.close();
        background.close();
    }

    private void startAndSettle() {
        vm.start();
        Eventually.await(Duration.ofSeconds(60), "the live graph", () -> vm.readyProperty().get()
                && background.awaitIdle(Duration.ofSeconds(30)) && background.busy() == 0);
    }

    @Test
    void theFirstNodesShowBeforeTheWholeGraphIsRead() {
        startAndSettle();
        String whole = LARGE.nodes().size() + " nodes, " + LARGE.relations().size() + " relationships";
        // parts at 2,000 and 8,000 rows read (nodes first), then the whole graph
        assertThat(seen).containsExactly("2000 nodes, 0 relationships", "2500 nodes, 5500 relationships", whole);
        assertThat(vm.graphProperty().get().relations()).hasSameSizeAs(LARGE.relations());
    }

    @Test
    void aCachedCopyStaysUntilTheWholeGraphIsRead(@TempDir Path dir) throws Exception {
        GraphCache cache = new GraphCache(dir.resolve("explorer-graph.json"));
        cache.write(LARGE);
        vm.setCache(cache);
        startAndSettle();
        assertThat(seen).hasSize(2).allMatch(s -> s.startsWith("2500 nodes"));
    }
}
