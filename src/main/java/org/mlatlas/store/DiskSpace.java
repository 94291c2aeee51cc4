package org.mlatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;

/**
 * The free space of the file system that holds a local store, and what a write or a start of the DBMS needs
 * of it. Neo4j does not fail cleanly on a full disk: a commit that does not fit panics the database, and a
 * page-cache flush that cannot write retries forever at full CPU (MuninnPageCache.flushAndCloseWithoutFail),
 * so a start (recovery) or a stop on a full disk never ends. Hence: large writes are measured against the free
 * space before they start, a write that fails on a full disk is reported as such, and starts and stops are
 * abandoned (with that sentence) when the disk is full while they run.
 */
public final class DiskSpace {
    private static final long MB = 1024 * 1024;

    /**
     * Store growth per written node and relationship and per character of text, transaction log and store
     * files together, measured on Neo4j 5.26 with this project's settings: 200k pairs between 20k topics took
     * 21.0 MB of log and 13.1 MB of store (about 150 bytes per relationship); 50k concepts with 6.6 MB of text
     * took 20 MB of log and 17 MB of store (about 200 bytes per node and 4 per character). The estimate adds a
     * quarter and the room a checkpoint and the next start need.
     */
    static final long BYTES_PER_NODE = 200;
    static final long BYTES_PER_RELATION = 150;
    static final long BYTES_PER_CHARACTER = 4;

    /**
     * What a start and a stop of the DBMS need free: measured, a start and a stop of a 37 MB store write 0.1 MB
     * (a checkpoint, debug.log); a start after a crash also replays the transaction log into the store, and a
     * log file is rotated at 16 MB (EmbeddedDbms's logical_log_rotation_threshold).
     */
    static final long TO_START = 16 * MB;

    /** Below this much free space, a flush of the page cache can no longer write: the disk counts as full. */
    static final long FULL = MB;

    /** How long the disk must stay full while a start or stop runs before it is abandoned. */
    static final long FULL_FOR_MILLIS = 2_000;

    private final Path home;

    private DiskSpace(Path home) {
        this.home = home.toAbsolutePath();
    }

    /** The file system that holds the store folder {@code home} (it need not exist yet). */
    public static DiskSpace of(Path home) {
        return new DiskSpace(home);
    }

    /** Bytes free for this user on the home's file system (0 when it cannot be told). */
    public long free() {
        Path existing = home;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? 0 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    /** About how many bytes writing these nodes (new or updated) and relationships adds to the store. */
    static long estimate(Collection<Node> nodes, Collection<Relation> relations) {
        long text = 0;
        for (Node n : nodes) {
            text += textLength(NodeMapping.toProperties(n).values());
        }
        for (Relation r : relations) {
            text += textLength(java.util.Arrays.asList(r.note(), r.part()));
        }
        long bytes = nodes.size() * BYTES_PER_NODE + relations.size() * BYTES_PER_RELATION + text * BYTES_PER_CHARACTER;
        return bytes + bytes / 4 + TO_START;
    }

    private static long textLength(Collection<?> values) {
        long length = 0;
        for (Object value : values) {
            if (value instanceof String s) {
                length += s.length();
            } else if (value instanceof List<?> list) {
                length += textLength(list);
            }
        }
        return length;
    }

    /**
     * Refuses a write that would not fit.
     *
     * @throws StoreException "no space left on HOME for this import ...; free N MB and run it again"
     */
    void requireRoomFor(Collection<Node> nodes, Collection<Relation> relations) {
        long needed = estimate(nodes, relations);
        long free = free();
        if (free < needed) {
            throw new StoreException("no space left on " + home + " for this write (about " + mb(needed) + " MB needed, "
                    + mb(free) + " MB free); free " + mbUp(needed - free) + " MB and run it again");
        }
    }

    /**
     * Refuses to start the DBMS on a disk without room for a start and a stop.
     *
     * @throws StoreException "no space left on HOME to start the database ...; free N MB and run it again"
     */
    void requireRoomToStart() {
        long free = free();
        if (free < TO_START) {
            throw new StoreException("no space left on " + home + " to start the database (" + mb(TO_START) + " MB needed, "
                    + mb(free) + " MB free); free " + mbUp(TO_START - free) + " MB and run it again");
        }
    }

    /**
     * What to say when a query failed: one sentence about the disk when it failed for lack of space (Neo4j says
     * "No space left on device", or the disk is full now), else null.
     *
     * @param write  true for a write (then the sentence says what became of it)
     * @param needed bytes the query needs, 0 when unknown
     */
    StoreException explainFailure(RuntimeException failure, boolean write, long needed) {
        boolean saysSo = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            saysSo |= String.valueOf(t.getMessage()).contains("No space left on device");
        }
        long free = free();
        if (!saysSo && free >= FULL) {
            return null;
        }
        // a commit that fails while appending to the transaction log is dropped whole at the next start unless all
        // of it reached the log: atomic either way, but a small one may have been kept
        return new StoreException("no space left on " + home + (write ? ": the write failed and is kept whole or not at all"
                : ": the database cannot work on a full disk") + "; free " + mbUp(Math.max(needed - free, TO_START - free))
                + " MB and run it again", failure);
    }

