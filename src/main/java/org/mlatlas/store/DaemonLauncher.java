package org.mlatlas.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Starts the atlas daemon: {@code atlas daemon run} in a detached JVM (its own session, so closing the terminal
 * or Ctrl-C in it does not reach it; umask 077, so the store it creates is the owner's only), output appended to
 * {@code $ATLAS_HOME/logs/daemon.log}; then waits until it announces itself and answers the control channel.
 *
 * @param graphData   the graph-data folder the daemon loads into an empty store, or null
 * @param idleTimeout how long the daemon waits without clients before it stops
 * @param javaOptions the daemon JVM's options (heap, --add-opens, its class-data archive)
 */
public record DaemonLauncher(Path graphData, Duration idleTimeout, List<String> javaOptions) {
    /** Past this the daemon log is moved to {@code daemon.log.1} when a daemon starts (one old log is kept). */
    static final long LOG_ROTATE_BYTES = 1L << 20;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("atlas.daemonStartSeconds", 180));

    /**
     * The daemon JVM's options: {@code atlas.daemon.javaOptions} (set by scripts/atlas, with the daemon's class-data
     * archive) or a default set; the temporary folder and any {@code atlas.build} override are passed on.
     */
    public static List<String> defaultJavaOptions() {
        List<String> options = new ArrayList<>();
        String configured = System.getProperty("atlas.daemon.javaOptions");
        if (configured != null && !configured.isBlank()) {
            options.addAll(Arrays.asList(configured.trim().split("\\s+")));
        } else {
            options.addAll(List.of("-Xms128m", "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                    "--add-opens=java.base/java.io=ALL-UNNAMED"));
        }
        options.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        return options;
    }

    /**
     * Starts the daemon for {@code home} and waits until it answers.
     *
     * @param running checks for a daemon that proves it serves the home
     * @return the daemon's marker
     * @throws StoreException when it exits or does not answer in time (with the last line of its log)
     */
    DbmsMarker start(AtlasHome home, Supplier<Optional<StoreConnector.Peer>> running) {
        Path log = home.daemonLog();
        long logStart = prepareLog(log);
        ProcessBuilder builder = new ProcessBuilder(command(home))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        builder.environment().remove("NEO4J_PASSWORD");
        builder.environment().remove("NEO4J_USERNAME");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new StoreException("cannot start the atlas daemon: " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            Optional<StoreConnector.Peer> peer = running.get();
            if (peer.isPresent() && peer.get().pid() == process.pid()) {
                return peer.get().marker();
            }
            if (!process.isAlive()) {
                throw new StoreException("the atlas daemon could not start: " + lastLine(log, logStart)
                        + " (log: " + log + ")");
            }
            if (System.nanoTime() > deadline) {
                process.destroy();
                throw new StoreException("the atlas daemon did not start within " + START_TIMEOUT.toSeconds()
                        + " s; see " + log);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while starting the atlas daemon");
            }
        }
    }

    private List<String> command(AtlasHome home) {
        List<String> command = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            command.add(setsid.toString());
        }
        command.addAll(List.of("/bin/sh", "-c", "umask 077 && exec \"$0\" \"$@\""));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.mlatlas.Main",
                "--home", home.root().toString(), "daemon", "run", "--idle-timeout", idleTimeout.toMillis() + "ms"));
        if (graphData != null) {
            command.addAll(List.of("--graph-data", graphData.toAbsolutePath().toString()));
        }
        return command;
    }

    /** Creates the log owner-only, moves a big one aside, and returns where this start's lines begin. */
    private static long prepareLog(Path log) {
        try {
            if (Files.exists(log) && Files.size(log) > LOG_ROTATE_BYTES) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.exists(log)) {
                AtlasHome.writePrivately(log, "");
            }
            AtlasHome.restrictToOwner(log);
            return Files.size(log);
        } catch (IOException e) {
            throw new StoreException("cannot write the daemon log " + log + ": " + e.getMessage(), e);
        }
    }

    private static String lastLine(Path log, long from) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long start = Math.max(from, length - 4096);
            byte[] tail = new byte[(int) (length - start)];
            file.seek(start);
            file.readFully(tail);
            String[] lines = new String(tail, StandardCharsets.UTF_8).strip().split("\n");
            String last = lines[lines.length - 1].strip();
            return last.isEmpty() ? "it exited without a word" : last.replaceFirst("^\\S+ atlas daemon: ", "");
        } catch (IOException e) {
            return "its log cannot be read (" + e.getMessage() + ")";
        }
    }
}
