package org.mlatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapPositionsTest {
    @Test
    void positionsComeBackExactlyAsWritten(@TempDir Path dir) throws Exception {
        MapPositions positions = new MapPositions(dir.resolve("map").resolve("positions.json"));
        assertThat(positions.read()).isEmpty();
        positions.write(Map.of("dpo", new double[] {812.2500000001, -301.5}, "arxiv:2305.18290", new double[] {-0.1, 1e-9}));
        Map<String, double[]> back = positions.read();
        assertThat(back).containsOnlyKeys("dpo", "arxiv:2305.18290");
        assertThat(back.get("dpo")).containsExactly(812.2500000001, -301.5);
        assertThat(back.get("arxiv:2305.18290")).containsExactly(-0.1, 1e-9);
        assertThat(Files.list(dir.resolve("map"))).as("no partial file left").containsExactly(positions.file());
    }

    @Test
    void aFileThatCannotBeReadReadsAsNoPositions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("positions.json");
        MapPositions positions = new MapPositions(file);
        for (String text : new String[] {"{\"version\": 1, \"positions\": {\"dpo\": [1, 2]", "not json at all",
                "{\"version\": 2, \"positions\": {\"dpo\": [1, 2]}}", "{\"version\": 1, \"positions\": {\"dpo\": [1]}}",
                "{\"version\": 1, \"positions\": {\"dpo\": [\"a\", 2]}}", "{\"version\": 1, \"positions\": []}", ""}) {
            Files.writeString(file, text);
            assertThat(positions.read()).as(text).isEmpty();
        }
    }

    @Test
    void writingReplacesThePreviousPositions(@TempDir Path dir) throws Exception {
        MapPositions positions = new MapPositions(dir.resolve("positions.json"));
        positions.write(Map.of("a", new double[] {1, 2}, "b", new double[] {3, 4}));
        positions.write(Map.of("b", new double[] {5, 6}));
        assertThat(positions.read()).containsOnlyKeys("b");
        assertThat(positions.read().get("b")).containsExactly(5, 6);
    }
}
