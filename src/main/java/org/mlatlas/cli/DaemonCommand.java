package org.mlatlas.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mlatlas.app.Atlas;
import org.mlatlas.graphdata.GraphDataException;
import org.mlatlas.store.DbmsHost;
import org.mlatlas.store.Neo4jGraphStore;
import org.mlatlas.store.ShutdownTimeoutException;
import org.mlatlas.store.StoreConnection;
import org.mlatlas.store.StoreConnector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atlas daemon status|stop|start}: the background process that serves the home's DBMS to every atlas
 * command and window (started by the first command that needs the store; see docs/decisions/0004).
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = {"The background DBMS every atlas command and window of this $ATLAS_HOME uses.",
            "Started by the first command that needs the store; stops after 15 min without clients",
            "(ATLAS_DAEMON_IDLE_TIMEOUT), on atlas daemon stop, or on SIGTERM. --no-daemon does without it."},
        subcommands = {DaemonCommand.Status.class, DaemonCommand.Stop.class, DaemonCommand.Start.class, DaemonCommand.Run.class})
final class DaemonCommand extends BaseCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return 2;
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Where the daemon listens, since when, its memory, the store it owns and its log.")
    static final class Status extends BaseCommand {
        @Override
        public Integer call() {
            AtlasContext context = context();
            Optional<Map<String, String>> status = new StoreConnector(context.home(), context.env()).status();
            if (status.isEmpty()) {
                out().println("No atlas daemon runs for " + context.home().root() + " (the next command starts one).");
                return 0;
            }
            print(status.get(), out());
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the daemon (the next command starts a new one).")
    static final class Stop extends BaseCommand {
        @Override
        public Integer call() {
            AtlasContext context = context();
            Optional<Long> stopped = new StoreConnector(context.home(), context.env())
                    .stopDaemon(context.shutdownLimit().plusSeconds(30));
            out().println(stopped.map(pid -> "Stopped the atlas daemon (pid " + pid + ") of " + context.home().root() + ".")
                    .orElse("No atlas daemon runs for " + context.home().root() + "."));
            return 0;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start the daemon now unless it runs, and say where it listens.")
    static final class Start extends BaseCommand {
        @Override
        public Integer call() throws Exception {
            AtlasContext context = context();
            if (!context.daemonAllowed() || context.uri() != null) {
                throw new IllegalArgumentException("atlas daemon start serves the local store; --no-daemon and --uri do not apply");
            }
            context.atlas();
            out().println("atlas: using " + context.connection().description());
            return 0;
        }
    }

    /** The daemon itself, run detached by the first command that needs it (not for people to type). */
    @Command(name = "run", hidden = true, description = "Serve the DBMS in this process until idle, stopped or terminated.")
    static final class Run extends BaseCommand {
        @Option(names = "--idle-timeout", defaultValue = "15m", description = "stop after this long without clients")
        String idleTimeout;

        @Option(names = "--graph-data", description = "graph-data loaded into an empty store")
        Path graphData;

        private final CountDownLatch stop = new CountDownLatch(1);
        private final CountDownLatch stopped = new CountDownLatch(1);

        @Override
        public Integer call() throws Exception {
            AtlasContext context = context();
            Duration idle = Durations.parse(idleTimeout, "--idle-timeout");
            Duration shutdownLimit = context.shutdownLimit();
            PrintWriter log = out();
            log(log, "starting (pid " + ProcessHandle.current().pid() + ", build " + org.mlatlas.store.BuildStamp.current()
                    + ") for " + context.home().root());
            DbmsHost host = new StoreConnector(context.home(), context.env()).host("daemon", "127.0.0.1", 0, Duration.ofSeconds(60));
            try {
                host.setLog(context.home().daemonLog());
                host.onStopRequest(() -> {
                    log(log, "stop requested by atlas daemon stop");
                    stop.countDown();
                });
                host.setStatus(() -> memoryAndIdle(host, idle));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    if (stop.getCount() > 0) {
                        log(log, "terminated by a signal: stopping");
                        stop.countDown();
                    }
                    awaitQuietly(stopped, shutdownLimit.plusSeconds(5));
                }, "atlas-daemon-signal"));
                if (host.recovered()) {
                    log(log, "the store was not closed cleanly last time; Neo4j recovered it");
                }
                host.announce(prepare(host, log));
                log(log, "listening on " + host.boltUri() + "; stops after " + Durations.describe(idle) + " without clients");
                while (!stop.await(Math.min(1000, Math.max(50, idle.toMillis() / 4)), TimeUnit.MILLISECONDS)) {
                    Duration quiet = Duration.between(host.lastActivity(), Instant.now());
                    if (quiet.compareTo(idle) >= 0) {
                        log(log, "no client for " + Durations.describe(idle) + ": stopping");
                        break;
                    }
                    String failure = host.failure();
                    if (failure != null) {
                        // every query fails until Neo4j restarts: stop, the next command starts a daemon that recovers
                        log(log, "the database stopped working (" + failure + "): stopping");
                        break;
                    }
                }
                host.stop(shutdownLimit);
                log(log, "stopped");
                return 0;
            } catch (ShutdownTimeoutException e) {
                log(log, e.getMessage());
                log.flush();
                Runtime.getRuntime().halt(1);
                return 1;
            } finally {
                stopped.countDown();
            }
        }

        /** Brings the schema up to date and loads graph-data into an empty store; false when graph-data is invalid. */
        private boolean prepare(DbmsHost host, PrintWriter log) {
            try (StoreConnection connection = StoreConnector.connectTo(host)) {
                Path data = graphData != null ? graphData : context().graphData();
                if (new Atlas(new Neo4jGraphStore(connection.driver())).initialize(data)) {
                    log(log, "loaded " + data + " into the empty store");
                }
                return true;
            } catch (GraphDataException e) {
                log(log, "graph-data was not loaded (each command reports why): " + e.getMessage().lines().findFirst().orElse(""));
                return false;
            }
        }

        private static Map<String, String> memoryAndIdle(DbmsHost host, Duration idle) {
            Map<String, String> status = new LinkedHashMap<>();
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            status.put("heap.used", Long.toString(heap.getUsed()));
            status.put("heap.committed", Long.toString(heap.getCommitted()));
            status.put("heap.max", Long.toString(heap.getMax()));
            residentBytes().ifPresent(rss -> status.put("rss", Long.toString(rss)));
            status.put("idle.timeout", Long.toString(idle.toMillis()));
            status.put("idle.for", Long.toString(Duration.between(host.lastActivity(), Instant.now()).toMillis()));
            return status;
        }

        private static Optional<Long> residentBytes() {
            try {
                return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst();
            } catch (java.io.IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        private static void log(PrintWriter log, String line) {
            log.println(LocalDateTime.now().format(WHEN) + " atlas daemon: " + line);
            log.flush();
        }

        private static void awaitQuietly(CountDownLatch latch, Duration limit) {
            try {
                latch.await(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Prints what {@code status} answered, one fact a line. */
    static void print(Map<String, String> s, PrintWriter out) {
        boolean daemon = "daemon".equals(s.get("mode"));
        out.println((daemon ? "atlas daemon" : "atlas " + s.get("mode") + " process") + " (pid " + s.get("pid")
                + ", build " + s.get("build") + ")");
        Instant started = Instant.parse(s.get("started"));
        out.println("  listening on bolt://" + s.get("bolt.host") + ":" + s.get("bolt.port") + " since "
                + LocalDateTime.ofInstant(started, ZoneId.systemDefault()).format(WHEN) + " (up "
                + Durations.describe(Duration.between(started, Instant.now())) + ")");
        if (s.containsKey("heap.used")) {
            out.println("  memory: " + (s.containsKey("rss") ? mb(s.get("rss")) + " resident; " : "") + "Java heap "
                    + mb(s.get("heap.used")) + " used of " + mb(s.get("heap.committed")) + " (at most "
                    + mb(s.get("heap.max")) + "), Neo4j page cache at most 256 MB");
        }
        out.println("  store: " + s.get("store"));
        if (s.containsKey("log")) {
            out.println("  log: " + s.get("log"));
        }
        if (daemon && s.containsKey("idle.timeout")) {
            out.println("  clients: " + s.get("connections") + " connected; stops after "
                    + Durations.describe(Duration.ofMillis(Long.parseLong(s.get("idle.timeout")))) + " without clients"
                    + " (idle for " + Durations.describe(Duration.ofMillis(Long.parseLong(s.get("idle.for")))) + ")");
        } else {
            out.println("  clients: " + s.get("connections") + " connected");
        }
    }

    private static String mb(String bytes) {
        return Math.round(Long.parseLong(bytes) / (1024.0 * 1024.0)) + " MB";
    }
}
