package org.mlatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.bench.ImportBench;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.GraphChange;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.RefusedEditException;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.domain.UnknownIdException;
import org.mlatlas.store.AtlasHome;
import org.mlatlas.support.AtlasProcess;
import org.mlatlas.support.Daemons;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.ImportInProgress;
import org.mlatlas.support.TestDbms;

/** A failed or killed import leaves the graph exactly as it was; running it again completes it. */
class ImportAtomicityTest {

    @Test
    void aChangeThatFailsHalfwayWritesNothing() {
        TestDbms dbms = TestDbms.with(Graphs.dpo());
        AtlasGraph before = dbms.store().snapshot();
        GraphChange change = new GraphChange(List.of(Node.concept("new-one", "New one")),
                List.of(before.node("dpo").orElseThrow().withNotes("changed")),
                List.of(Relation.of("new-one", RelationKind.PREREQUISITE, "dpo"), Relation.of("new-one", RelationKind.PREREQUISITE, "nowhere")));
        assertThatThrownBy(() -> dbms.store().apply(change, -1, n -> { })).isInstanceOf(UnknownIdException.class);
        assertThat(dbms.store().snapshot().nodes()).containsExactlyInAnyOrderElementsOf(before.nodes());
        assertThat(dbms.store().snapshot().relations()).containsExactlyInAnyOrderElementsOf(before.relations());
    }

    @Test
    void aChangePreparedAgainstAnOlderGraphIsRefused() {
        TestDbms dbms = TestDbms.with(Graphs.dpo());
        long revision = dbms.store().revision();
        dbms.store().setNotes("dpo", "someone else wrote this meanwhile");
        GraphChange change = new GraphChange(List.of(Node.concept("new-one", "New one")), List.of(), List.of());
        assertThatThrownBy(() -> dbms.store().apply(change, revision, n -> { })).isInstanceOf(RefusedEditException.class)
                .hasMessageContaining("run the import again");
        assertThat(dbms.store().snapshot().node("new-one")).isEmpty();
    }

    @Test
    void anImportKilledMidwayLeavesTheGraphUnchangedAndRerunningCompletesIt(@TempDir Path dir) throws Exception {
        Path pairs = ImportBench.synthetic(dir.resolve("pairs.csv"), 300_000, 30_000);
        Map<String, String> env = Map.of("ATLAS_HOME", dir.resolve("home").toString(), "ATLAS_GRAPH_DATA", "none");

        try {
            killedMidway(dir, pairs, env);
        } finally {
            Daemons.stopAll(dir.resolve("home"));
        }
    }

    private static void killedMidway(Path dir, Path pairs, Map<String, String> env) throws Exception {
        Process importing = AtlasProcess.builder(env, "import", pairs.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        importing.getOutputStream().close();
        // the event, not a guess at how long reading takes: its transaction is writing the import's batches
        ImportInProgress.await(new AtlasHome(dir.resolve("home")), importing, 300);
        importing.destroyForcibly(); // SIGKILL: no shutdown hook, no commit
        assertThat(importing.waitFor(60, TimeUnit.SECONDS)).isTrue();

        AtlasProcess.Result check = AtlasProcess.run(env, "check");
        assertThat(check.out()).as(check.toString()).contains("0 concepts, 0 papers, 0 resources, 0 relationships.");

        AtlasProcess.Result rerun = AtlasProcess.run(env, "import", pairs.toString());
        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(rerun.out()).contains("linked 300000");
        assertThat(AtlasProcess.run(env, "check").out()).contains(" 0 papers, 0 resources, 300000 relationships.");
    }
}
