package org.mlatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.support.AtlasProcess;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Graphs;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;

/**
 * {@code atlas server} on every interface (issue 14 item 2, and issue 13's password probes): one warning
 * sentence, the real address in the banner, TLS with a self-signed certificate that bolt+ssc:// and a bolt+s://
 * client trusting it both use, plain Bolt refused when TLS is on, and wrong, empty and other users' passwords
 * refused. Real server processes, real driver clients.
 */
class ServerExposureTest {
    private static final String PASSWORD = "correct-horse-battery";

    @TempDir
    Path root;

    private final List<Process> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (Process server : servers) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** A running server: its banner lines and the Bolt port it reports. */
    private record Server(Process process, List<String> banner, int port) {
        /** The first line of its standard error (the warning is printed before the banner). */
        String warning() throws Exception {
            return CompletableFuture.supplyAsync(() -> firstLine(process.getErrorStream())).get(60, TimeUnit.SECONDS);
        }
    }

    private Server start(Path home, String... options) throws Exception {
        Path graphData = Graphs.writeGraphData(Graphs.dpo(), root.resolve("graph-data-" + home.getFileName()));
        List<String> args = new ArrayList<>(List.of("--home", home.toString(), "server"));
        args.addAll(List.of(options));
        Process p = AtlasProcess.builder(Map.of("NEO4J_PASSWORD", PASSWORD, "ATLAS_GRAPH_DATA", graphData.toString()),
                args.toArray(String[]::new)).start();
        servers.add(p);
        p.getOutputStream().close();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> banner = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            banner.add(line);
            if (line.startsWith("Local atlas commands")) {
                break;
            }
        }
        assertThat(banner).as("the server's banner").anySatisfy(l -> assertThat(l).startsWith("Clients: atlas --uri "));
        String bolt = banner.get(0).replaceFirst(".*, Bolt on (\\S+?)(,| \\(|$).*", "$1");
        int port = Integer.parseInt(bolt.substring(bolt.lastIndexOf(':') + 1));
        return new Server(p, banner, port);
    }

    private static String firstLine(InputStream err) {
        try {
            return new BufferedReader(new InputStreamReader(err, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static Driver driver(String uri, AuthToken auth) {
        return GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.none())
                .withConnectionTimeout(20, TimeUnit.SECONDS).build());
    }

    private static long concepts(Driver driver) {
        try (Session session = driver.session()) {
            return session.run("MATCH (c:Concept) RETURN count(c) AS n").single().get("n").asLong();
        }
    }

    private static void assertRefused(String uri, AuthToken auth) {
        try (Driver driver = driver(uri, auth)) {
            assertThatThrownBy(driver::verifyConnectivity).as("%s with %s", uri, auth).isInstanceOf(AuthenticationException.class);
        }
    }

    /**
     * Wrong, empty and other users' passwords and no credentials at all: each refused over {@code uri}; the right
     * one accepted (it comes between the wrong ones: three failures in a row lock the user for a while).
     */
    private static void assertOnlyTheRightPasswordIsAccepted(String uri) {
        assertAccepted(uri);
        assertRefused(uri, AuthTokens.basic("admin", PASSWORD));
        assertRefused(uri, AuthTokens.basic("", PASSWORD));
        assertRefused(uri, AuthTokens.none());
        assertRefused(uri, AuthTokens.basic("neo4j", "wrong"));
        assertRefused(uri, AuthTokens.basic("neo4j", ""));
        assertAccepted(uri);
        assertRefused(uri, AuthTokens.basic("neo4j", PASSWORD.toUpperCase()));
        assertAccepted(uri);
    }

    private static void assertAccepted(String uri) {
        try (Driver right = driver(uri, AuthTokens.basic("neo4j", PASSWORD))) {
            assertThat(concepts(right)).isEqualTo(Graphs.dpo().nodes().stream().filter(n -> n.kind().name().equals("CONCEPT")).count());
        }
    }

    /** Three wrong passwords in a row lock the user: then even the right one is refused, until the lock expires. */
    private static void assertGuessingLocksTheUser(String uri) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            assertRefused(uri, AuthTokens.basic("neo4j", "guess-" + i));
        }
        try (Driver right = driver(uri, AuthTokens.basic("neo4j", PASSWORD))) {
            assertThatThrownBy(right::verifyConnectivity).isInstanceOf(SecurityException.class)
                    .hasMessageContaining("incorrect authentication details too many times");
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) { // the lock lasts seconds (Neo4j's auth_lock_time): wait for it to end, then the right one works
            try (Driver right = driver(uri, AuthTokens.basic("neo4j", PASSWORD))) {
                right.verifyConnectivity();
                return;
            } catch (SecurityException locked) {
                assertThat(System.nanoTime()).as("the lock ends").isLessThan(deadline);
                Thread.sleep(200);
            }
        }
    }

    @Test
    void everyInterfaceWithoutTlsIsWarnedAboutAndStillRefusesWrongPasswords() throws Exception {
        Path home = root.resolve("plain");
        Server server = start(home, "--listen", "0.0.0.0:0");
        assertThat(server.banner().get(0)).contains(", Bolt on 0.0.0.0:" + server.port() + " (every interface)")
                .doesNotContain("127.0.0.1");
        assertThat(server.banner().get(1)).startsWith("Clients: atlas --uri bolt://").contains(":" + server.port() + " ")
                .doesNotContain("127.0.0.1");
        assertThat(server.warning()).isEqualTo("atlas: warning: Bolt on 0.0.0.0:" + server.port() + " is reachable from other"
                + " machines without encryption, so the password and the graph cross the network in clear; add"
                + " --tls-self-signed, or --tls-cert FILE --tls-key FILE");
        assertOnlyTheRightPasswordIsAccepted("bolt://127.0.0.1:" + server.port());
        Optional<String> lan = nonLoopbackAddress();
        if (lan.isPresent()) {
            assertOnlyTheRightPasswordIsAccepted("bolt://" + lan.get() + ":" + server.port());
        }
        assertGuessingLocksTheUser("bolt://127.0.0.1:" + server.port());
    }

    @Test
    void tlsWithASelfSignedCertificateServesBoltSscAndBoltSClientsAndRefusesPlainBolt() throws Exception {
        Path home = root.resolve("tls");
        Server server = start(home, "--listen", "0.0.0.0:0", "--tls-self-signed");
        Path certificate = home.resolve("tls/public.crt");
        assertThat(server.banner().get(0)).contains(", Bolt on 0.0.0.0:" + server.port() + " (every interface), TLS required"
                + " (self-signed certificate " + certificate + ", SHA-256 ");
        assertThat(server.banner().get(1)).startsWith("Clients: atlas --uri bolt+ssc://");
        assertThat(server.warning()).isEqualTo("atlas: warning: Bolt on 0.0.0.0:" + server.port() + " is reachable from other"
                + " machines; TLS is required, and anyone who reaches the port can try the password");
        assertThat(Files.getPosixFilePermissions(home.resolve("tls/private.key")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);

        // encrypted, certificate not checked
        assertOnlyTheRightPasswordIsAccepted("bolt+ssc://127.0.0.1:" + server.port());
        Optional<String> lan = nonLoopbackAddress();
        if (lan.isPresent()) {
            assertOnlyTheRightPasswordIsAccepted("bolt+ssc://" + lan.get() + ":" + server.port());
        }
        // unencrypted: refused by the server
        try (Driver plain = driver("bolt://127.0.0.1:" + server.port(), AuthTokens.basic("neo4j", PASSWORD))) {
            assertThatThrownBy(plain::verifyConnectivity).isInstanceOf(Neo4jException.class);
        }
        // bolt+s:// verifies the certificate and the host name against the JVM's trust store: a client process
        // that trusts this certificate connects; one that does not is refused
        Path trustStore = trustStoreWith(certificate, root.resolve("trust.p12"));
        AtlasProcess.Result trusted = AtlasProcess.run(List.of("-Djavax.net.ssl.trustStore=" + trustStore,
                        "-Djavax.net.ssl.trustStorePassword=changeit", "-Djavax.net.ssl.trustStoreType=PKCS12"),
                Map.of("NEO4J_PASSWORD", PASSWORD), "--uri", "bolt+s://localhost:" + server.port(), "show", "dpo");
        assertThat(trusted.exitCode()).as(trusted.toString()).isZero();
        assertThat(trusted.out()).startsWith("Direct preference optimization  (dpo, concept)");
        CliRun untrusted = CliRun.atlas(Map.of("NEO4J_PASSWORD", PASSWORD), "--uri", "bolt+s://localhost:" + server.port(), "show", "dpo");
        assertThat(untrusted.exitCode).as(untrusted.toString()).isEqualTo(1);
        assertThat(untrusted.err.lines()).singleElement().asString().startsWith("atlas: ");
        // a plain bolt:// client is told in one sentence that the server may want TLS, not the driver's three
        CliRun plainClient = CliRun.atlas(Map.of("NEO4J_PASSWORD", PASSWORD), "--uri", "bolt://127.0.0.1:" + server.port(), "show", "dpo");
        assertThat(plainClient.exitCode).as(plainClient.toString()).isEqualTo(1);
        assertThat(plainClient.err.lines()).as(plainClient.toString()).singleElement().asString()
                .isEqualTo("atlas: cannot reach Neo4j at bolt://127.0.0.1:" + server.port() + ": it closed the connection at once,"
                        + " as a server that requires TLS does; try bolt+s://127.0.0.1:" + server.port()
                        + " (bolt+ssc://127.0.0.1:" + server.port() + " for a self-signed certificate)");

        // a local command on the same home finds the server through its marker and speaks TLS to it
        CliRun local = CliRun.atlas(Map.of("ATLAS_HOME", home.toString()), "show", "rlhf");
        assertThat(local.exitCode).as(local.toString()).isZero();
        assertThat(local.out).startsWith("Reinforcement learning from human feedback  (rlhf, concept)");
    }

    @Test
    void aLoopbackServerIsNotWarnedAbout() throws Exception {
        Server server = start(root.resolve("loopback"), "--listen", "127.0.0.1:0");
        assertThat(server.banner().get(0)).contains(", Bolt on 127.0.0.1:" + server.port());
        assertThat(server.banner().get(1)).startsWith("Clients: atlas --uri bolt://127.0.0.1:" + server.port() + " ");
        server.process().toHandle().destroy(); // SIGTERM, keeping the process's streams open (Process.destroy closes them)
        assertThat(server.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(server.process().getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(err).doesNotContain("warning");
    }

    @Test
    void tlsOptionsThatCannotWorkAreRefusedBeforeAnythingStarts(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        Path text = Files.writeString(dir.resolve("not-a-cert.pem"), "hello\n");
        assertRefused(CliRun.atlas(Map.of(), "--home", home.toString(), "server", "--tls-cert", text.toString()),
                "--tls-cert needs --tls-key (the private key of that certificate)");
        assertRefused(CliRun.atlas(Map.of(), "--home", home.toString(), "server", "--tls-self-signed", "--tls-key", text.toString()),
                "--tls-self-signed and --tls-cert/--tls-key exclude each other");
        assertRefused(CliRun.atlas(Map.of(), "--home", home.toString(), "server", "--tls-cert", text.toString(), "--tls-key", text.toString()),
                "--tls-cert " + text + " holds no PEM certificate");
        assertRefused(CliRun.atlas(Map.of(), "--home", home.toString(), "server", "--tls-cert", dir.resolve("none.crt").toString(),
                "--tls-key", text.toString()), "--tls-cert " + dir.resolve("none.crt") + " is not a readable file");
        assertRefused(CliRun.atlas(Map.of(), "--home", home.toString(), "server", "--listen", "no-such-host.invalid:7687"),
                "--listen no-such-host.invalid: no such host name or address on this machine");
        assertThat(home.resolve("neo4j")).doesNotExist();
    }

    @Test
    void aListenAddressThatCannotWorkIsNamedBeforeAnythingStarts(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        assertRefused(CliRun.atlas(Map.of(), "--home", home.toString(), "server", "--listen", "127.0.0.1:99999"),
                "--listen 127.0.0.1:99999: a port is 0 to 65535 (0 picks a free one)");
        assertRefused(CliRun.atlas(Map.of(), "--home", home.toString(), "server", "--listen", "127.0.0.1:-1"),
                "--listen 127.0.0.1:-1: a port is 0 to 65535 (0 picks a free one)");
        // TEST-NET-3 (RFC 5737): an address no machine of ours has; it was reported as "port 0 ... is taken"
        assertRefused(CliRun.atlas(Map.of(), "--home", home.toString(), "server", "--listen", "203.0.113.7:0"),
                "--listen 203.0.113.7:0: 203.0.113.7 is not an address of this machine; give one of its addresses,"
                        + " 127.0.0.1 for this machine only, or 0.0.0.0 for every interface");
        assertThat(home.resolve("neo4j")).doesNotExist();
    }

    @Test
    void anIpv6AddressInBracketsIsServedAndNamedWithBrackets() throws Exception {
        Path home = root.resolve("ipv6");
        Server server = start(home, "--listen", "[::1]:0");
        assertThat(server.banner().get(0)).contains(", Bolt on [::1]:" + server.port());
        assertThat(server.banner().get(1)).startsWith("Clients: atlas --uri bolt://[::1]:" + server.port() + " ");
        assertAccepted("bolt://[::1]:" + server.port());
        CliRun local = CliRun.atlas(Map.of("ATLAS_HOME", home.toString()), "show", "rlhf");
        assertThat(local.exitCode).as(local.toString()).isZero();
        assertThat(local.out).startsWith("Reinforcement learning from human feedback  (rlhf, concept)");

        Server everyInterface = start(root.resolve("ipv6-any"), "--listen", "[::]:0");
        assertThat(everyInterface.banner().get(0)).contains(", Bolt on [::]:" + everyInterface.port() + " (every interface)");
        assertAccepted("bolt://[::1]:" + everyInterface.port());
        assertAccepted("bolt://127.0.0.1:" + everyInterface.port());
    }

    private static void assertRefused(CliRun run, String sentence) {
        assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
        assertThat(run.err.lines()).as(run.toString()).singleElement().asString().startsWith("atlas: " + sentence);
    }

    /** A PKCS#12 trust store holding only {@code certificate} (password changeit). */
    private static Path trustStoreWith(Path certificate, Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            store.setCertificateEntry("atlas", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "changeit".toCharArray());
        }
        return file;
    }

    /** An IPv4 address of this machine other than loopback, if it has one (then the server must answer there too). */
    private static Optional<String> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return Optional.of(address.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }
}
