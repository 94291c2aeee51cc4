package org.mlatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.ssl.ClientAuth;
import org.neo4j.configuration.ssl.SslPolicyConfig;
import org.neo4j.configuration.ssl.SslPolicyScope;
import org.neo4j.graphdb.config.Setting;

/**
 * TLS for the Bolt connector (Neo4j's {@code dbms.ssl.policy.bolt.*} and {@code server.bolt.tls_level=REQUIRED}):
 * a PEM certificate and its PEM (PKCS#8) private key, either the user's or a self-signed pair generated once in
 * {@code $ATLAS_HOME/tls} (owner-only) and kept for later starts, so that clients can pin it.
 */
public final class BoltTls {
    private final Path certificate;
    private final Path privateKey;
    private final Path policyFolder;
    private final boolean selfSigned;

    private BoltTls(Path certificate, Path privateKey, Path policyFolder, boolean selfSigned) {
        this.certificate = certificate.toAbsolutePath();
        this.privateKey = privateKey.toAbsolutePath();
        this.policyFolder = policyFolder.toAbsolutePath();
        this.selfSigned = selfSigned;
    }

    /**
     * The user's certificate (chain) and private key, both PEM.
     *
     * @throws IllegalArgumentException naming the file that is missing, unreadable or not PEM
     */
    public static BoltTls of(AtlasHome home, Path certificate, Path privateKey) {
        requirePem(certificate, "--tls-cert", "CERTIFICATE");
        requirePem(privateKey, "--tls-key", "PRIVATE KEY");
        try {
            readCertificate(certificate);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("--tls-cert " + certificate + " is not a readable X.509 certificate: " + e.getMessage());
        }
        return new BoltTls(certificate, privateKey, policyFolder(home), false);
    }

    /**
     * The home's self-signed certificate, made on first use (RSA 2048, ten years, for localhost, 127.0.0.1, ::1,
     * this machine's name and {@code extraNames}) with the JDK's keytool.
     *
     * @throws StoreException when it cannot be made (no keytool: give --tls-cert and --tls-key instead)
     */
    public static BoltTls selfSigned(AtlasHome home, List<String> extraNames) {
        Path folder = policyFolder(home);
        Path certificate = folder.resolve("public.crt");
        Path key = folder.resolve("private.key");
        if (!Files.isRegularFile(certificate) || !Files.isRegularFile(key)) {
            generate(folder, certificate, key, extraNames);
        }
        return new BoltTls(certificate, key, folder, true);
    }

    /** The certificate file clients can pin. */
    public Path certificate() {
        return certificate;
    }

    /** True for the generated self-signed certificate (clients use bolt+ssc://, or pin it). */
    public boolean isSelfSigned() {
        return selfSigned;
    }

    /** The SHA-256 fingerprint of the (first) certificate, as AB:CD:..., for clients to compare. */
    public String fingerprint() {
        try {
            byte[] der = readCertificate(certificate).getEncoded();
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (GeneralSecurityException | IOException e) {
            throw new StoreException("cannot read the certificate " + certificate + ": " + e.getMessage(), e);
        }
    }

    /** The Neo4j settings: the Bolt SSL policy on these files, and TLS required of every Bolt client. */
    Map<Setting<?>, Object> settings() {
        SslPolicyConfig policy = SslPolicyConfig.forScope(SslPolicyScope.BOLT);
        return Map.of(policy.enabled, true,
                policy.base_directory, policyFolder,
                policy.public_certificate, certificate,
                policy.private_key, privateKey,
                policy.client_auth, ClientAuth.NONE,
                BoltConnector.encryption_level, BoltConnector.EncryptionLevel.REQUIRED);
    }

    /** The policy's folder ({@code $ATLAS_HOME/tls}, owner-only), with the trusted/ and revoked/ folders Neo4j reads. */
    private static Path policyFolder(AtlasHome home) {
        Path folder = home.root().resolve("tls");
        try {
            for (Path dir : List.of(folder, folder.resolve("trusted"), folder.resolve("revoked"))) {
                Files.createDirectories(dir);
                AtlasHome.restrictToOwner(dir);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create " + folder + ": " + e.getMessage(), e);
        }
        return folder;
    }

    private static void requirePem(Path file, String option, String kind) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(option + " " + file + " is not a readable file");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + " " + file + " cannot be read: " + e.getMessage());
        }
        if (!text.contains("-----BEGIN ") || !text.contains(kind + "-----")) {
            throw new IllegalArgumentException(option + " " + file + " holds no PEM " + kind.toLowerCase() + " (-----BEGIN ..."
                    + kind + "-----)");
        }
    }

    private static X509Certificate readCertificate(Path file) throws GeneralSecurityException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static void generate(Path folder, Path certificate, Path key, List<String> extraNames) {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new StoreException("cannot make a self-signed certificate: this Java has no keytool (" + keytool
                    + "); give --tls-cert FILE --tls-key FILE instead");
        }
        char[] password = new char[24];
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        Path store = folder.resolve("keypair.p12");
        try {
            Files.deleteIfExists(store);
            List<String> command = new ArrayList<>(List.of(keytool.toString(), "-genkeypair", "-alias", "atlas",
                    "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650", "-dname", "CN=ML Atlas " + hostName(),
                    "-ext", "SAN=" + subjectAlternativeNames(extraNames), "-keystore", store.toString(),
                    "-storetype", "PKCS12", "-storepass:env", "ATLAS_KEYSTORE_PASSWORD", "-noprompt"));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("ATLAS_KEYSTORE_PASSWORD", new String(password));
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new StoreException("keytool could not make a self-signed certificate: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            Key privateKey = keys.getKey("atlas", password);
            Certificate cert = keys.getCertificate("atlas");
            Path keyTmp = Files.createTempFile(folder, "private", ".tmp");
            AtlasHome.restrictToOwner(keyTmp);
            Files.writeString(keyTmp, pem("PRIVATE KEY", privateKey.getEncoded()));
            Files.move(keyTmp, key, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(certificate, pem("CERTIFICATE", cert.getEncoded()));
        } catch (IOException | GeneralSecurityException e) {
            throw new StoreException("cannot make a self-signed certificate in " + folder + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while making a self-signed certificate");
        } finally {
            try {
                Files.deleteIfExists(store);
            } catch (IOException e) {
                // a keystore left in the owner-only folder holds nothing the key file does not
            }
        }
    }

    /** localhost, 127.0.0.1, ::1, this machine's name and the given names, as keytool's SAN extension. */
    private static String subjectAlternativeNames(List<String> extraNames) {
        Set<String> names = new LinkedHashSet<>(List.of("dns:localhost", "ip:127.0.0.1", "ip:::1"));
        List<String> more = new ArrayList<>(extraNames);
        more.add(hostName());
        for (String name : more) {
            if (name == null || name.equals("0.0.0.0") || name.equals("::") || !name.matches("[A-Za-z0-9.:-]+")) {
                continue; // a wildcard, or not a name keytool takes
            }
            names.add((name.matches("[0-9.]+") || name.contains(":") ? "ip:" : "dns:") + name);
        }
        return String.join(",", names);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + kind + "-----\n";
    }
}
