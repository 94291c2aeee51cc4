package org.mlatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.support.CliRun.atlas;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeId;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.support.AtlasProcess;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;

/**
 * What a careless or hostile user can type or feed: each gets one sentence on standard error and exit 2, and
 * nothing is written (issue 14, items 5 to 8).
 */
class HostileInputTest {
    private TestDbms dbms;

    @BeforeEach
    void loadDpoGraph() {
        dbms = TestDbms.with(Graphs.dpo());
    }

    /** Exit 2 and one sentence (after an import's progress lines, which end in "..."). */
    private static void assertRefused(CliRun run, String sentence) {
        assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
        java.util.List<String> lines = run.err.lines().filter(l -> !l.endsWith("...")).toList();
        assertThat(lines).as(run.toString()).hasSize(1);
        assertThat(lines.get(0)).as(run.toString()).startsWith("atlas: ").contains(sentence);
        assertThat(run.err).doesNotContain("Exception");
    }

    @Test
    void aNameHoldingTerminalEscapesIsPrintedEscaped() {
        String name = "Clear \u001b[2J\u001b[H screen\u0007 and \u009b31m C1 \u202egnp.exe\u202c \u2066isolate\u2069";
        dbms.store().addNode(Node.builder("evil-name", NodeKind.CONCEPT, name).summary("line one\rline two").build());
        CliRun run = atlas("show", "evil-name");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Clear \\e[2J\\e[H screen\\u0007 and \\u009b31m C1").contains("line one\\rline two");
        // bidirectional overrides and isolates reorder what the terminal shows ("Trojan Source"): made visible too
        assertThat(run.out).contains("C1 \\u202egnp.exe\\u202c \\u2066isolate\\u2069");
        assertThat(run.out.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f))
                .as("no control character reaches the terminal").isEmpty();
    }

    @Test
    void aBadOptionValueIsOneSentenceNotTheUsage() {
        assertRefused(atlas("path", "dpo", "--papres"), "Unknown option: '--papres'");
        assertThat(atlas("path", "dpo", "--papres").err).contains("did you mean --papers?").contains("(see 'atlas path --help')");
        assertRefused(atlas("search", "x", "--limit", "many"), "'many' is not an int");
        assertRefused(atlas("add", "concept", "x-y", "--name", "X", "--minutes", "-5"), "--minutes must be 0 or more, not -5");
        assertThat(dbms.store().snapshot().node("x-y")).isEmpty();
        CliRun exclusive = atlas("path", "dpo", "--json", "--markdown");
        assertRefused(exclusive, "are mutually exclusive");
        assertThat(exclusive.err).doesNotContain("Error:");
    }

    @Test
    void aLineBreakInWhatAnErrorQuotesKeepsTheSentenceOnOneLine() {
        assertRefused(atlas("show", "no\nsuch"), "no node \"no\\nsuch\" in the graph");
        assertRefused(atlas("add", "concept", "bad\nid", "--name", "X"), "malformed id \"bad\\nid\"");
    }

    @Test
    void exportRefusesAFolderAndLeavesItInPlace(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        assertRefused(atlas("export", "--out", folder.toString()), "is a folder; name a file in it, e.g. --out " + folder.resolve("graph.json"));
        assertThat(folder).isDirectory().isEmptyDirectory();
    }

    @Test
    void exportThroughASymlinkWritesWhereItPointsAndKeepsTheLinkAndTheFilesMode(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("real.json"), "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), target.getFileName());
        CliRun run = atlas("export", "--out", link.toString());
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(link).isSymbolicLink();
        assertThat(Files.readString(target)).startsWith("{");
        assertThat(Files.getPosixFilePermissions(target)).as("an existing file keeps its mode")
                .isEqualTo(PosixFilePermissions.fromString("rw-r-----"));

        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("new.json"));
        assertThat(atlas("export", "--out", dangling.toString()).exitCode).isZero();
        assertThat(dangling).isSymbolicLink();
        assertThat(Files.readString(dir.resolve("new.json"))).startsWith("{");
        // a new file gets the mode any new file gets in that folder (the umask), not owner-only
        Path probe = Files.createFile(dir.resolve("probe"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("new.json"))).isEqualTo(Files.getPosixFilePermissions(probe));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("real.json", "link.json", "dangling.json", "new.json", "probe");
        }
    }

    @Test
    void anOutputFileThatCannotBeCreatedIsNamedNotATemporaryFile() {
        CliRun run = atlas("export", "--out", "/proc/atlas-export-test.json");
        assertRefused(run, "cannot write --out /proc/atlas-export-test.json: ");
        assertThat(run.err).doesNotContain(".tmp");
    }

    @Test
    void anEmptyGraphDataVariableMeansTheDefaultNotAnEmptyGraph(@TempDir Path dir) throws Exception {
        Path graphData = Graphs.writeGraphData(Graphs.dpo(), dir.resolve("graph-data-elsewhere"));
        Path cwd = Files.createDirectory(dir.resolve("cwd")); // no graph-data folder here
        // scripts/atlas passes the default as atlas.graphData, and treats an empty ATLAS_GRAPH_DATA as unset
        Process p = AtlasProcess.builder(List.of("-Datlas.graphData=" + graphData),
                        Map.of("ATLAS_HOME", dir.resolve("home").toString(), "ATLAS_GRAPH_DATA", ""), "--no-daemon", "show", "dpo")
                .directory(cwd.toFile()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out + err).isZero();
        assertThat(out).startsWith("Direct preference optimization  (dpo, concept)");
    }

    @Test
    void anOutputPathThatCannotBeUsedIsNamedWithoutAJavaClassName(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun run = atlas("export", "--out", file.resolve("graph.json").toString());
        assertThat(run.exitCode).as(run.toString()).isNotZero();
        assertRefused(run, file + " is a file, not a folder: choose another path");
    }

    @Test
    void aBinaryOrEmptyBibFileIsRefused(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("refs.bib");
        Files.write(binary, new byte[] {'@', 'x', 0, 0, 1, 2, (byte) 0xff});
        assertRefused(atlas("import", binary.toString()), binary + " holds binary data (a zero byte at byte 3), not a BibTeX file");
        Path prose = Files.writeString(dir.resolve("prose.bib"), "just some words, no entries\n");
        assertRefused(atlas("import", prose.toString()), "no BibTeX entry");
        assertThat(dbms.store().snapshot().nodes()).hasSize(Graphs.dpo().nodes().size());
    }

    @Test
    void aHugeCsvFieldIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("pairs.csv");
        Files.writeString(csv, "calculus,dpo\n" + "x".repeat(10_000_000) + ",dpo\n");
        CliRun run = atlas("import", csv.toString());
        assertRefused(run, "a name or title of 10,000,000 characters (at most 1,000)");
        assertThat(run.err).contains("pairs.csv:2");
        assertThat(run.err.length()).isLessThan(400);
        assertThat(dbms.store().snapshot().relations()).hasSize(Graphs.dpo().relations().size());
    }

    @Test
    void aHugeNameOrAliasIsRefusedInOneSentenceByAddAndByTheGraphDataLoader(@TempDir Path dir) throws Exception {
        String huge = "a".repeat(120_000); // the index of names refused it with Neo4j's DatabaseException, exit 1
        assertRefused(atlas("add", "concept", "huge-name", "--name", huge), "a name or title of 120,000 characters (at most 1,000): \"aaaa");
        assertRefused(atlas("add", "concept", "huge-alias", "--name", "Huge alias", "--alias", huge),
                "an alias of 120,000 characters (at most 1,000)");
        assertThat(dbms.store().snapshot().nodes()).hasSize(Graphs.dpo().nodes().size());

        Path graphData = Files.createDirectory(dir.resolve("graph-data"));
        Path file = Files.writeString(graphData.resolve("big.json"),
                "{\"schemaVersion\": 1, \"concepts\": [\n  {\"id\": \"huge\", \"name\": \"" + huge + "\"}\n]}\n");
        CliRun load = CliRun.atlas(Map.of("ATLAS_HOME", dir.resolve("home").toString(), "ATLAS_GRAPH_DATA", graphData.toString()),
                "--no-daemon", "show", "huge");
        assertThat(load.exitCode).as(load.toString()).isEqualTo(2);
        assertThat(load.err).as(load.toString()).contains(file + ":2:")
                .contains("huge: a name or title of 120,000 characters (at most 1,000)").doesNotContain("Exception");
        assertThat(load.err.length()).isLessThan(400);
    }

    @Test
    void aNameWithALineBreakIsRefusedByAddAndByTheGraphDataLoader(@TempDir Path dir) throws Exception {
        // a line break in a name printed as a line of output the graph never said
        assertRefused(atlas("add", "concept", "two-lines", "--name", "Two\natlas: lines"),
                "a name or title holds a line break at character 4; names are one line of text");
        assertRefused(atlas("add", "paper", "--title", "Tabbed", "--alias", "a\u0007b"),
                "an alias holds the control character U+0007 at character 2");
        assertThat(dbms.store().snapshot().nodes()).hasSize(Graphs.dpo().nodes().size());

        Path graphData = Files.createDirectory(dir.resolve("graph-data"));
        Path file = Files.writeString(graphData.resolve("lines.json"),
                "{\"schemaVersion\": 1, \"concepts\": [\n  {\"id\": \"two-lines\", \"name\": \"Two\\nlines\"}\n]}\n");
        CliRun load = CliRun.atlas(Map.of("ATLAS_HOME", dir.resolve("home").toString(), "ATLAS_GRAPH_DATA", graphData.toString()),
                "--no-daemon", "show", "two-lines");
        assertThat(load.exitCode).as(load.toString()).isEqualTo(2);
        assertThat(load.err).as(load.toString()).contains(file + ":2:")
                .contains("two-lines: a name or title holds a line break at character 4").doesNotContain("Exception");
    }

    @Test
    void aYearOrAnImageSizeOutOfRangeIsNamedInOneSentence(@TempDir Path dir) {
        int latest = java.time.Year.now().getValue() + 1;
        assertRefused(atlas("add", "paper", "--title", "Negative year", "--year", "-3"),
                "--year must be a year between 1500 and " + latest + ", not -3");
        assertRefused(atlas("add", "resource", "--title", "Far future", "--type", "blog", "--year", "30000"),
                "--year must be a year between 1500 and " + latest + ", not 30000");
        assertThat(dbms.store().snapshot().nodes()).hasSize(Graphs.dpo().nodes().size());
        assertRefused(atlas("snapshot", "--out", dir.resolve("x.png").toString(), "--width", "-5"),
                "--width must be between 100 and 10000 pixels, not -5");
        assertRefused(atlas("snapshot", "--out", dir.resolve("x.png").toString(), "--height", "20000"),
                "--height must be between 100 and 10000 pixels, not 20000");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void titlesWithoutLatinLettersGetDistinctShortIds(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), """
                - 2024 🙂🙂
                - 2024 中文 标题
                - 2024 %s
                """.formatted("A very long title ".repeat(30)));
        CliRun run = atlas("import", notes.toString());
        assertThat(run.exitCode).as(run.toString()).isZero();
        AtlasGraph graph = dbms.store().snapshot();
        assertThat(graph.nodes()).hasSize(Graphs.dpo().nodes().size() + 3);
        assertThat(graph.nodes().stream().map(Node::id).filter(id -> id.startsWith("paper:node-")))
                .as(graph.nodes().stream().map(Node::id).toList().toString()).hasSize(2);
        assertThat(graph.nodes().stream().map(Node::id)).allMatch(id -> id.length() <= 100);
    }

    @Test
    void aPaperCannotCiteItself() {
        assertRefused(atlas("link", "arxiv:2305.18290", "CITES", "arxiv:2305.18290"), "a node cannot relate to itself");
        assertThat(dbms.store().snapshot().relations()).hasSize(Graphs.dpo().relations().size());
    }

    @Test
    void checkReportsASelfCitationOrSelfPrerequisiteThatIsAlreadyInTheStore() {
        // atlas refuses to make one; an older build's store or someone's own Cypher can still hold one
        try (org.neo4j.driver.Session session = dbms.connection().driver().session()) {
            session.run("MATCH (p:Node {id: 'arxiv:2305.18290'}) CREATE (p)-[:CITES]->(p)").consume();
            session.run("MATCH (c:Node {id: 'kl-divergence'}) CREATE (c)-[:PREREQUISITE]->(c)").consume();
        }
        CliRun check = atlas("check");
        assertThat(check.exitCode).as(check.toString()).isEqualTo(1);
        assertThat(check.out).contains("2 problems:").contains("arxiv:2305.18290 CITES arxiv:2305.18290: a node cannot relate to itself")
                .contains("kl-divergence -> kl-divergence");
    }

    @Test
    void aVeryLongNameIsRefusedQuicklyAndQuotedShort() {
        CliRun run = atlas("show", "a".repeat(100_000));
        assertRefused(run, "no node \"aaaa");
        assertThat(run.err).contains("(100000 characters)");
        assertThat(run.err.length()).isLessThan(300);
        // as a new id: quoted short too (it was quoted whole, a 100,000-character line), and a valid-looking id
        // that is only too long is told so (it was told the character rule it follows)
        CliRun add = atlas("add", "concept", "a".repeat(100_000), "--name", "Long");
        assertRefused(add, "malformed id \"aaaa");
        assertThat(add.err).contains("(100000 characters)\": an id has at most 200 characters, this one has 100,000");
        assertThat(add.err.length()).isLessThan(300);
        assertRefused(atlas("add", "concept", "b".repeat(201), "--name", "Long"), "an id has at most 200 characters, this one has 201");
        assertRefused(atlas("add", "concept", "Bad Id", "--name", "X"), "malformed id \"Bad Id\": " + NodeId.rule());
    }

    @Test
    void aGraphDataFolderThatDoesNotExistIsAnErrorNotAnEmptyGraph(@TempDir Path dir) {
        CliRun run = CliRun.atlas(Map.of("ATLAS_HOME", dir.resolve("home").toString(),
                "ATLAS_GRAPH_DATA", dir.resolve("no-such-dir").toString()), "path", "dpo");
        assertRefused(run, "ATLAS_GRAPH_DATA names " + dir.resolve("no-such-dir") + ", which is not a folder");
    }
}
