package org.mlatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.support.AtlasProcess;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;

/** A second atlas process while the first one runs the DBMS (the explorer is open, the user types in a terminal). */
class SecondProcessTest {

    @Test
    void aSecondProcessUsesTheRunningDbmsOverBoltInsteadOfFailingOnTheLock() throws Exception {
        TestDbms dbms = TestDbms.with(Graphs.dpo());
        Map<String, String> env = Map.of("ATLAS_HOME", dbms.home().root().toString());

        AtlasProcess.Result link = AtlasProcess.run(env, "link", "arxiv:2203.02155", "EXPLAINS", "kl-divergence",
                "--note", "added from a terminal");
        assertThat(link.exitCode()).as(link.toString()).isZero();
        assertThat(dbms.store().snapshot().relations())
                .contains(new Relation("arxiv:2203.02155", RelationKind.EXPLAINS, "kl-divergence", "added from a terminal", null));

        AtlasProcess.Result path = AtlasProcess.run(env, "path", "dpo", "--known-only", "rlhf");
        assertThat(path.exitCode()).as(path.toString()).isZero();
        assertThat(path.out()).contains("Left out because you know them: rlhf.");
        AtlasProcess.Result closure = AtlasProcess.run(env, "path", "dpo", "--known", "rlhf");
        assertThat(closure.out()).as("--known takes rlhf with what it stands on")
                .contains("Left out because you know them: rlhf (with everything it stands on: ");

        AtlasProcess.Result cycle = AtlasProcess.run(env, "link", "dpo", "PREREQUISITE", "rlhf");
        assertThat(cycle.exitCode()).isEqualTo(2);
        assertThat(cycle.err()).contains("would close a prerequisite cycle: dpo -> rlhf -> dpo");
        // the DBMS is still ours, and still serving
        assertThat(dbms.home().readMarker().orElseThrow().pid()).isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void aMarkerLeftByAKilledProcessIsRecognisedAndRemoved(@TempDir Path root) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        AtlasHome home = new AtlasHome(root);
        java.nio.file.Files.createDirectories(root.resolve("run"));
        java.nio.file.Files.writeString(root.resolve("run/dbms.properties"), "pid=" + gone.pid()
                + "\nmode=daemon\nbolt.host=127.0.0.1\nbolt.port=1\ncontrol.port=1\ntoken=abc\nbuild=x\nstarted=2026-01-01T00:00:00Z\n");
        assertThat(home.readMarker()).isPresent();
        StoreConnector connector = new StoreConnector(home, Map.of());
        assertThat(connector.findRunning()).as("a dead process proves nothing").isEmpty();
        try (StoreConnection connection = connector.connectLocal(null)) {
            assertThat(connection.ownsDbms()).as("nobody served the store: this process does now").isTrue();
            assertThat(home.readMarker().orElseThrow().pid()).isEqualTo(ProcessHandle.current().pid());
        }
        assertThat(home.readMarker()).isEmpty();
    }
}
