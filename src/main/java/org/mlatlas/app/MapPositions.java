package org.mlatlas.app;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where every node of the explorer's map is, by node id, kept in one small JSON file per store so that the map looks
 * the same at every launch and after edits. The file is replaced in one move, so a reader never sees half of it;
 * a file that cannot be read (missing, corrupt, another version) reads as no positions, and the map is then laid
 * out anew.
 *
 * <pre>{"version": 1, "positions": {"dpo": [812.25, -301.5], ...}}</pre>
 */
public final class MapPositions {
    /** The version of the file's format. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    /** Positions kept in {@code file}. */
    public MapPositions(Path file) {
        this.file = file;
    }

    /** Where the positions live. */
    public Path file() {
        return file;
    }

    /** The positions saved last, {x, y} by node id; empty when there are none or the file cannot be read. */
    public Map<String, double[]> read() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.path("version").asInt() != VERSION || !root.path("positions").isObject()) {
                return Map.of();
            }
            Map<String, double[]> positions = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = root.path("positions").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                JsonNode p = e.getValue();
                if (!p.isArray() || p.size() != 2 || !p.get(0).isNumber() || !p.get(1).isNumber()
                        || !Double.isFinite(p.get(0).asDouble()) || !Double.isFinite(p.get(1).asDouble())) {
                    return Map.of(); // not ours, or damaged: lay the map out anew rather than trust part of it
                }
                positions.put(e.getKey(), new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
            }
            return positions;
        } catch (IOException | RuntimeException unreadable) {
            return Map.of();
        }
    }

    /** Saves {@code positions} in place of the previous ones, in one move (ids in order, so the file diffs well). */
    public void write(Map<String, double[]> positions) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial);
             JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeObjectFieldStart("positions");
            for (Map.Entry<String, double[]> e : new TreeMap<>(positions).entrySet()) {
                json.writeArrayFieldStart(e.getKey());
                json.writeNumber(e.getValue()[0]);
                json.writeNumber(e.getValue()[1]);
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
