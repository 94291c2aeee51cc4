package org.mlatlas.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;

/**
 * Finds the graph's Neo4j and connects to it over Bolt:
 * <ul>
 *   <li>with a URI: that server or cluster, user and password from {@code NEO4J_USERNAME} / {@code NEO4J_PASSWORD};</li>
 *   <li>else, when an atlas process already serves this {@link AtlasHome}'s DBMS (the daemon, {@code atlas server},
 *       a --no-daemon command or window) and proves it is ours ({@link #findRunning()}): that one;</li>
 *   <li>else the daemon, started in the background ({@link DaemonLauncher}), or with --no-daemon an embedded
 *       DBMS in this process.</li>
 * </ul>
 * Nothing is sent to a listener before it answers the control channel's challenge with the marker's token, so a
 * stale or forged marker never gets the password; it is removed once the home's DBMS lock shows nobody serves.
 */
public final class StoreConnector {
    private static final Duration WAIT_FOR_OTHER_STARTER = Duration.ofSeconds(90);
    private final AtlasHome home;
    private final Map<String, String> env;

    /** A connector for this home, reading credentials for external servers from {@code env}. */
    public StoreConnector(AtlasHome home, Map<String, String> env) {
        this.home = home;
        this.env = env;
    }

    /** Connects to an external server or cluster. */
    public StoreConnection connectExternal(String uri) {
        String password = env.get("NEO4J_PASSWORD");
        Driver driver = StoreConnection.connect(uri, password == null ? AuthTokens.none()
                : StoreConnection.basic(env.get("NEO4J_USERNAME"), password));
        return new StoreConnection(driver, null, "Neo4j at " + uri, uri, false, List.of());
    }

    /**
     * Uses the DBMS an atlas process serves for this home; if none does, starts the daemon ({@code daemon} not
     * null) and uses it, or starts an embedded DBMS in this process.
     */
    public StoreConnection connectLocal(DaemonLauncher daemon) {
        Optional<Peer> running = findRunning();
        if (running.isPresent() && (daemon == null || !running.get().staleDaemon())) {
            return connect(running.get(), List.of());
        }
        DiskSpace.of(home.neo4jHome()).requireRoomToStart(); // said here, not from a daemon that could not start
        return daemon == null ? startInProcess() : connectToDaemon(daemon);
    }

    /** Uses the DBMS another process serves, or starts one in this process (waiting for one that is starting). */
    private StoreConnection startInProcess() {
        long deadline = System.nanoTime() + WAIT_FOR_OTHER_STARTER.toNanos();
        while (true) {
            try {
                return startEmbedded("127.0.0.1", 0, Duration.ofSeconds(2));
            } catch (StoreException locked) {
                if (!locked.isStoreInUse() || System.nanoTime() > deadline) {
                    throw locked;
                }
            }
            Optional<Peer> running = findRunning();
            if (running.isPresent()) {
                return connect(running.get(), List.of());
            }
        }
    }

    /**
     * Starts the embedded DBMS in this process, Bolt on {@code host:port}, and announces it in the home's marker.
     *
     * @throws StoreException when the store is in use or cannot start
     */
    public StoreConnection startEmbedded(String host, int port) {
        return startEmbedded(host, port, Duration.ZERO);
    }

    private StoreConnection startEmbedded(String host, int port, Duration lockWait) {
        DbmsHost dbms = DbmsHost.start(home, "embedded", host, port, lockWait);
        try {
            Driver driver = StoreConnection.connect(dbms.boltUri(), StoreConnection.basic("neo4j", dbms.password()));
            dbms.announce(false);
            return new StoreConnection(driver, dbms, "embedded Neo4j in " + home.root() + " (" + dbms.boltUri() + ")",
                    dbms.boltUri(), false, dbms.recovered() ? List.of(recoveredNotice()) : List.of());
        } catch (RuntimeException e) {
            dbms.stop(ShutdownTimeoutException.DEFAULT_LIMIT);
            throw e;
        }
    }

    /** Serves this home's DBMS from this process as {@code mode} ("server", "daemon"), announced once prepared. */
    public DbmsHost host(String mode, String host, int port, Duration lockWait) {
        return DbmsHost.start(home, mode, host, port, lockWait);
    }

    /** As {@link #host(String, String, int, Duration)}, Bolt with TLS required when {@code tls} is given. */
    public DbmsHost host(String mode, String host, int port, Duration lockWait, BoltTls tls) {
        return DbmsHost.start(home, mode, host, port, lockWait, tls);
    }

    /**
     * A connection to the DBMS served by {@code host} in this process (the daemon and {@code atlas server} prepare
     * the store through it before announcing it).
     */
    public static StoreConnection connectTo(DbmsHost host) {
        Driver driver = StoreConnection.connect(host.boltUri(), StoreConnection.basic("neo4j", host.password()));
        return new StoreConnection(driver, null, "Neo4j served by this process (" + host.boltUri() + ")", host.boltUri(), false, List.of());
    }

    /** The running DBMS of this home, if its marker is there and the process behind it proves it is ours. */
    public Optional<StoreConnection> connectToRunning() {
        return findRunning().map(peer -> connect(peer, List.of()));
    }

    /**
     * The process serving this home's DBMS, if the marker names one that answers the control channel's challenge;
     * empty for no marker, a dead process, or a listener that is not ours (it was sent nothing secret).
     */
    public Optional<Peer> findRunning() {
        Optional<DbmsMarker> marker = home.readMarker();
        if (marker.isEmpty()) {
            return Optional.empty();
        }
        return ControlChannel.ask(marker.get(), "hello").map(answer -> new Peer(marker.get(), answer));
    }

