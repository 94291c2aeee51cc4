package org.mlatlas.cli;

import java.util.concurrent.CountDownLatch;
import org.mlatlas.app.Atlas;
import org.mlatlas.store.AtlasHome;
import org.mlatlas.store.Neo4jGraphStore;
import org.mlatlas.store.StoreConnection;
import org.mlatlas.store.StoreConnector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atlas server}: runs the embedded DBMS alone in the foreground, Bolt authentication on, for several
 * clients (other atlas processes find it through the home's marker; others connect with --uri).
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Run the graph's Neo4j alone in the foreground, with Bolt authentication, for several clients.",
            "User neo4j; the password is NEO4J_PASSWORD when set, else the one generated in $ATLAS_HOME/credentials."})
final class ServerCommand extends BaseCommand {
    @Option(names = "--listen", defaultValue = "127.0.0.1:7687", paramLabel = "HOST:PORT",
            description = "Bolt address (default ${DEFAULT-VALUE}; port 0 picks a free one)")
    String listen;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        int colon = listen.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("--listen takes HOST:PORT, e.g. 127.0.0.1:7687");
        }
        String host = listen.substring(0, colon);
        int port;
        try {
            port = Integer.parseInt(listen.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--listen takes HOST:PORT, e.g. 127.0.0.1:7687");
        }
        AtlasContext context = context();
        if (context.uri() != null) {
            throw new IllegalArgumentException("atlas server runs the local database; --uri does not apply");
        }
        AtlasHome home = context.home();
        String password = context.env().get("NEO4J_PASSWORD");
        if (password != null && !password.isBlank()) {
            home.setPassword(password);
        }
        StoreConnector connector = new StoreConnector(home, context.env());
        if (connector.connectToRunning().map(c -> {
            c.close();
            return true;
        }).orElse(false)) {
            throw new IllegalStateException("another atlas process already serves " + home.root());
        }
        try (StoreConnection connection = connector.startEmbedded(host, port)) {
            new Atlas(new Neo4jGraphStore(connection.driver())).initialize(context.graphData());
            out().println("ML Atlas server: " + connection.description());
            out().println("Clients: atlas --uri " + connection.boltUri()
                    + " with NEO4J_USERNAME=neo4j and NEO4J_PASSWORD (see " + home.root().resolve("credentials") + ").");
            out().println("Local atlas commands on this home use it automatically. Ctrl-C stops it.");
            out().flush();
            Thread hook = new Thread(this::stopAndWait);
            Runtime.getRuntime().addShutdownHook(hook);
            awaitStop();
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    /** Blocks until the process is asked to stop (or {@link #requestStop()} is called). */
    void awaitStop() throws InterruptedException {
        stop.await();
    }

    /** On Ctrl-C or SIGTERM: let the main thread stop the DBMS cleanly before the JVM halts. */
    private void stopAndWait() {
        stop.countDown();
        try {
            stopped.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
