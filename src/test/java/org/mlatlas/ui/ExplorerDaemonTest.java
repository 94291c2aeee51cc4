package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.cli.AtlasContext;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.store.AtlasHome;
import org.mlatlas.store.DbmsMarker;
import org.mlatlas.support.AtlasProcess;
import org.mlatlas.support.Daemons;
import org.mlatlas.support.Graphs;
import org.mlatlas.task.Background;
import org.mlatlas.ui.model.ExplorerViewModel;

/**
 * The explorer and terminal commands share the atlas daemon: an edit typed in a terminal shows in the window at
 * its next poll, and closing the window (a real process, SIGTERM) stops no DBMS, because the window owns none.
 */
class ExplorerDaemonTest {
    @TempDir
    Path root;
    private Path home;

    @AfterEach
    void stopTheDaemon() throws Exception {
        Daemons.stopAll(home);
    }

    private Map<String, String> env() throws Exception {
        Path graphData = Graphs.writeGraphData(Graphs.dpo(), root.resolve("graph-data"));
        home = root.resolve("home");
        return Map.of("ATLAS_HOME", home.toString(), "ATLAS_GRAPH_DATA", graphData.toString(), "ATLAS_DAEMON_IDLE_TIMEOUT", "60s");
    }

    @Test
    void aTerminalEditShowsInTheWindowAtItsNextPollThroughTheSharedDaemon() throws Exception {
        Map<String, String> env = env();
        AtlasContext context = new AtlasContext(env);
        Background background = new Background(Runnable::run);
        ExplorerViewModel vm = new ExplorerViewModel(background, context::atlas, context::reconnect);
        vm.setAnimate(false);
        try {
            vm.start();
            Eventually.await(Duration.ofSeconds(180), "the window to load the graph", () -> vm.readyProperty().get());
            DbmsMarker daemon = new AtlasHome(home).readMarker().orElseThrow();
            assertThat(daemon.isDaemon()).as("the window started the daemon, it does not serve the DBMS itself").isTrue();
            assertThat(daemon.pid()).isNotEqualTo(ProcessHandle.current().pid());

            AtlasProcess.Result link = AtlasProcess.run(env, "link", "calculus", "PREREQUISITE", "sft");
            assertThat(link.exitCode()).as(link.toString()).isZero();
            assertThat(new AtlasHome(home).readMarker().orElseThrow().pid()).as("the terminal used the same daemon").isEqualTo(daemon.pid());

            long t0 = System.nanoTime();
            Eventually.await(Duration.ofSeconds(60), "the terminal's edge in the window", () -> vm.graphProperty().get().relations()
                    .stream().anyMatch(r -> r.from().equals("calculus") && r.kind() == RelationKind.PREREQUISITE && r.to().equals("sft")));
            System.out.printf("the terminal's edit showed in the window %d ms after the command returned (polls every %d ms)%n",
                    (System.nanoTime() - t0) / 1_000_000, ExplorerViewModel.POLL.toMillis());
            assertThat(ExplorerViewModel.POLL).as("the window polls often enough to show it within 2 s")
                    .isLessThanOrEqualTo(Duration.ofSeconds(2));
        } finally {
            vm.close();
            background.close();
            context.close();
        }
    }

    @Test
    void closingTheExplorerProcessLeavesTheDaemonServing() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(env());
        env.put("ATLAS_HEADLESS", "1");
        env.put("ATLAS_TIMING", "1");
        Process explorer = AtlasProcess.builder(env).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(explorer.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.contains("graph loaded")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the explorer's milestones:\n" + seen).isNotNull();
            DbmsMarker daemon = new AtlasHome(home).readMarker().orElseThrow();
            assertThat(daemon.isDaemon()).isTrue();

            long t0 = System.nanoTime();
            explorer.destroy(); // SIGTERM, as a window manager or Ctrl-C would
            assertThat(explorer.waitFor(120, TimeUnit.SECONDS)).isTrue();
            System.out.printf("explorer exited %d ms after SIGTERM%n", (System.nanoTime() - t0) / 1_000_000);
            assertThat(ProcessHandle.of(daemon.pid()).map(ProcessHandle::isAlive).orElse(false))
                    .as("the daemon keeps serving after the window closed").isTrue();
            assertThat(AtlasProcess.run(env, "show", "dpo").exitCode()).isZero();
        } finally {
            explorer.destroyForcibly();
        }
    }
}
