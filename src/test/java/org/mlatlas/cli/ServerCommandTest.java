package org.mlatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.store.AtlasHome;
import org.mlatlas.support.AtlasProcess;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Graphs;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;

/** {@code atlas server} in its own process: authentication on, several clients, stale markers ignored. */
class ServerCommandTest {

    @Test
    void serverRefusesAWrongPasswordAndServesClientsWithTheRightOne(@TempDir Path root) throws Exception {
        Path graphData = Graphs.writeGraphData(Graphs.dpo(), root.resolve("graph-data"));
        Path home = root.resolve("home");
        // a marker left by a process that was killed must not block the server
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.createDirectories(home.resolve("run"));
        Files.writeString(home.resolve("run/dbms.properties"), "pid=" + gone.pid()
                + "\nmode=daemon\nbolt.host=127.0.0.1\nbolt.port=9\ncontrol.port=9\ntoken=abc\nbuild=x\nstarted=2026-01-01T00:00:00Z\n");

        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Process server = AtlasProcess.builder(Map.of("NEO4J_PASSWORD", "correct-horse-battery", "ATLAS_GRAPH_DATA", graphData.toString()),
                "--home", home.toString(), "server", "--listen", "127.0.0.1:" + port).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String line = AtlasProcess.awaitLine(server, "Clients: atlas --uri ", 120);
            String uri = line.replaceFirst(".*--uri (\\S+).*", "$1");
            assertThat(uri).startsWith("bolt://127.0.0.1:");

            try (Driver wrong = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "wrong"), Config.builder().withLogging(Logging.none()).build())) {
                assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (Driver none = GraphDatabase.driver(uri, AuthTokens.none(), Config.builder().withLogging(Logging.none()).build())) {
                assertThatThrownBy(none::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }

            CliRun refused = CliRun.atlas(Map.of("NEO4J_PASSWORD", "wrong"), "--uri", uri, "path", "dpo");
            assertThat(refused.exitCode).isEqualTo(1);
            assertThat(refused.err.strip()).isEqualTo("atlas: Neo4j at " + uri
                    + " refused the user name or password (set NEO4J_USERNAME and NEO4J_PASSWORD)");

            CliRun client = CliRun.atlas(Map.of("NEO4J_USERNAME", "neo4j", "NEO4J_PASSWORD", "correct-horse-battery"),
                    "--uri", uri, "path", "dpo");
            assertThat(client.exitCode).as(client.toString()).isZero();
            assertThat(client.out).contains("(rlhf)").contains("(kl-divergence)");

            CliRun routed = CliRun.atlas(Map.of("NEO4J_PASSWORD", "correct-horse-battery"),
                    "--uri", uri.replace("bolt://", "neo4j://"), "show", "dpo");
            assertThat(routed.exitCode).as(routed.toString()).isZero();
            assertThat(routed.out).startsWith("Direct preference optimization  (dpo, concept)");

            CliRun local = CliRun.atlas(Map.of("ATLAS_HOME", home.toString()), "link", "arxiv:1707.06347", "EXPLAINS", "kl-divergence");
            assertThat(local.exitCode).as(local.toString()).isZero();
            assertThat(new AtlasHome(home).readMarker().orElseThrow().pid()).isEqualTo(server.pid());
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(new AtlasHome(home).readMarker()).isEmpty();
    }

    @Test
    void serverOnATakenPortExitsTwoNamingThePortAndTheFix(@TempDir Path root) throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            AtlasProcess.Result server = AtlasProcess.run(Map.of("ATLAS_HOME", root.resolve("home").toString()),
                    "server", "--listen", "127.0.0.1:" + port);
            assertThat(server.exitCode()).as(server.toString()).isEqualTo(2);
            assertThat(server.err().strip()).isEqualTo("atlas: port " + port + " on 127.0.0.1 is taken by another process;"
                    + " run atlas server --listen 127.0.0.1:0 for a free port, or --listen 127.0.0.1:PORT with another port");
            assertThat(server.out()).isEmpty();
        }
    }
}