    /**
     * What the process serving this home says about itself ({@code status}: address, since when, memory, store,
     * log), if one does.
     */
    public Optional<Map<String, String>> status() {
        return home.readMarker().flatMap(m -> ControlChannel.ask(m, "status"));
    }

    /**
     * Asks the daemon serving this home to stop and waits (at most {@code wait}) until its process has exited.
     *
     * @return the daemon's pid, or empty when no daemon serves the home
     * @throws StoreException when the process serving the home is not a daemon, or did not stop in time
     */
    public Optional<Long> stopDaemon(Duration wait) {
        Optional<Peer> peer = findRunning();
        if (peer.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> answer = ControlChannel.ask(peer.get().marker(), "stop")
                .orElseThrow(() -> new StoreException("the atlas daemon (pid " + peer.get().pid() + ") did not answer the stop request"));
        if (answer.containsKey("refused")) {
            throw new StoreException(answer.get("refused"));
        }
        awaitExit(peer.get().pid(), wait);
        return Optional.of(peer.get().pid());
    }

    private static void awaitExit(long pid, Duration wait) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return;
        }
        try {
            process.get().onExit().get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new StoreException("the atlas daemon (pid " + pid + ") did not stop within " + wait.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the atlas daemon (pid " + pid + ") to stop");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new StoreException("cannot watch the atlas daemon (pid " + pid + "): " + e.getMessage(), e);
        }
    }

    /**
     * Starts the daemon, unless another command started one meanwhile, and connects to it. Commands starting at
     * the same moment queue on the home's start lock: the first starts the daemon, the others find it.
     */
    private StoreConnection connectToDaemon(DaemonLauncher daemon) {
        List<String> notices = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(home.startLock(), StandardOpenOption.WRITE);
             FileLock ignored = lockInterruptibly(channel)) {
            Optional<Peer> running = findRunning();
            if (running.isPresent() && running.get().staleDaemon()) {
                notices.add("replaced the atlas daemon of an older build (pid " + running.get().pid() + ")");
                stopDaemon(Duration.ofSeconds(60));
                running = Optional.empty();
            }
            if (running.isEmpty()) {
                running = awaitOrClear();
            }
            if (running.isPresent()) {
                return connect(running.get(), notices);
            }
            DbmsMarker started = daemon.start(home, this::findRunning);
            if (started.recovered()) {
                notices.add(recoveredNotice());
            }
            return connect(new Peer(started, Map.of()), notices);
        } catch (IOException e) {
            throw new StoreException("cannot use the lock " + home.startLock() + ": " + e.getMessage(), e);
        }
    }

    /**
     * With no process answering for the marker: when the DBMS lock is free nobody serves, so a marker left there
     * is stale (a killed process) or forged, and is removed; when it is held, a process is starting or stopping
     * the DBMS: wait for it to answer or let go.
     */
    private Optional<Peer> awaitOrClear() {
        long deadline = System.nanoTime() + WAIT_FOR_OTHER_STARTER.toNanos();
        while (DbmsHost.isHeld(home)) {
            Optional<Peer> running = findRunning();
            if (running.isPresent()) {
                return running;
            }
            if (System.nanoTime() > deadline) {
                throw new StoreException("another process holds the store of " + home.root() + " and does not answer;"
                        + " if no atlas process runs, remove " + home.dbmsLock().getParent());
            }
            sleep(100);
        }
        home.removeMarker(-1);
        return Optional.empty();
    }

    private static FileLock lockInterruptibly(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + WAIT_FOR_OTHER_STARTER.toNanos();
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException sameProcess) {
                // another thread of this process is starting the daemon: wait for it like any other process
            }
            if (System.nanoTime() > deadline) {
                throw new StoreException("another atlas command has been starting the daemon for "
                        + WAIT_FOR_OTHER_STARTER.toSeconds() + " s; see its log");
            }
            sleep(50);
        }
    }

    private StoreConnection connect(Peer peer, List<String> notices) {
        Driver driver = StoreConnection.open(peer.boltUri(), StoreConnection.basic("neo4j", home.password()));
        String who = peer.marker().isDaemon() ? "the atlas daemon" : "atlas " + peer.marker().mode() + " process";
        return new StoreConnection(driver, null, who + " (pid " + peer.pid() + ", " + peer.boltUri() + ") for " + home.root(),
                peer.boltUri(), peer.marker().prepared(), notices);
    }

    private static String recoveredNotice() {
        return "the store was not closed cleanly last time; Neo4j recovered it";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database");
        }
    }

    /**
     * A process that proved it serves this home's DBMS.
     *
     * @param marker what its marker says
     * @param answer what it answered (its Bolt address is taken from the authenticated answer, not the file)
     */
    public record Peer(DbmsMarker marker, Map<String, String> answer) {
        /** Its pid. */
        public long pid() {
            return Long.parseLong(answer.getOrDefault("pid", Long.toString(marker.pid())));
        }

        /** Its Bolt URI. */
        public String boltUri() {
            return answer.getOrDefault("bolt.scheme", "bolt") + "://" + DbmsMarker.hostPort(answer.getOrDefault("bolt.host",
                    marker.boltHost()), Integer.parseInt(answer.getOrDefault("bolt.port", Integer.toString(marker.boltPort()))));
        }

        /** True for a daemon of another build (it is replaced). */
        public boolean staleDaemon() {
            return marker.isDaemon() && !answer.getOrDefault("build", marker.build()).equals(BuildStamp.current());
        }
    }
}
