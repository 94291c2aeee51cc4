package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.cli.AtlasContext;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.store.AtlasHome;
import org.mlatlas.store.StoreConnector;
import org.mlatlas.support.AtlasProcess;
import org.mlatlas.support.Graphs;
import org.mlatlas.task.Background;
import org.mlatlas.ui.model.Edit;
import org.mlatlas.ui.model.ExplorerViewModel;

/**
 * A window that joined the DBMS another atlas process served keeps working when that process dies: it
 * reconnects (to the daemon it starts, as the explorer would) and nothing saved is lost.
 */
class ExplorerReconnectTest {

    @Test
    void aWindowOnAnotherProcesssDbmsReconnectsWhenThatProcessIsKilled(@TempDir Path root) throws Exception {
        Path graphData = Graphs.writeGraphData(Graphs.dpo(), root.resolve("graph-data"));
        Path home = root.resolve("home");
        Map<String, String> env = Map.of("ATLAS_HOME", home.toString(), "ATLAS_GRAPH_DATA", graphData.toString(),
                "ATLAS_DAEMON_IDLE_TIMEOUT", "60s");

        Process server = AtlasProcess.builder(env, "server", "--listen", "127.0.0.1:0")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        AtlasContext context = new AtlasContext(env);
        Background background = new Background(Runnable::run);
        ExplorerViewModel vm = new ExplorerViewModel(background, context::atlas, context::reconnect);
        vm.setAnimate(false);
        try {
            AtlasProcess.awaitLine(server, "Clients: atlas --uri ", 120);
            vm.start();
            Eventually.await(Duration.ofSeconds(60), "the window to load the served graph", () -> vm.readyProperty().get());
            assertThat(vm.graphProperty().get().nodes()).hasSize(21);

            vm.apply(new Edit.Link(Relation.of("calculus", RelationKind.PREREQUISITE, "sft")));
            Eventually.await(Duration.ofSeconds(30), "the window's edge", () -> has(vm, "calculus PREREQUISITE sft"));

            server.destroyForcibly();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();

            Eventually.await(Duration.ofSeconds(300), "the window to reconnect (it starts the daemon)",
                    () -> vm.statusProperty().get().startsWith("Reconnected"));
            assertThat(vm.statusIsErrorProperty().get()).isFalse();
            assertThat(has(vm, "calculus PREREQUISITE sft")).as("the edge saved before the server died").isTrue();
            var marker = new AtlasHome(home).readMarker().orElseThrow();
            assertThat(marker.isDaemon()).as("the daemon the window started serves the store now").isTrue();
            assertThat(marker.pid()).isNotEqualTo(server.pid()).isNotEqualTo(ProcessHandle.current().pid());

            vm.apply(new Edit.AddNode(Node.concept("after-reconnect", "After reconnect")));
            Eventually.await(Duration.ofSeconds(30), "an edit after reconnecting",
                    () -> vm.graphProperty().get().contains("after-reconnect"));
            AtlasProcess.Result show = AtlasProcess.run(env, "show", "after-reconnect");
            assertThat(show.exitCode()).as(show.toString()).isZero();
            try (var running = new StoreConnector(new AtlasHome(home), Map.of()).connectToRunning().orElseThrow()) {
                assertThat(running.ownsDbms()).isFalse();
            }
        } finally {
            vm.close();
            background.close();
            context.close();
            server.destroyForcibly();
            org.mlatlas.support.Daemons.stopAll(home);
        }
    }

    private static boolean has(ExplorerViewModel vm, String key) {
        return vm.graphProperty().get().relations().stream().anyMatch(r -> r.key().equals(key));
    }
}
