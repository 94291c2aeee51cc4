package org.mlatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlatlas.store.AtlasHome;
import org.mlatlas.store.BuildStamp;
import org.mlatlas.store.DbmsMarker;
import org.mlatlas.support.AtlasProcess;
import org.mlatlas.support.Daemons;
import org.mlatlas.support.Graphs;

/**
 * The atlas daemon, with real processes and a real Neo4j: started by the first command and reused, stopped when
 * idle, by {@code atlas daemon stop}, replaced when killed or of another build; one DBMS however many commands
 * start at once; never a password to a listener that is not ours; --no-daemon; file modes; bounded shutdown.
 */
class DaemonTest {
    @TempDir
    Path root;
    private Path home;
    private Path graphData;
    private final List<Process> others = new ArrayList<>();

    @BeforeEach
    void graphData() throws IOException {
        graphData = Graphs.writeGraphData(Graphs.dpo(), root.resolve("graph-data"));
        home = root.resolve("home");
    }

    @AfterEach
    void stopEverything() throws Exception {
        try {
            Daemons.stopAll(home);
        } finally {
            for (Process p : others) {
                p.destroyForcibly();
                p.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    private Map<String, String> env(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("ATLAS_HOME", home.toString(), "ATLAS_GRAPH_DATA", graphData.toString(),
                "ATLAS_DAEMON_IDLE_TIMEOUT", "60s"));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    private DbmsMarker marker() {
        return new AtlasHome(home).readMarker().orElseThrow(() -> new AssertionError("no marker in " + home));
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static List<ProcessHandle> daemonsOf(Path home) {
        return Daemons.of(home);
    }

    private String daemonLog() throws IOException {
        return Files.readString(home.resolve("logs/daemon.log"));
    }

    @Test
    void theFirstCommandStartsTheDaemonAndLaterCommandsAndStatusUseIt() throws Exception {
        AtlasProcess.Result first = AtlasProcess.run(env(), "path", "dpo");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("(rlhf)");
        DbmsMarker daemon = marker();
        assertThat(daemon.isDaemon()).isTrue();
        assertThat(alive(daemon.pid())).as("the daemon outlives the command that started it").isTrue();

        AtlasProcess.Result link = AtlasProcess.run(env(), "link", "arxiv:2203.02155", "EXPLAINS", "kl-divergence");
        assertThat(link.exitCode()).as(link.toString()).isZero();
        AtlasProcess.Result show = AtlasProcess.run(env(), "show", "kl-divergence");
        assertThat(show.out()).contains("arxiv:2203.02155");
        assertThat(marker().pid()).as("later commands reuse the daemon").isEqualTo(daemon.pid());
        assertThat(daemonsOf(home)).extracting(ProcessHandle::pid).containsExactly(daemon.pid());

        AtlasProcess.Result status = AtlasProcess.run(env(), "daemon", "status");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("atlas daemon (pid " + daemon.pid() + ", build " + BuildStamp.current() + ")")
                .contains("listening on bolt://127.0.0.1:" + daemon.boltPort() + " since ")
                .contains("memory: ").contains(" MB resident")
                .contains("store: " + home.resolve("neo4j"))
                .contains("log: " + home.resolve("logs/daemon.log"))
                .contains("stops after 1 min without clients");

        AtlasProcess.Result stop = AtlasProcess.run(env(), "daemon", "stop");
        assertThat(stop.out().strip()).isEqualTo("Stopped the atlas daemon (pid " + daemon.pid() + ") of " + home + ".");
        assertThat(alive(daemon.pid())).isFalse();
        assertThat(new AtlasHome(home).readMarker()).isEmpty();
        assertThat(daemonLog()).contains("stop requested by atlas daemon stop").contains("atlas daemon: stopped");
        assertThat(AtlasProcess.run(env(), "daemon", "status").out()).startsWith("No atlas daemon runs for " + home);
    }

    @Test
    void theDaemonStopsByItselfAfterTheIdleTimeOut() throws Exception {
        AtlasProcess.Result show = AtlasProcess.run(env("ATLAS_DAEMON_IDLE_TIMEOUT", "2s"), "show", "dpo");
        assertThat(show.exitCode()).as(show.toString()).isZero();
        long pid = marker().pid();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        assertThat(daemonLog()).contains("no client for 2 s: stopping").contains("atlas daemon: stopped");
        assertThat(new AtlasHome(home).readMarker()).isEmpty();
    }

    @Test
    void aDaemonKilledWithKillNineIsReplacedByTheNextCommandAndTheStoreRecovered() throws Exception {
        AtlasProcess.Result link = AtlasProcess.run(env(), "link", "arxiv:2203.02155", "EXPLAINS", "kl-divergence");
        assertThat(link.exitCode()).as(link.toString()).isZero();
        ProcessHandle killed = ProcessHandle.of(marker().pid()).orElseThrow();
        killed.destroyForcibly();
        killed.onExit().get(60, TimeUnit.SECONDS);

        AtlasProcess.Result show = AtlasProcess.run(env(), "show", "kl-divergence");
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).as("the edge written before the kill").contains("arxiv:2203.02155");
        assertThat(show.err()).contains("atlas: the store was not closed cleanly last time; Neo4j recovered it");
        assertThat(marker().pid()).isNotEqualTo(killed.pid());
        assertThat(daemonsOf(home)).hasSize(1);
    }

    @Test
    void twoCommandsStartedAtTheSameMomentEndWithOneDaemon() throws Exception {
        Process a = AtlasProcess.builder(env(), "path", "dpo").redirectError(ProcessBuilder.Redirect.PIPE).start();
        Process b = AtlasProcess.builder(env(), "show", "dpo").redirectError(ProcessBuilder.Redirect.PIPE).start();
        others.add(a);
        others.add(b);
        String outA = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String outB = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(a.waitFor()).as(new String(a.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        assertThat(b.waitFor()).as(new String(b.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        assertThat(outA).contains("(rlhf)");
        assertThat(outB).startsWith("Direct preference optimization  (dpo, concept)");
        assertThat(daemonsOf(home)).extracting(ProcessHandle::pid).containsExactly(marker().pid());
        assertThat(daemonLog().lines().filter(l -> l.contains("atlas daemon: starting"))).hasSize(1);
    }

    @Test
    void aStaleMarkerOfAProcessThatIsGoneIsReplaced() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        writeMarker(gone.pid(), closedPort, closedPort);

        AtlasProcess.Result show = AtlasProcess.run(env(), "show", "dpo");
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(marker().isDaemon()).isTrue();
        assertThat(marker().pid()).isNotEqualTo(gone.pid());
    }

    @ParameterizedTest(name = "a listener that {0}")
    @ValueSource(strings = {"never answers", "answers like a Bolt server"})
    void aMarkerPointingAtALiveProcessAndAListenerThatAreNotOursGetsNoPassword(String behaviour) throws Exception {
        Process foreign = new ProcessBuilder("sleep", "600").start();
        others.add(foreign);
        try (FakeListener fake = new FakeListener(0, behaviour.startsWith("answers"))) {
            writeMarker(foreign.pid(), fake.port(), fake.port());

            AtlasProcess.Result show = AtlasProcess.run(env(), "show", "dpo");
            assertThat(show.exitCode()).as(show.toString()).isZero();
            assertThat(show.out()).startsWith("Direct preference optimization  (dpo, concept)");
            String password = Files.readString(home.resolve("credentials")).trim();
            assertThat(fake.received()).as("the impostor was asked to prove itself").contains("ATLAS-CONTROL/1")
                    .doesNotContain(password);
            assertThat(marker().pid()).as("a daemon of ours serves the store now").isNotEqualTo(foreign.pid());
            assertThat(marker().isDaemon()).isTrue();
        }
    }

    @Test
    void aForeignListenerOnTheKilledDaemonsPortsGetsNoPassword() throws Exception {
        assertThat(AtlasProcess.run(env(), "show", "dpo").exitCode()).isZero();
        DbmsMarker killed = marker();
        ProcessHandle.of(killed.pid()).orElseThrow().destroyForcibly();
        ProcessHandle.of(killed.pid()).ifPresent(p -> p.onExit().join());
        try (FakeListener bolt = new FakeListener(killed.boltPort(), true);
             FakeListener control = new FakeListener(killed.controlPort(), false)) {
            AtlasProcess.Result show = AtlasProcess.run(env(), "show", "dpo");
            assertThat(show.exitCode()).as(show.toString()).isZero();
            String password = Files.readString(home.resolve("credentials")).trim();
            assertThat(control.received()).contains("ATLAS-CONTROL/1").doesNotContain(password);
            assertThat(bolt.received()).as("nothing goes to the old Bolt port").isEmpty();
            assertThat(marker().pid()).isNotEqualTo(killed.pid());
        }
    }

    @Test
    void noDaemonRunsTheDbmsInTheCommandsOwnProcess() throws Exception {
        AtlasProcess.Result path = AtlasProcess.run(env(), "--no-daemon", "path", "dpo");
        assertThat(path.exitCode()).as(path.toString()).isZero();
        assertThat(path.out()).contains("(rlhf)");
        AtlasProcess.Result show = AtlasProcess.run(env("ATLAS_NO_DAEMON", "1"), "show", "dpo");
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(daemonsOf(home)).isEmpty();
        assertThat(new AtlasHome(home).readMarker()).isEmpty();
        assertThat(home.resolve("logs/daemon.log")).doesNotExist();
    }

    @Test
    void aDaemonOfAnotherBuildIsReplaced() throws Exception {
        Process old = AtlasProcess.builder(List.of("-Datlas.build=0.0.1+older"), env(),
                "--home", home.toString(), "daemon", "run", "--idle-timeout", "60s", "--graph-data", graphData.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        others.add(old);
        awaitMarkerOf(old.pid());
        assertThat(marker().build()).isEqualTo("0.0.1+older");

        AtlasProcess.Result show = AtlasProcess.run(env(), "show", "dpo");
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.err()).contains("atlas: replaced the atlas daemon of an older build (pid " + old.pid() + ")");
        assertThat(old.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(marker().build()).isEqualTo(BuildStamp.current());
        assertThat(marker().pid()).isNotEqualTo(old.pid());
    }

    @Test
    void theHomeIsTheOwnersOnlyAndNoUnsaltedPasswordHashIsKept() throws Exception {
        Files.createDirectories(home.resolve("neo4j"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("neo4j/password-applied"), "left by an older build\n");
        Files.writeString(home.resolve("credentials"), "an-older-builds-password\n");
        Files.setPosixFilePermissions(home.resolve("credentials"), PosixFilePermissions.fromString("rw-r--r--"));

        AtlasProcess.Result show = AtlasProcess.run(env(), "show", "dpo");
        assertThat(show.exitCode()).as(show.toString()).isZero();
        for (String dir : List.of("", "run", "logs", "neo4j")) {
            assertThat(Files.getPosixFilePermissions(home.resolve(dir))).as(dir).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        }
        for (String file : List.of("credentials", "run/dbms.properties", "run/dbms.lock", "run/start.lock", "logs/daemon.log")) {
            assertThat(Files.getPosixFilePermissions(home.resolve(file))).as(file).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        Set<PosixFilePermission> others = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
        String password = Files.readString(home.resolve("credentials")).trim();
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.toList()) {
                assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).doesNotContainAnyElementsOf(others);
                if (Files.isRegularFile(f) && !f.equals(home.resolve("credentials"))) {
                    assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                            .doesNotContain(digest).doesNotContain(password);
                }
            }
        }
        assertThat(home.resolve("neo4j/password-applied")).doesNotExist();
    }

    @Test
    void aShutdownPastItsTimeLimitExitsNonZeroInOneSentenceAndTheNextStartRecovers() throws Exception {
        AtlasProcess.Result link = AtlasProcess.run(env("ATLAS_SHUTDOWN_TIMEOUT", "0ms"), "--no-daemon",
                "link", "arxiv:2203.02155", "EXPLAINS", "kl-divergence");
        assertThat(link.exitCode()).as(link.toString()).isEqualTo(1);
        assertThat(link.out()).contains("arxiv:2203.02155");
        assertThat(link.err().strip()).isEqualTo("atlas: the database did not shut down within 0 s;"
                + " exiting without a clean shutdown (the next start recovers the store)");

        AtlasProcess.Result show = AtlasProcess.run(env(), "--no-daemon", "show", "kl-divergence");
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.err()).contains("atlas: the store was not closed cleanly last time; Neo4j recovered it");
        assertThat(show.out()).as("the edge committed before the cut-off").contains("arxiv:2203.02155");
    }

    @Test
    void aCommandTalkingToTheDaemonLoadsNoNeo4jKernelClasses() throws Exception {
        assertThat(AtlasProcess.run(env(), "daemon", "start").exitCode()).isZero();
        Path classes = root.resolve("classes.log");
        AtlasProcess.Result path = AtlasProcess.run(List.of("-Xlog:class+load=info:file=" + classes), env(), "path", "dpo");
        assertThat(path.exitCode()).as(path.toString()).isZero();
        List<String> loaded = Files.readAllLines(classes).stream().map(l -> l.replaceFirst(".*\\[class,load\\] (\\S+).*", "$1")).toList();
        assertThat(loaded).contains("org.mlatlas.plan.Planner", "org.neo4j.driver.internal.InternalDriver");
        assertThat(loaded).filteredOn(c -> c.startsWith("org.neo4j.") && !c.startsWith("org.neo4j.driver.")
                && !c.startsWith("org.neo4j.bolt.connection.")).as("classes of the Neo4j server loaded by a client").isEmpty();
    }

    private void writeMarker(long pid, int boltPort, int controlPort) throws IOException {
        Files.createDirectories(home.resolve("run"));
        Files.writeString(home.resolve("run/dbms.properties"), "pid=" + pid + "\nmode=daemon\nbolt.host=127.0.0.1\nbolt.port="
                + boltPort + "\ncontrol.port=" + controlPort + "\ntoken=" + "ab".repeat(32) + "\nbuild=" + BuildStamp.current()
                + "\nstarted=2026-01-01T00:00:00Z\nprepared=true\n");
    }

    private void awaitMarkerOf(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (new AtlasHome(home).readMarker().filter(m -> m.pid() == pid).isEmpty()) {
            assertThat(System.nanoTime()).as("the daemon's marker").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** A listener that is not ours: records what it is sent; stays silent, or answers like a Bolt server and hangs up. */
    private static final class FakeListener implements AutoCloseable {
        private final ServerSocket socket;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final Thread thread;

        FakeListener(int port, boolean answers) throws IOException {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        InputStream in = client.getInputStream();
                        if (answers) {
                            client.getOutputStream().write(new byte[] {0, 0, 4, 4}); // "Bolt 4.4"
                            client.getOutputStream().flush();
                        }
                        client.setSoTimeout(answers ? 500 : 30_000);
                        byte[] buffer = new byte[4096];
                        int n;
                        try {
                            while ((n = in.read(buffer)) > 0) {
                                synchronized (received) {
                                    received.write(buffer, 0, n);
                                }
                            }
                        } catch (IOException timeout) {
                            // hang up
                        }
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "fake-listener");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        String received() {
            synchronized (received) {
                return received.toString(StandardCharsets.ISO_8859_1);
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
