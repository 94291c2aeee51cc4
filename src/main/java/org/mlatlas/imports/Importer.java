package org.mlatlas.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mlatlas.domain.AtlasGraph;

/** Reads a file or folder in one of the {@link ImportFormat}s and matches it against a graph. */
public final class Importer {
    private Importer() {
    }

    /**
     * Options of an import.
     *
     * @param format the format, or null to detect it from the path
     * @param topics for pair files: the topics file naming the ids, or null to look for one beside the file
     */
    public record Options(ImportFormat format, Path topics) {
        /** Detect the format, look for topics beside the file. */
        public static Options detect() {
            return new Options(null, null);
        }
    }

    /**
     * Reads the source into a draft.
     *
     * @throws ImportException for a missing or malformed source, with where the problem is
     */
    public static ImportDraft read(Path path, Options options, ImportProgress progress) {
        if (!Files.exists(path)) {
            throw new ImportException(null, "no file or folder " + path);
        }
        ImportFormat format = options.format() != null ? options.format() : ImportFormat.detect(path);
        return switch (format) {
            case PAIRS -> PairsReader.prerequisites(path, options.topics(), progress);
            case CITES -> PairsReader.citations(path, progress);
            case JSON -> JsonReader.read(path);
            case METACADEMY -> MetacademyReader.read(path, progress);
            case LECTUREBANK -> LectureBankReader.read(path, options.topics(), progress);
            case MARKDOWN -> MarkdownReader.read(path);
            case BIBTEX -> BibTexReader.read(path);
        };
    }

    /** Reads the source and matches it against {@code graph}: what the import would do. */
    public static ImportPlan plan(Path path, Options options, AtlasGraph graph, ImportProgress progress) {
        ImportDraft draft = read(path, options, progress);
        return Reconciler.plan(draft, graph);
    }
}
