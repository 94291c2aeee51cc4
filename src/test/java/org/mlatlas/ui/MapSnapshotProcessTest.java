package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.support.AtlasProcess;

/**
 * The map is deterministic: the shipped graph drawn by {@code atlas snapshot} in two separate processes, each on a
 * fresh home, gives the same PNG, byte for byte; and a third run on the first home (its map saved) draws it again.
 */
class MapSnapshotProcessTest {
    @Test
    void twoFreshProcessesDrawTheSameMapAndTheSavedMapDrawsItAgain(@TempDir Path dir) throws Exception {
        Path graphData = Path.of("graph-data").toAbsolutePath();
        byte[][] pictures = new byte[3][];
        for (int run = 0; run < 3; run++) {
            Path home = dir.resolve(run == 2 ? "home0" : "home" + run);
            Path out = dir.resolve("map" + run + ".png");
            var result = AtlasProcess.run(Map.of("ATLAS_HOME", home.toString(), "ATLAS_GRAPH_DATA", graphData.toString(),
                    "ATLAS_NO_DAEMON", "1"), "snapshot", "--out", out.toString(), "--width", "900", "--height", "600");
            assertThat(result.exitCode()).as(result.toString()).isZero();
            pictures[run] = Files.readAllBytes(out);
        }
        assertThat(Files.size(dir.resolve("home0").resolve("map").resolve("positions.json"))).isPositive();
        assertThat(pictures[1]).as("a second fresh process").isEqualTo(pictures[0]);
        assertThat(pictures[2]).as("the first home again, from its saved map").isEqualTo(pictures[0]);
    }
}
