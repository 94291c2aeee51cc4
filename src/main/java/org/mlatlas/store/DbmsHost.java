package org.mlatlas.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * This process serving the home's DBMS to every atlas process: the embedded Neo4j (Bolt on loopback, auth on),
 * the control channel clients check it with, the marker that tells them where both listen, and the home's DBMS
 * lock, held for as long as it serves (so a second DBMS never opens the same store, and a process killed with
 * kill -9 leaves no lock behind: the operating system releases it).
 */
public final class DbmsHost {
    private final AtlasHome home;
    private final String mode;
    private final String listenHost;
    private final EmbeddedDbms dbms;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ControlChannel.Server control;
    private final String token = ControlChannel.newToken();
    private final Instant startedAt = Instant.now();
    private final AtomicLong lastActivity = new AtomicLong(System.currentTimeMillis());
    private volatile Supplier<Map<String, String>> status = Map::of;
    private volatile Runnable stopRequest;
    private volatile boolean prepared;
    private volatile Path log;

    private DbmsHost(AtlasHome home, String mode, String listenHost, EmbeddedDbms dbms, FileChannel lockChannel, FileLock lock)
            throws IOException {
        this.home = home;
        this.mode = mode;
        this.listenHost = listenHost;
        this.dbms = dbms;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.control = new ControlChannel.Server(token, this::answer);
    }

    /**
     * Takes the home's DBMS lock (waiting up to {@code lockWait} for a process that is stopping) and starts the
     * embedded DBMS, Bolt on {@code host:port} (port 0: a free one). Announce it with {@link #announce(boolean)}.
     *
     * @param mode {@code daemon}, {@code server} or {@code embedded}, for the marker and {@code atlas daemon status}
     * @throws StoreException when another process serves the store, the port is taken, or Neo4j cannot start
     */
    public static DbmsHost start(AtlasHome home, String mode, String host, int port, Duration lockWait) {
        return start(home, mode, host, port, lockWait, null);
    }

    /** As {@link #start(AtlasHome, String, String, int, Duration)}, Bolt with TLS required when {@code tls} is given. */
    public static DbmsHost start(AtlasHome home, String mode, String host, int port, Duration lockWait, BoltTls tls) {
        Path lockFile = home.dbmsLock();
        FileChannel channel = null;
        FileLock lock = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + lockWait.toNanos();
            while ((lock = tryLock(channel)) == null) {
                if (System.nanoTime() > deadline) {
                    throw new StoreException("the Neo4j store in " + home.neo4jHome() + " is in use by another process"
                            + home.readMarker().map(m -> " (atlas " + m.mode() + ", pid " + m.pid() + ")").orElse(""), null, true);
                }
                Thread.sleep(50);
            }
            EmbeddedDbms dbms = EmbeddedDbms.start(home.neo4jHome(), host, port, home.password(),
                    tls == null ? Map.of() : tls.settings());
            try {
                restrictStore(home.neo4jHome());
                return new DbmsHost(home, mode, host, dbms, channel, lock);
            } catch (IOException | RuntimeException e) {
                dbms.close(ShutdownTimeoutException.DEFAULT_LIMIT);
                throw e;
            }
        } catch (IOException e) {
            release(channel, lock);
            throw new StoreException("cannot serve the store of " + home.root() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(channel, lock);
            throw new StoreException("interrupted while waiting for the store of " + home.root());
        } catch (RuntimeException e) {
            release(channel, lock);
            throw e;
        }
    }

    /** True when some process (this one included) holds the home's DBMS lock: a DBMS is serving or starting. */
    static boolean isHeld(AtlasHome home) {
        try (FileChannel channel = FileChannel.open(home.dbmsLock(), StandardOpenOption.WRITE)) {
            FileLock probe = tryLock(channel);
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lock " + home.dbmsLock(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldByThisProcess) {
            return null;
        }
    }

    /** Writes the marker: from now on other processes find and use this DBMS. */
    public void announce(boolean storePrepared) {
        this.prepared = storePrepared;
        home.writeMarker(marker());
    }

    /** Where this process logs (for the marker and {@code status}), or null. */
    public void setLog(Path log) {
        this.log = log;
    }

    /** What {@code status} adds to the address (memory, idle time, ...). */
    public void setStatus(Supplier<Map<String, String>> status) {
        this.status = status;
    }

    /** What an authenticated {@code stop} request does; without one, {@code stop} is refused. */
    public void onStopRequest(Runnable stopRequest) {
        this.stopRequest = stopRequest;
    }

    /** The marker as written. */
    public DbmsMarker marker() {
        return new DbmsMarker(ProcessHandle.current().pid(), mode, boltHost(), dbms.boltPort(), control.port(), token,
                BuildStamp.current(), startedAt, prepared, dbms.recovered(), log);
    }

