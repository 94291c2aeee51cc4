package org.mlatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.support.CliRun.atlas;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Daemons;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;

/**
 * Broken graph-data (issue 13's probes: bad JSON, bad UTF-8, a 25 MB string, a malformed id), imported with
 * {@code atlas import} or loaded from {@code ATLAS_GRAPH_DATA} into a new home: each is named by file, line and
 * column, the command exits 2, and nothing is written.
 */
class BrokenGraphDataTest {
    @TempDir
    Path dir;

    private TestDbms dbms;

    @BeforeEach
    void loadDpoGraph() {
        dbms = TestDbms.with(Graphs.dpo());
    }

    private Path badJson() throws IOException {
        return Files.writeString(dir.resolve("bad-json.json"),
                "{\"schemaVersion\": 1,\n \"concepts\": [\n  {\"id\": \"a\", \"name\": \"A\",,}\n ]}\n");
    }

    private Path badUtf8() throws IOException {
        Path file = dir.resolve("bad-utf8.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"schemaVersion\": 1,\n \"concepts\": [\n  {\"id\": \"a\", \"name\": \"caf".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            out.write("\"}\n ]}\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    private Path hugeString() throws IOException {
        return Files.writeString(dir.resolve("huge-string.json"), "{\"schemaVersion\": 1,\n \"concepts\": [\n  {\"id\": \"a\", \"name\": \""
                + "x".repeat(25 * 1024 * 1024) + "\"}\n ]}\n");
    }

    private Path malformedId() throws IOException {
        return Files.writeString(dir.resolve("malformed-id.json"),
                "{\"schemaVersion\": 1,\n \"concepts\": [\n  {\"id\": \"ok\", \"name\": \"OK\"},\n  {\"id\": \"Not An Id!\", \"name\": \"X\"}\n ]}\n");
    }

    /** Exit 2, the first line of standard error names file:line:col and the problem, and the message is short. */
    private static void assertRefusedAt(CliRun run, Path file, int line, String problem) {
        assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
        String first = run.err.lines().filter(l -> !l.endsWith("...")).findFirst().orElse("");
        assertThat(first).as(run.toString()).matches("atlas: .*" + java.util.regex.Pattern.quote(file.toString()) + ":" + line + ":\\d+: .*")
                .containsIgnoringCase(problem);
        assertThat(run.err).as(run.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err.length()).as("the message quotes no 25 MB value").isLessThan(2_000);
    }

    private void assertUnchanged() {
        AtlasGraph graph = dbms.store().snapshot();
        assertThat(graph.nodes()).containsExactlyInAnyOrderElementsOf(Graphs.dpo().nodes());
        assertThat(graph.relations()).containsExactlyInAnyOrderElementsOf(Graphs.dpo().relations());
    }

    @Test
    void badJsonIsNamedByFileLineAndColumn() throws Exception {
        Path file = badJson();
        assertRefusedAt(atlas("import", file.toString()), file, 3, "malformed JSON");
        assertUnchanged();
    }

    @Test
    void badUtf8IsNamedByFileLineAndColumn() throws Exception {
        Path file = badUtf8();
        assertRefusedAt(atlas("import", file.toString()), file, 3, "UTF-8");
        assertUnchanged();
    }

    @Test
    void aTwentyFiveMegabyteStringIsNamedByFileLineAndColumn() throws Exception {
        Path file = hugeString();
        assertRefusedAt(atlas("import", file.toString()), file, 3, "a string longer than 20,000,000 characters, the most a graph-data value may hold");
        assertUnchanged();
    }

    @Test
    void aMalformedIdIsNamedByFileLineAndColumn() throws Exception {
        Path file = malformedId();
        assertRefusedAt(atlas("import", file.toString()), file, 4, "malformed id \"Not An Id!\"");
        assertUnchanged();
    }

    @Test
    void aNewHomeRefusesBrokenGraphDataAndStaysEmpty() throws Exception {
        Path graphData = Files.createDirectory(dir.resolve("graph-data"));
        Files.move(malformedId(), graphData.resolve("a.json"));
        Files.move(badJson(), graphData.resolve("b.json"));
        Path home = dir.resolve("home");
        Map<String, String> env = Map.of("ATLAS_HOME", home.toString(), "ATLAS_GRAPH_DATA", graphData.toString());
        try {
            CliRun run = CliRun.atlas(env, "path", "dpo");
            assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
            assertThat(run.err).as(run.toString()).contains(graphData.resolve("a.json") + ":4:")
                    .contains(graphData.resolve("b.json") + ":3:").doesNotContain("Exception");
            CliRun check = CliRun.atlas(Map.of("ATLAS_HOME", home.toString(), "ATLAS_GRAPH_DATA", "none"), "check");
            assertThat(check.out).as(check.toString()).contains("0 concepts, 0 papers, 0 resources, 0 relationships.");
        } finally {
            Daemons.stopAll(home); // the command started one; its home is deleted with the test's folder
        }
    }
}
