package org.mlatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.bench.ImportBench;
import org.mlatlas.support.AtlasProcess;
import org.mlatlas.support.Daemons;
import org.mlatlas.support.ImportInProgress;

/**
 * A full disk fails a command with one sentence instead of hanging it (issue 13, item 1): the home is on a small
 * tmpfs mounted by the test (skipped where mounting is not allowed; CI runs as root). Real atlas processes, each
 * with its own embedded Neo4j on that file system. Measured before the fix: the import of 200k pairs on a 30 MB
 * tmpfs ran past 300 s, and the next command spun in Neo4j's page-cache flush until killed.
 */
class FullDiskTest {
    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    private Path mount;
    private final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void mountASmallFileSystem() throws Exception {
        mount = Files.createDirectory(dir.resolve("small-disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=100m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        String why = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        boolean mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(mounted, "skipped: cannot mount a 100 MB tmpfs for the full-disk test here (needs root or CAP_SYS_ADMIN): " + why);
    }

    @AfterEach
    void unmount() throws Exception {
        for (Process p : processes) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        if (mount != null && Files.isDirectory(mount.resolve("home"))) {
            Daemons.stopAll(mount.resolve("home"));
        }
        if (mount != null) {
            Process p = new ProcessBuilder("umount", "--lazy", mount.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** With the daemon serving the store (the default), and with each command's own DBMS (--no-daemon). */
    @ParameterizedTest(name = "daemon: {0}")
    @ValueSource(booleans = {true, false})
    void aFullDiskFailsTheCommandInOneSentenceAndTheStoreWorksOnceSpaceIsFreed(boolean daemon) throws Exception {
        Path pairs = ImportBench.synthetic(dir.resolve("pairs.csv"), 200_000, 20_000);
        Path home = mount.resolve("home");
        Map<String, String> env = Map.of("ATLAS_HOME", home.toString(), "ATLAS_GRAPH_DATA", "none",
                "ATLAS_NO_DAEMON", daemon ? "0" : "1");
        AtlasProcess.Result created = AtlasProcess.run(env, "add", "concept", "seed", "--name", "Seed");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        String store = home.resolve("neo4j").toString();

        // 1. too little room for the import: refused before anything is written
        Path filler = mount.resolve("filler");
        fill(filler, free() - 30 * MB);
        AtlasProcess.Result refused = AtlasProcess.run(env, "import", pairs.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(sentences(refused)).as(refused.toString()).singleElement().asString()
                .startsWith("atlas: no space left on " + store + " for this write (about ")
                .matches(".* MB needed, \\d+ MB free\\); free \\d+ MB and run it again");
        Files.delete(filler);
        assertGraph(env, "1 concepts, 0 papers, 0 resources, 0 relationships.");

        // 2. the disk fills while the import writes: the commit fails, the command says so and ends
        Process importing = start(env, "import", pairs.toString());
        CompletableFuture<String> importErr = drain(importing.getErrorStream());
        drain(importing.getInputStream());
        ImportInProgress.await(new AtlasHome(home), importing, 300);
        fill(filler, free());
        assertThat(importing.waitFor(2, TimeUnit.MINUTES)).as("the import ends on a full disk").isTrue();
        AtlasProcess.Result failed = new AtlasProcess.Result(importing.exitValue(), "", importErr.get());
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(sentences(failed)).as(failed.toString()).singleElement().asString()
                .startsWith("atlas: no space left on " + store + ": the write failed and is kept whole or not at all; free ")
                .endsWith(" MB and run it again");
        for (ProcessHandle served : Daemons.of(home)) {
            // Neo4j panicked the database: the daemon stops instead of failing every later command
            served.onExit().get(2, TimeUnit.MINUTES);
        }

        // 3. any command on the full disk: refused before Neo4j starts (it would retry its flush forever)
        AtlasProcess.Result export = AtlasProcess.run(env, "export", "--out", dir.resolve("graph.json").toString());
        assertThat(export.exitCode()).as(export.toString()).isEqualTo(1);
        assertThat(sentences(export)).as(export.toString()).containsExactly("atlas: no space left on " + store
                + " to start the database (16 MB needed, 0 MB free); free 16 MB and run it again");

        // 4. space freed: the store opens (Neo4j drops the half-written transaction), nothing of the import is in it
        Files.delete(filler);
        assertGraph(env, "1 concepts, 0 papers, 0 resources, 0 relationships.");
        AtlasProcess.Result again = AtlasProcess.run(env, "import", pairs.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertGraph(env, " 0 papers, 0 resources, 200000 relationships.");
    }

    private long free() throws IOException {
        return Files.getFileStore(mount).getUsableSpace();
    }

    /** Takes {@code bytes} of the small file system with a file of zeros (tmpfs allocates what is written). */
    private static void fill(Path file, long bytes) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocate((int) MB);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            long left = bytes;
            while (left > 0) {
                zeros.clear().limit((int) Math.min(MB, left));
                try {
                    left -= out.write(zeros);
                } catch (IOException full) {
                    return; // the file system is full: that is what was wanted
                }
            }
        }
    }

    private static List<String> sentences(AtlasProcess.Result run) {
        return run.err().lines().filter(l -> !l.endsWith("...")).toList();
    }

    private static void assertGraph(Map<String, String> env, String counts) throws Exception {
        AtlasProcess.Result check = AtlasProcess.run(env, "check");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).as(check.toString()).contains(counts);
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        Process p = AtlasProcess.builder(env, args).start();
        p.getOutputStream().close();
        processes.add(p);
        return p;
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
