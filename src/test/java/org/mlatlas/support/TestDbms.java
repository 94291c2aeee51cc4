package org.mlatlas.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.store.AtlasHome;
import org.mlatlas.store.Neo4jGraphStore;
import org.mlatlas.store.StoreConnection;
import org.mlatlas.store.StoreConnector;

/**
 * One real embedded Neo4j for the whole test run (starting one takes seconds), in a home of its own under
 * target/. Tests reset its content; other atlas processes and CLI contexts find it through the home's marker,
 * exactly as a second atlas process finds a running explorer.
 */
public final class TestDbms {
    private static TestDbms instance;

    private final AtlasHome home;
    private final StoreConnection connection;
    private final Neo4jGraphStore store;

    private TestDbms(AtlasHome home) {
        this.home = home;
        this.connection = new StoreConnector(home, Map.of()).startEmbedded("127.0.0.1", 0);
        this.store = new Neo4jGraphStore(connection.driver());
        store.ensureSchema();
        Runtime.getRuntime().addShutdownHook(new Thread(connection::close));
    }

    /** The shared instance, started on first use. */
    public static synchronized TestDbms get() {
        if (instance == null) {
            try {
                Path root = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "atlas-test-home");
                instance = new TestDbms(new AtlasHome(root));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The shared instance holding exactly {@code graph}. */
    public static TestDbms with(AtlasGraph graph) {
        TestDbms dbms = get();
        dbms.store.replaceAll(graph);
        return dbms;
    }

    public Neo4jGraphStore store() {
        return store;
    }

    public AtlasHome home() {
        return home;
    }

    public StoreConnection connection() {
        return connection;
    }
}
