package org.mlatlas.graphdata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.mlatlas.domain.NodeKind;

/**
 * Reads graph-data JSON files (see {@code docs/graph-data-format.md}) into a {@link LocatedGraph}, noting
 * where each node and relationship was read. Syntax errors and malformed entries become {@link Problem}s;
 * reading goes on after them so that every problem is reported at once.
 */
public final class GraphDataReader {
    /** The schema version this program reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> TOP_LEVEL = Set.of("schemaVersion", "concepts", "papers", "resources", "relations");

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory factory = mapper.getFactory();
    private final boolean fileAreas;

    /** A reader that puts nodes without an {@code area} in their file's area. */
    public GraphDataReader() {
        this(true);
    }

    /**
     * A reader.
     *
     * @param fileAreas true to put nodes without an {@code area} in their file's area; false to leave it empty
     *                  (a copy of a graph read back as it was written)
     */
    public GraphDataReader(boolean fileAreas) {
        this.fileAreas = fileAreas;
    }

    /**
     * Reads a graph-data folder (every {@code *.json} directly in it, in name order) or a single file.
     *
     * @param path     the folder or file
     * @param problems receives every problem found
     * @return what could be read
     */
    public LocatedGraph read(Path path, List<Problem> problems) {
        LocatedGraph graph = new LocatedGraph();
        for (Path file : files(path)) {
            readFile(file, graph, problems);
        }
        return graph;
    }

    /** The files a folder holds, in name order, or the file itself. */
    public static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listing = Files.list(path)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }

    private void readFile(Path file, LocatedGraph graph, List<Problem> problems) {
        String name = file.toString();
        try (JsonParser parser = factory.createParser(file.toFile())) {
            try {
                readObject(parser, file, graph, problems);
            } catch (StreamConstraintsException e) {
                // e.g. a 25 MB string: Jackson gives no position, the value being read starts at the current token
                graph.markIncomplete();
                problems.add(new Problem(location(name, parser.currentTokenLocation()), tooLarge(e)));
            }
        } catch (JsonProcessingException e) {
            graph.markIncomplete();
            JsonLocation at = e.getLocation();
            problems.add(new Problem(at == null ? new SourceLocation(name, 1, 1) : location(name, at),
                    "malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            graph.markIncomplete();
            problems.add(new Problem(new SourceLocation(name, 1, 1), "cannot read the file: " + e.getMessage()));
        }
    }

    /** What a Jackson limit refused, in words (its own message names a Java method). */
    private String tooLarge(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        if (message.startsWith("String value length")) {
            return String.format("a string longer than %,d characters, the most a graph-data value may hold",
                    factory.streamReadConstraints().getMaxStringLength());
        }
        return "a value too large to read: " + message.replaceAll(", from `[^`]*`", "");
    }

    private void readObject(JsonParser parser, Path file, LocatedGraph graph, List<Problem> problems) throws IOException {
        String name = file.toString();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            problems.add(new Problem(location(name, parser.currentTokenLocation()),
                    "a graph-data file must hold one JSON object with a schemaVersion"));
            return;
        }
        JsonLocation start = parser.currentTokenLocation();
        Integer version = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonLocation fieldAt = parser.currentTokenLocation();
            parser.nextToken();
            if (field.equals("schemaVersion")) {
                version = parser.currentToken() == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : -1;
            } else if (TOP_LEVEL.contains(field)) {
                readArray(parser, name, fileAreas ? areaOf(file) : null, field, graph, problems);
            } else {
                problems.add(new Problem(location(name, fieldAt), "unknown top-level field \"" + field
                        + "\" (expected schemaVersion, concepts, papers, resources, relations)"));
                parser.skipChildren();
            }
        }
        if (version == null) {
            problems.add(new Problem(location(name, start), "missing \"schemaVersion\" (this program writes " + SCHEMA_VERSION + ")"));
        } else if (version != SCHEMA_VERSION) {
            problems.add(new Problem(location(name, start), version > SCHEMA_VERSION
                    ? "schemaVersion " + version + " was written by a newer ML Atlas; this one reads " + SCHEMA_VERSION
                    : "schemaVersion must be a whole number from 1 to " + SCHEMA_VERSION));
        }
        if (parser.nextToken() != null) {
            problems.add(new Problem(location(name, parser.currentTokenLocation()), "unexpected content after the top-level object"));
        }
    }

    /** The topic area of a file's nodes: its name without ".json" ("llm-alignment"). */
    static String areaOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    private void readArray(JsonParser parser, String name, String area, String field, LocatedGraph graph,
                           List<Problem> problems) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problems.add(new Problem(location(name, parser.currentTokenLocation()), "\"" + field + "\" must be a list"));
            parser.skipChildren();
            return;
        }
        EntryParser entries = new EntryParser(graph, problems, area);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            SourceLocation at = location(name, parser.currentTokenLocation());
            JsonNode entry = mapper.readTree(parser);
            if (!entry.isObject()) {
                problems.add(new Problem(at, "each entry of \"" + field + "\" must be a JSON object"));
                continue;
            }
            switch (field) {
                case "concepts" -> entries.node(entry, NodeKind.CONCEPT, at);
                case "papers" -> entries.node(entry, NodeKind.PAPER, at);
                case "resources" -> entries.node(entry, NodeKind.RESOURCE, at);
                default -> entries.relation(entry, at);
            }
        }
    }

    private static SourceLocation location(String file, JsonLocation at) {
        return new SourceLocation(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }
}
