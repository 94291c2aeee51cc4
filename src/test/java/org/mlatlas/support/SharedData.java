package org.mlatlas.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared folder (surefire's atlas.shared, ../shared): real datasets and the user's notes. */
public final class SharedData {
    private SharedData() {
    }

    /** A path under the shared folder; the test is skipped, with a clear message, when it is absent. */
    public static Path require(String relative) {
        String root = System.getProperty("atlas.shared", "../shared");
        Path path = Path.of(root).resolve(relative);
        assumeTrue(Files.exists(path), "skipped: " + path + " is absent (the shared folder is not beside this checkout)");
        return path;
    }
}
