package org.mlatlas.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The small control channel every atlas process serving a DBMS opens on loopback, next to Bolt. Before a client
 * sends the database password over Bolt it asks here who listens: the request and the answer each carry an
 * HMAC-SHA256 of a fresh nonce under the token of the marker (readable by the owner only), so an impostor
 * (another program on a reused port, a forged marker) cannot answer, and learns nothing it could replay to the real
 * one. Bazel's client and server check each other with cookies in the output base the same way. Commands:
 * {@code hello} (pid, build, Bolt address), {@code status} (and memory, store, log, idle time) and {@code stop}.
 *
 * <p>Wire format, one line each way: {@code ATLAS-CONTROL/1 <nonce> <command> <mac>} then
 * {@code <mac> <key=value&...>}.
 */
final class ControlChannel {
    static final String MAGIC = "ATLAS-CONTROL/1";
    /** How long a client waits for an answer: an impostor that never answers costs at most this. */
    static final int ANSWER_TIMEOUT_MILLIS = Integer.getInteger("atlas.controlTimeoutMillis", 5_000);
    private static final int MAX_LINE = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ControlChannel() {
    }

    /** A fresh random token for a marker. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Asks the process named by {@code marker} for {@code command}; empty when nothing answers, or something answers
     * that cannot prove it knows the marker's token (then it was sent nothing secret).
     */
    static Optional<Map<String, String>> ask(DbmsMarker marker, String command) {
        byte[] nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), marker.controlPort()), ANSWER_TIMEOUT_MILLIS);
            socket.setSoTimeout(ANSWER_TIMEOUT_MILLIS);
            String request = MAGIC + " " + nonce + " " + command + " " + mac(marker.token(), "request", nonce, command) + "\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line = readLine(socket);
            if (line == null) {
                return Optional.empty();
            }
            int space = line.indexOf(' ');
            String proof = space < 0 ? line : line.substring(0, space);
            String payload = space < 0 ? "" : line.substring(space + 1);
            if (!constantTimeEquals(proof, mac(marker.token(), "answer", nonce, payload))) {
                return Optional.empty();
            }
            return Optional.of(decode(payload));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Serves the control channel of one DBMS on a free loopback port until closed. */
    static final class Server implements AutoCloseable {
        private final ServerSocket socket;
        private final String token;
        private final Function<String, Map<String, String>> handler;
        private final Thread thread;

        /**
         * Starts serving.
         *
         * @param handler answers an authenticated command ("hello", "status", "stop"); null for an unknown command
         */
        Server(String token, Function<String, Map<String, String>> handler) throws IOException {
            this.socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
            this.token = token;
            this.handler = handler;
            this.thread = new Thread(this::serve, "atlas-control");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    client.setSoTimeout(ANSWER_TIMEOUT_MILLIS);
                    answer(client);
                } catch (SocketException closed) {
                    return;
                } catch (IOException | RuntimeException e) {
                    // a client that went away or spoke nonsense: serve the next one
                }
            }
        }

        private void answer(Socket client) throws IOException {
            String line = readLine(client);
            if (line == null) {
                return;
            }
            String[] parts = line.split(" ");
            if (parts.length != 4 || !parts[0].equals(MAGIC)
                    || !constantTimeEquals(parts[3], mac(token, "request", parts[1], parts[2]))) {
                return; // not one of ours: say nothing
            }
            Map<String, String> result = handler.apply(parts[2]);
            String payload = encode(result == null ? Map.of("error", "unknown command " + parts[2]) : result);
            String reply = mac(token, "answer", parts[1], payload) + " " + payload + "\n";
            client.getOutputStream().write(reply.getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a listening socket: nothing to recover
            }
        }
    }

    private static String readLine(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII), 512);
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (line.length() >= MAX_LINE) {
                return null;
            }
            line.append((char) c);
        }
        return c == -1 ? null : line.toString();
    }

    static String mac(String token, String direction, String nonce, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((direction + "\n" + nonce + "\n" + text).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    static String encode(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8));
        });
        return out.toString();
    }

    static Map<String, String> decode(String payload) {
        Map<String, String> values = new LinkedHashMap<>();
        if (payload.isEmpty()) {
            return values;
        }
        for (String pair : payload.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }
}
