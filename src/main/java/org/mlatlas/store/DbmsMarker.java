package org.mlatlas.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code $ATLAS_HOME/run/dbms.properties} says about the process serving the home's DBMS: where Bolt and
 * the control channel listen, the random token the process proves it knows before anyone sends it the password,
 * and the build it runs (a daemon of another build is replaced).
 *
 * @param pid         the serving process
 * @param mode        {@code daemon} (background, stops when idle), {@code server} ({@code atlas server}) or
 *                    {@code embedded} (a command or window started with --no-daemon)
 * @param boltHost    Bolt host (loopback)
 * @param boltPort    Bolt port
 * @param controlPort the control channel's port on loopback (see {@link PeerCheck})
 * @param token       the shared secret of the control channel (the marker is readable by the owner only)
 * @param build       the build stamp of the serving process ({@link BuildStamp})
 * @param startedAt   when it started serving
 * @param prepared    true when the store's schema is current and graph-data was loaded (clients skip that step)
 * @param recovered   true when Neo4j recovered the store at this start (the last stop was not clean)
 * @param log         the serving process's log file, or null
 */
public record DbmsMarker(long pid, String mode, String boltHost, int boltPort, int controlPort, String token,
                         String build, Instant startedAt, boolean prepared, boolean recovered, Path log) {

    /** The Bolt URI of the running DBMS. */
    public String boltUri() {
        return "bolt://" + hostPort(boltHost, boltPort);
    }

    /** {@code host:port}, an IPv6 address in brackets ({@code [::1]:7687}) as URIs and --listen write it. */
    public static String hostPort(String host, int port) {
        return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /** True for a background daemon (as opposed to {@code atlas server} or an in-process DBMS). */
    public boolean isDaemon() {
        return "daemon".equals(mode);
    }

    Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("pid", Long.toString(pid));
        p.put("mode", mode);
        p.put("bolt.host", boltHost);
        p.put("bolt.port", Integer.toString(boltPort));
        p.put("control.port", Integer.toString(controlPort));
        p.put("token", token);
        p.put("build", build);
        p.put("started", startedAt.toString());
        p.put("prepared", Boolean.toString(prepared));
        p.put("recovered", Boolean.toString(recovered));
        if (log != null) {
            p.put("log", log.toString().replace("\\", "/"));
        }
        return p;
    }

    static Optional<DbmsMarker> from(Properties p) {
        try {
            String log = p.getProperty("log");
            return Optional.of(new DbmsMarker(Long.parseLong(p.getProperty("pid")), p.getProperty("mode", "embedded"),
                    p.getProperty("bolt.host", "127.0.0.1"), Integer.parseInt(p.getProperty("bolt.port")),
                    Integer.parseInt(p.getProperty("control.port")), require(p.getProperty("token")),
                    p.getProperty("build", "unknown"), Instant.parse(p.getProperty("started")),
                    Boolean.parseBoolean(p.getProperty("prepared")), Boolean.parseBoolean(p.getProperty("recovered")),
                    log == null ? null : Path.of(log)));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static String require(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing");
        }
        return value;
    }
}