    /** The Bolt host clients connect to (loopback when bound to every interface). */
    public String boltHost() {
        return everyInterface() ? "127.0.0.1" : dbms.boltHost();
    }

    /** True when Bolt is bound to every interface (Neo4j reports 0.0.0.0 as 0:0:0:0:0:0:0:0). */
    private boolean everyInterface() {
        String bound = dbms.boltHost();
        return bound.equals("0.0.0.0") || bound.equals("::") || bound.replace("0", "").replace(":", "").isEmpty();
    }

    /** The Bolt URI clients connect to. */
    public String boltUri() {
        return dbms.boltScheme() + "://" + DbmsMarker.hostPort(boltHost(), dbms.boltPort());
    }

    /**
     * The address Bolt is bound to, as given to Neo4j with the port it bound ({@code 0.0.0.0:7687} or
     * {@code [::]:7687} for every interface, {@code [::1]:7687} for an IPv6 address).
     */
    public String boundAddress() {
        if (everyInterface()) {
            return (listenHost.contains(":") ? "[::]:" : "0.0.0.0:") + dbms.boltPort();
        }
        return DbmsMarker.hostPort(listenHost, dbms.boltPort());
    }

    /** The password of user neo4j. */
    String password() {
        return home.password();
    }

    /** The embedded DBMS. */
    EmbeddedDbms dbms() {
        return dbms;
    }

    /** True when Neo4j recovered the store at this start. */
    public boolean recovered() {
        return dbms.recovered();
    }

    /** Why the database stopped working (it needs a restart: a full disk), or null while it works. */
    public String failure() {
        return dbms.failure();
    }

    /** When it started serving. */
    public Instant startedAt() {
        return startedAt;
    }

    /** Open Bolt connections (other processes' and this one's). */
    public int openConnections() {
        return dbms.openConnections();
    }

    /**
     * The last moment a client showed activity: a hello on the control channel, or a Bolt connection open at the time of
     * asking (a window's pooled connection keeps the DBMS busy for as long as the window is open).
     */
    public Instant lastActivity() {
        if (dbms.openConnections() > 0) {
            touch();
        }
        return Instant.ofEpochMilli(lastActivity.get());
    }

    private void touch() {
        lastActivity.set(System.currentTimeMillis());
    }

    private Map<String, String> answer(String command) {
        Map<String, String> reply = new LinkedHashMap<>();
        DbmsMarker marker = marker();
        reply.put("pid", Long.toString(marker.pid()));
        reply.put("mode", mode);
        reply.put("build", marker.build());
        reply.put("bolt.host", marker.boltHost());
        reply.put("bolt.port", Integer.toString(marker.boltPort()));
        reply.put("bolt.scheme", dbms.boltScheme());
        switch (command) {
            case "hello":
                touch(); // a client is about to use the DBMS
                return reply;
            case "status":
                reply.put("started", startedAt.toString());
                reply.put("store", home.neo4jHome().toString());
                reply.put("connections", Integer.toString(dbms.openConnections()));
                if (log != null) {
                    reply.put("log", log.toString());
                }
                reply.putAll(status.get());
                return reply;
            case "stop":
                Runnable stop = stopRequest;
                if (stop == null) {
                    reply.put("refused", "atlas " + mode + " (pid " + marker.pid() + ") runs in the foreground: stop it there");
                } else {
                    reply.put("stopping", "true");
                    Thread t = new Thread(stop, "atlas-stop-request");
                    t.start();
                }
                return reply;
            default:
                return null;
        }
    }

    /**
     * Stops serving: removes the marker (new clients no longer come), closes the control channel, stops the DBMS
     * within {@code limit}, releases the lock.
     *
     * @throws ShutdownTimeoutException when the DBMS did not stop in time (the lock stays held until the process exits)
     */
    public void stop(Duration limit) {
        withdraw();
        control.close();
        dbms.close(limit);
        release(lockChannel, lock);
    }

    /** Removes the marker: new clients no longer find this DBMS (those connected keep their connections). */
    public void withdraw() {
        home.removeMarker(ProcessHandle.current().pid());
    }

    private static void release(FileChannel channel, FileLock lock) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // the operating system releases the lock when the process exits
        }
    }

    /**
     * The store's existing files made owner-only (files Neo4j creates later sit in owner-only folders). The store is
     * live while this walks it: a file that vanishes meanwhile (Lucene deletes the segments a recovery left
     * unreferenced) is skipped, not an error.
     */
    private static void restrictStore(Path store) throws IOException {
        Files.walkFileTree(store, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                AtlasHome.restrictToOwner(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                AtlasHome.restrictToOwner(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
