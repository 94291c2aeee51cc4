package org.mlatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which build of ML Atlas this process runs: the version and build time Maven writes into
 * {@code org/mlatlas/build.properties}. A daemon started by another build is replaced (as Bazel restarts a server
 * of another version). The {@code atlas.build} system property overrides it (tests start an "older" daemon).
 */
public final class BuildStamp {
    private static final String CURRENT = read();

    private BuildStamp() {
    }

    /** This process's build, e.g. {@code 0.1.0-SNAPSHOT+20261205113955123}. */
    public static String current() {
        return System.getProperty("atlas.build", CURRENT);
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = BuildStamp.class.getResourceAsStream("/org/mlatlas/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no stamp: treated as a development build
        }
        return p.getProperty("version", "dev") + "+" + p.getProperty("built", "unknown");
    }
}
