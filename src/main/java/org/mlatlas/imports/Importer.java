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
        if (Files.isRegularFile(path)) {
            requireText(path, format);
        }
        ImportDraft draft = switch (format) {
            case PAIRS -> PairsReader.prerequisites(path, options.topics(), progress);
            case CITES -> PairsReader.citations(path, progress);
            case JSON -> JsonReader.read(path);
            case METACADEMY -> MetacademyReader.read(path, progress);
            case LECTUREBANK -> LectureBankReader.read(path, options.topics(), progress);
            case MARKDOWN -> MarkdownReader.read(path, progress);
            case BIBTEX -> BibTexReader.read(path);
        };
        draft.inArea(areaOf(path, format));
        return draft;
    }

    /**
     * The topic area of an import's new nodes: the collection's name for Metacademy and LectureBank, else the file's
     * (or folder's) name without its extension ("ml-reading-notes" for ml-reading-notes.md). Graph-data JSON names
     * its own areas (its files' names).
     */
    static String areaOf(Path path, ImportFormat format) {
        if (format == ImportFormat.METACADEMY || format == ImportFormat.LECTUREBANK) {
            return format.word();
        }
        Path name = path.toAbsolutePath().normalize().getFileName();
        String file = name == null ? format.word() : name.toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** How much of a file is looked at to tell text from binary data. */
    private static final int SNIFF_BYTES = 64 * 1024;

    /** Refuses a file that holds binary data (a NUL byte near its start): it is no text format we read. */
    private static void requireText(Path file, ImportFormat format) {
        byte[] head = new byte[SNIFF_BYTES];
        int n;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (java.io.IOException e) {
            throw new ImportException(null, "cannot read " + file + ": " + e.getMessage());
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                throw new ImportException(null, file + " holds binary data (a zero byte at byte " + (i + 1)
                        + "), not " + format.description());
            }
        }
    }

    /** Reads the source and matches it against {@code graph}: what the import would do. */
    public static ImportPlan plan(Path path, Options options, AtlasGraph graph, ImportProgress progress) {
        ImportDraft draft = read(path, options, progress);
        return Reconciler.plan(draft, graph, progress);
    }
}
