package org.mlatlas.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The formats {@code atlas import} reads, each with the file names it is detected from. */
public enum ImportFormat {
    /** Markdown or Obsidian notes ({@code .md}). */
    MARKDOWN("markdown", "md"),
    /** BibTeX from JabRef, Zotero and the like ({@code .bib}). */
    BIBTEX("bibtex", "bib"),
    /** The Metacademy content folder (with {@code concepts/}). */
    METACADEMY("metacademy", null),
    /**
     * LectureBank: the folder (its prerequisite pairs and lecture files), a lecture file ({@code lecturebank*.tsv}:
     * lectures that explain topics), or another of its files (prerequisite pairs).
     */
    LECTUREBANK("lecturebank", null),
    /** Prerequisite pairs, LectureBank / TutorialBank style ({@code .csv}, {@code .tsv}). */
    PAIRS("pairs", "csv"),
    /** Citation pairs, Cora style: {@code cited<TAB>citing} per line ({@code .cites}). */
    CITES("cites", "cites"),
    /** The graph-data JSON format (a file, or a folder of them). */
    JSON("json", "json");

    private final String word;
    private final String extension;

    ImportFormat(String word, String extension) {
        this.word = word;
        this.extension = extension;
    }

    /** The name used with {@code --format}. */
    public String word() {
        return word;
    }

    /** The format in words, for messages: "a BibTeX file". */
    public String description() {
        return switch (this) {
            case MARKDOWN -> "a Markdown file";
            case BIBTEX -> "a BibTeX file";
            case METACADEMY -> "Metacademy content";
            case LECTUREBANK -> "a LectureBank file";
            case PAIRS -> "a file of prerequisite pairs";
            case CITES -> "a file of citation pairs";
            case JSON -> "a graph-data JSON file";
        };
    }

    /** Parses a {@code --format} value (also csv, tsv, cora, md, bib, obsidian). */
    public static Optional<ImportFormat> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "csv", "tsv", "tutorialbank" -> Optional.of(PAIRS);
            case "lectures" -> Optional.of(LECTUREBANK);
            case "cora" -> Optional.of(CITES);
            case "md", "obsidian" -> Optional.of(MARKDOWN);
            case "bib" -> Optional.of(BIBTEX);
            default -> Arrays.stream(values()).filter(f -> f.word.equals(t)).findFirst();
        };
    }

    /**
     * The format of a file or folder, from its name or layout.
     *
     * @throws ImportException when it cannot be told (then name it with --format)
     */
    public static ImportFormat detect(Path path) {
        if (Files.isDirectory(path)) {
            if (Files.isDirectory(path.resolve("concepts"))) {
                return METACADEMY;
            }
            if (LectureBankReader.isFolder(path)) {
                return LECTUREBANK;
            }
            try (Stream<Path> files = Files.list(path)) {
                if (files.anyMatch(p -> p.toString().endsWith(".json"))) {
                    return JSON;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new ImportException(null, path + " is a folder, but neither Metacademy content (concepts/), LectureBank (lecturebank.tsv) nor graph-data (*.json)");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (LectureBankReader.isLectureFile(path)) {
            return LECTUREBANK;
        }
        if (name.endsWith(".tsv") || name.endsWith(".txt")) {
            return PAIRS;
        }
        if (name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        for (ImportFormat f : values()) {
            if (f.extension != null && name.endsWith("." + f.extension)) {
                return f;
            }
        }
        throw new ImportException(null, "cannot tell the format of " + path.getFileName()
                + " from its name: give --format (markdown, bibtex, metacademy, lecturebank, pairs, cites, json)");
    }
}
