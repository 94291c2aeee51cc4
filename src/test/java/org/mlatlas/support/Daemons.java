package org.mlatlas.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mlatlas.store.AtlasHome;
import org.mlatlas.store.StoreConnector;

/** The atlas daemons a test started: found by their command line, stopped after the test. */
public final class Daemons {
    private Daemons() {
    }

    /** The atlas daemons of {@code home} alive now, found by their command line ({@code /proc/<pid>/cmdline}). */
    public static List<ProcessHandle> of(Path home) {
        String homeArg = home.toAbsolutePath().normalize().toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).filter(p -> {
            List<String> args = commandLine(p.pid());
            int at = args.indexOf("--home");
            return args.contains("org.mlatlas.Main") && at >= 0 && at + 3 < args.size()
                    && args.get(at + 1).equals(homeArg) && args.get(at + 2).equals("daemon") && args.get(at + 3).equals("run");
        }).toList();
    }

    /** Stops the daemon of {@code home} (asked to stop, or killed if it is still starting) and waits for it. */
    public static void stopAll(Path home) throws Exception {
        try {
            new StoreConnector(new AtlasHome(home), Map.of()).stopDaemon(Duration.ofSeconds(90));
        } finally {
            for (ProcessHandle daemon : of(home)) {
                daemon.destroyForcibly();
                daemon.onExit().get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static List<String> commandLine(long pid) {
        try {
            return List.of(new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | RuntimeException gone) {
            return List.of();
        }
    }
}
