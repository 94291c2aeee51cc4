package org.mlatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.support.CommandLoop;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.neo4j.driver.Session;

/**
 * Two atlas processes edit the same graph at once (issue 13's probe): each links its own 50 edges and removes
 * half of them, and both link the same 50 shared edges. Nothing is lost, nothing is duplicated: every shared
 * edge is linked by exactly one of them (the other is told it exists already).
 */
class ConcurrentWritersTest {
    private static final int EDGES = 50;

    @Test
    void twoProcessesLinkingAndUnlinkingLoseAndDuplicateNothing(@TempDir Path scratch) throws Exception {
        Graphs graph = Graphs.builder().concept("target", "Target");
        for (int i = 0; i < EDGES; i++) {
            graph.concept("a-" + i, "A " + i).concept("b-" + i, "B " + i).concept("s-" + i, "Shared " + i);
        }
        TestDbms dbms = TestDbms.with(graph.build());
        Map<String, String> env = Map.of("ATLAS_HOME", dbms.home().root().toString(), "ATLAS_GRAPH_DATA", "none");

        Process a = CommandLoop.start(env, script("a"), scratch);
        Process b = CommandLoop.start(env, script("b"), scratch);
        List<String> outA;
        List<String> outB;
        try {
            BufferedReader readA = reader(a);
            BufferedReader readB = reader(b);
            assertThat(readA.readLine()).isEqualTo("ready");
            assertThat(readB.readLine()).isEqualTo("ready");
            go(a);
            go(b);
            outA = readA.lines().toList();
            outB = readB.lines().toList();
            assertThat(a.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(b.waitFor(5, TimeUnit.MINUTES)).isTrue();
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }
        assertThat(a.exitValue()).isZero();
        assertThat(b.exitValue()).isZero();

        for (List<String> out : List.of(outA, outB)) {
            assertThat(out).hasSize(3 * EDGES + EDGES / 2);
            assertThat(out).filteredOn(l -> !l.contains(" s-")).allSatisfy(l -> assertThat(l).startsWith("exit 0 "));
            assertThat(out).filteredOn(l -> l.contains(" s-") && !l.startsWith("exit 0 "))
                    .allSatisfy(l -> assertThat(l).startsWith("exit 2 ").contains("already exists"));
        }
        for (int i = 0; i < EDGES; i++) {
            String shared = "link s-" + i + " PREREQUISITE target";
            long linked = java.util.stream.Stream.concat(outA.stream(), outB.stream()).filter(l -> l.equals("exit 0 " + shared)).count();
            assertThat(linked).as("processes that linked %s", shared).isEqualTo(1);
        }

        Map<String, Long> edges = new HashMap<>();
        try (Session session = dbms.connection().driver().session()) {
            session.run("MATCH (f:Node)-[r:PREREQUISITE]->(:Node {id: 'target'}) RETURN f.id AS id, count(r) AS n")
                    .forEachRemaining(r -> edges.put(r.get("id").asString(), r.get("n").asLong()));
        }
        Map<String, Long> expected = new HashMap<>();
        for (int i = 0; i < EDGES; i++) {
            expected.put("s-" + i, 1L);
            if (i % 2 == 0) {
                expected.put("a-" + i, 1L);
                expected.put("b-" + i, 1L);
            }
        }
        assertThat(edges).isEqualTo(expected);
    }

    /** Links the process's own 50 edges and the 50 shared ones, interleaved, then unlinks its odd edges. */
    private static List<List<String>> script(String own) {
        List<List<String>> commands = new ArrayList<>();
        for (int i = 0; i < EDGES; i++) {
            commands.add(List.of("link", own + "-" + i, "PREREQUISITE", "target"));
            commands.add(List.of("link", "s-" + i, "PREREQUISITE", "target"));
        }
        for (int i = 1; i < EDGES; i += 2) {
            commands.add(List.of("unlink", own + "-" + i, "PREREQUISITE", "target"));
        }
        for (int i = 0; i < EDGES; i += 2) {
            commands.add(List.of("show", own + "-" + i));
        }
        for (int i = 0; i < EDGES / 2; i++) {
            commands.add(List.of("search", "shared " + i));
        }
        return commands;
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void go(Process p) throws java.io.IOException {
        OutputStream in = p.getOutputStream();
        in.write("go\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
    }
}
