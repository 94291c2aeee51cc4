package org.mlatlas.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.graphdata.GraphDataException;
import org.mlatlas.graphdata.GraphDataLoader;
import org.mlatlas.graphdata.GraphDataWriter;

/**
 * The graph as the explorer last loaded it, kept in one graph-data file so that the next window can show it at
 * once while the database starts (several seconds), and replace it with the live graph when that is loaded.
 * The copy is never the truth: nothing is saved to it except a graph just read from the store, and a copy that
 * cannot be read (missing, corrupt, written by another version) is simply not shown.
 */
public final class GraphCache {
    /** Graphs larger than this (nodes plus relationships) are not copied: reading them back would not be quick. */
    static final int MAX_ELEMENTS = 200_000;

    private final Path file;

    /** A cache kept in {@code file}. */
    public GraphCache(Path file) {
        this.file = file;
    }

    /** Where the copy lives. */
    public Path file() {
        return file;
    }

    /** The graph last saved, or empty when there is none or it cannot be read. */
    public Optional<AtlasGraph> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(GraphDataLoader.exact().load(file));
        } catch (GraphDataException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Saves {@code graph} in place of the previous copy. The file is replaced in one move, so a reader never sees
     * half a graph; a graph over {@link #MAX_ELEMENTS} removes the copy instead.
     */
    public void write(AtlasGraph graph) throws IOException {
        if (graph.nodes().size() + graph.relations().size() > MAX_ELEMENTS) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            new GraphDataWriter().write(graph, out);
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
