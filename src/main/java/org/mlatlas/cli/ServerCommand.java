package org.mlatlas.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mlatlas.app.Atlas;
import org.mlatlas.store.AtlasHome;
import org.mlatlas.store.BoltTls;
import org.mlatlas.store.DbmsHost;
import org.mlatlas.store.DbmsMarker;
import org.mlatlas.store.Neo4jGraphStore;
import org.mlatlas.store.ShutdownTimeoutException;
import org.mlatlas.store.StoreConnection;
import org.mlatlas.store.StoreConnector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atlas server}: runs the embedded DBMS alone in the foreground, Bolt authentication on, for several
 * clients (other atlas processes find it through the home's marker; others connect with --uri). Port 7687 by
 * default, as Neo4j's own server.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Run the graph's Neo4j alone in the foreground, with Bolt authentication, for several clients.",
            "User neo4j; the password is NEO4J_PASSWORD when set, else the one generated in $ATLAS_HOME/credentials."})
final class ServerCommand extends BaseCommand {
    @Option(names = "--listen", defaultValue = "127.0.0.1:7687", paramLabel = "HOST:PORT",
            description = "Bolt address (default ${DEFAULT-VALUE}; port 0 picks a free one)")
    String listen;

    @Option(names = "--tls-cert", paramLabel = "FILE", description = "Bolt over TLS with this PEM certificate (chain); needs --tls-key")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE", description = "the PEM (PKCS#8) private key of --tls-cert")
    Path tlsKey;

    @Option(names = "--tls-self-signed", description = "Bolt over TLS with a self-signed certificate made once in "
            + "$ATLAS_HOME/tls (clients connect with bolt+ssc://, or pin the certificate)")
    boolean tlsSelfSigned;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        String host = listenHost(listen);
        int port = listenPort(listen);
        boolean exposed = !isLoopback(host);
        requireOfThisMachine(host);
        AtlasContext context = context();
        if (context.uri() != null) {
            throw new IllegalArgumentException("atlas server runs the local database; --uri does not apply");
        }
        AtlasHome home = context.home();
        BoltTls tls = tls(home, host);
        StoreConnector connector = new StoreConnector(home, context.env());
        connector.findRunning().ifPresent(peer -> {
            throw new IllegalStateException((peer.marker().isDaemon() ? "the atlas daemon (pid " + peer.pid()
                    + ") serves " + home.root() + "; stop it with atlas daemon stop, or use it with atlas --uri " + peer.boltUri()
                    : "another atlas process (pid " + peer.pid() + ") already serves " + home.root()));
        });
        requireFree(host, port);
        String password = context.env().get("NEO4J_PASSWORD");
        if (password != null && !password.isBlank()) {
            home.setPassword(password);
        }
        DbmsHost dbms;
        try {
            dbms = connector.host("server", host, port, Duration.ZERO, tls);
        } catch (org.mlatlas.store.StoreException e) {
            if (String.valueOf(e.getMessage()).contains("Bolt address is in use")) {
                throw portTaken(host, port);
            }
            throw e;
        }
        try {
            try (StoreConnection connection = StoreConnector.connectTo(dbms)) {
                new Atlas(new Neo4jGraphStore(connection.driver())).initialize(context.graphData());
            }
            dbms.announce(true);
            if (exposed) {
                spec.commandLine().getErr().println("atlas: warning: Bolt on " + dbms.boundAddress()
                        + " is reachable from other machines" + (tls == null
                        ? " without encryption, so the password and the graph cross the network in clear; add --tls-self-signed,"
                                + " or --tls-cert FILE --tls-key FILE"
                        : "; TLS is required, and anyone who reaches the port can try the password"));
                spec.commandLine().getErr().flush();
            }
            out().println("ML Atlas server: embedded Neo4j in " + home.root() + ", Bolt on " + dbms.boundAddress()
                    + (host.equals("0.0.0.0") || host.equals("::") ? " (every interface)" : "")
                    + (tls == null ? "" : tls.isSelfSigned() ? ", TLS required (self-signed certificate " + tls.certificate()
                            + ", SHA-256 " + tls.fingerprint() + ")" : ", TLS required (certificate " + tls.certificate() + ")")
                    + (dbms.recovered() ? "; the store was not closed cleanly last time and Neo4j recovered it" : ""));
            out().println("Clients: atlas --uri " + clientUri(host, dbms, tls)
                    + " with NEO4J_USERNAME=neo4j and NEO4J_PASSWORD (see " + home.root().resolve("credentials") + ").");
            out().println("Local atlas commands on this home use it automatically. Ctrl-C stops it.");
            out().flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndWait(context.shutdownLimit().plusSeconds(5))));
            String failure = null;
            while (!stop.await(1, TimeUnit.SECONDS) && (failure = dbms.failure()) == null) {
                // serving; a database that stopped working (a commit failed on a full disk) ends the server
            }
            dbms.stop(context.shutdownLimit());
            if (failure != null) {
                throw new IllegalStateException("the database stopped working (" + failure + "), so the server stopped;"
                        + " start it again once that is fixed (Neo4j recovers the store)");
            }
        } catch (ShutdownTimeoutException e) {
            spec.commandLine().getErr().println("atlas: " + e.getMessage());
            spec.commandLine().getErr().flush();
            Runtime.getRuntime().halt(1);
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    /** The TLS of --tls-cert/--tls-key or --tls-self-signed, or null for none. */
    private BoltTls tls(AtlasHome home, String host) {
        if (tlsSelfSigned && (tlsCert != null || tlsKey != null)) {
            throw new IllegalArgumentException("--tls-self-signed and --tls-cert/--tls-key exclude each other: give one or the other");
        }
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new IllegalArgumentException(tlsCert == null ? "--tls-key needs --tls-cert (the certificate of that key)"
                    : "--tls-cert needs --tls-key (the private key of that certificate)");
        }
        if (tlsSelfSigned) {
            return BoltTls.selfSigned(home, List.of(host));
        }
        return tlsCert == null ? null : BoltTls.of(home, tlsCert, tlsKey);
    }

    /** The host of --listen HOST:PORT, an IPv6 address written in brackets ({@code [::1]:7687}) without them. */
    static String listenHost(String listen) {
        if (listen.startsWith("[")) {
            int close = listen.indexOf("]:");
            if (close < 0) {
                throw badListen(listen);
            }
            return listen.substring(1, close);
        }
        int colon = listen.lastIndexOf(':');
        if (colon <= 0 || listen.substring(0, colon).contains(":")) {
            throw badListen(listen); // no port, or an IPv6 address without brackets (where would its port start?)
        }
        return listen.substring(0, colon);
    }

    /** The port of --listen HOST:PORT, 0 to 65535. */
    static int listenPort(String listen) {
        int port;
        try {
            port = Integer.parseInt(listen.substring(listen.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            throw badListen(listen);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--listen " + listen + ": a port is 0 to 65535 (0 picks a free one)");
        }
        return port;
    }

    private static IllegalArgumentException badListen(String listen) {
        return new IllegalArgumentException("--listen takes HOST:PORT, e.g. 127.0.0.1:7687 or [::1]:7687, not \"" + listen + "\"");
    }

    /**
     * Refuses an address this machine does not have: Neo4j could not bind it, and says "address in use" (which
     * was reported as a taken port).
     */
    private void requireOfThisMachine(String host) {
        try {
            InetAddress address = InetAddress.getByName(host);
            if (!address.isAnyLocalAddress() && !address.isLoopbackAddress() && NetworkInterface.getByInetAddress(address) == null) {
                throw new IllegalArgumentException("--listen " + listen + ": " + host + " is not an address of this machine;"
                        + " give one of its addresses, 127.0.0.1 for this machine only, or 0.0.0.0 for every interface");
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--listen " + host + ": no such host name or address on this machine");
        } catch (SocketException e) {
            // the interfaces cannot be listed: let Neo4j try to bind it
        }
    }

    /** True when {@code host} is a loopback address (only this machine reaches it). */
    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--listen " + host + ": no such host name or address on this machine");
        }
    }

    /** What other machines' clients connect to: this machine's name for every interface, the scheme of the TLS. */
    private static String clientUri(String host, DbmsHost dbms, BoltTls tls) {
        String scheme = tls == null ? "bolt" : tls.isSelfSigned() ? "bolt+ssc" : "bolt+s";
        if (!host.equals("0.0.0.0") && !host.equals("::")) {
            return scheme + "://" + dbms.boundAddress();
        }
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            name = "127.0.0.1";
        }
        return scheme + "://" + DbmsMarker.hostPort(name, Integer.parseInt(dbms.boundAddress().substring(dbms.boundAddress().lastIndexOf(':') + 1)));
    }

    /** Checks before starting Neo4j that nothing listens on the address (Neo4j's own error names no port). */
    private static void requireFree(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            throw portTaken(host, port);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
    }

    private static IllegalArgumentException portTaken(String host, int port) {
        String h = DbmsMarker.hostPort(host, 0);
        h = h.substring(0, h.length() - 2);
        return new IllegalArgumentException("port " + port + " on " + h + " is taken by another process; run atlas server --listen "
                + h + ":0 for a free port, or --listen " + h + ":PORT with another port");
    }

    /** On Ctrl-C or SIGTERM: let the main thread stop the DBMS cleanly before the JVM halts. */
    private void stopAndWait(Duration limit) {
        stop.countDown();
        try {
            stopped.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