    /**
     * Runs a start of the DBMS on a thread of its own and waits for it, unless the disk is full (see
     * {@link #finishUnlessFull(String, Duration, Supplier)}).
     *
     * @throws StoreException "no space left on HOME: the database could not start ...; free N MB and run it again"
     */
    <T> T finishUnlessFull(String what, Supplier<T> work) {
        return finishUnlessFull(what, null, work);
    }

    /**
     * Runs a start or a stop of the DBMS on a thread of its own and waits for it: at most {@code limit} (null: no
     * limit), and only while the disk is not full. When the disk is full at the outset, or stays full for
     * {@link #FULL_FOR_MILLIS} while it runs, Neo4j is retrying a flush that cannot succeed: this gives up (the
     * thread is left behind: the process should exit; the next start recovers the store).
     *
     * @param what "start" or "stop", for the message
     * @throws StoreException            for a start on a full disk: "no space left on HOME: the database could not
     *                                   start ...; free N MB and run it again"
     * @throws ShutdownTimeoutException for a stop on a full disk (the same sentence) or past {@code limit}; a limit
     *                                  of zero does not begin the work at all
     */
    <T> T finishUnlessFull(String what, Duration limit, Supplier<T> work) {
        if (free() < FULL) {
            // already full: do not even begin (a stop would print Neo4j's flush failure on standard error first);
            // leaving without a stop is safe, every commit is in the transaction log and the next start recovers
            throw cannot(what, free());
        }
        if (limit != null && limit.isZero()) {
            // no time at all: do not begin, so nothing of it lands before the caller exits (a stop begun here
            // could write its checkpoint in the moment before the halt, and the store would look closed cleanly)
            throw timedOut(what, limit);
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, "atlas-dbms-" + what);
        worker.setDaemon(true);
        worker.start();
        long deadline = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
        long fullSince = -1;
        while (true) {
            try {
                // never past the deadline: a wait of 100 ms under a limit of 10 ms gave the work ten times its time
                worker.join(Math.max(1, Math.min(100, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while the database was being " + (what.equals("start") ? "started" : "stopped"));
            }
            if (!worker.isAlive()) {
                if (failure.get() instanceof RuntimeException e) {
                    throw e;
                }
                if (failure.get() instanceof Error e) {
                    throw e;
                }
                return result.get();
            }
            if (System.nanoTime() > deadline) {
                throw timedOut(what, limit);
            }
            long free = free();
            long now = System.currentTimeMillis();
            if (free >= FULL) {
                fullSince = -1;
            } else if (fullSince < 0) {
                fullSince = now;
            } else if (now - fullSince >= FULL_FOR_MILLIS) {
                throw cannot(what, free);
            }
        }
    }

    private static ShutdownTimeoutException timedOut(String what, Duration limit) {
        return new ShutdownTimeoutException("the database did not " + (what.equals("start") ? "start" : "shut down")
                + " within " + ShutdownTimeoutException.describe(limit)
                + "; exiting without a clean shutdown (the next start recovers the store)");
    }

    private RuntimeException cannot(String what, long free) {
        long needed = Math.max(TO_START, unappliedLogBytes());
        String sentence = "no space left on " + home + ": the database could not " + what
                + " because it cannot write its files; free " + mbUp(needed - free) + " MB and run it again"
                + " (the next start recovers the store)";
        return what.equals("start") ? new StoreException(sentence) : new ShutdownTimeoutException(sentence);
    }

    /** The size of the transaction logs: at most what a recovery may have to write into the store. */
    private long unappliedLogBytes() {
        Path logs = home.resolve("data").resolve("transactions");
        if (!Files.isDirectory(logs)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(logs)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static long mb(long bytes) {
        return bytes / MB;
    }

    private static long mbUp(long bytes) {
        return Math.max(1, (bytes + MB - 1) / MB);
    }

    /** For messages and tests: the folder whose file system this measures. */
    @Override
    public String toString() {
        return home.toString();
    }

}
