package org.mlatlas.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeId;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.graphdata.SourceLocation;

/**
 * Reads pair files: prerequisite pairs ({@code source,target[,label[,...]]}, LectureBank and TutorialBank
 * style, optionally with a topics file {@code id,name[,url]} that names the ids) and citation pairs
 * ({@code cited<TAB>citing}, Cora style). Comma, tab or {@code |} separated, quoted or not, with or without a
 * header. Rows labelled other than 1 are not prerequisites. Duplicates, conflicting labels, self-loops and ids
 * the topics file does not declare are reported; the data is kept.
 */
public final class PairsReader {
    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?\\d+");
    private PairsReader() {
    }

    /**
     * Reads a prerequisite-pair file.
     *
     * @param topics the topics file naming the ids, or null to look for one beside the file (a file whose name
     *               contains "topic" and shares the pair file's prefix), or to read the values as names
     */
    public static ImportDraft prerequisites(Path file, Path topics, ImportProgress progress) {
        Path topicsFile = topics != null ? topics : findTopics(file).orElse(null);
        Map<String, String> names = topicsFile == null ? Map.of() : readTopics(topicsFile);
        ImportDraft draft = new ImportDraft(file.toString());
        String origin = "Imported from " + file.getFileName() + (topicsFile == null ? "" : " (topics: " + topicsFile.getFileName() + ")") + ".";
        Map<String, String> ids = new HashMap<>();
        if (topicsFile != null) {
            Map<String, String> firstByName = new HashMap<>();
            names.forEach((id, name) -> {
                String slug = NodeId.slug(name);
                String earlier = firstByName.putIfAbsent(slug, id);
                if (earlier != null) {
                    draft.problem(new SourceLocation(topicsFile.toString(), 1, 1), "topics " + earlier + " and " + id
                            + " have the same name \"" + name + "\" (up to case and spacing): merged into one concept " + slug);
                }
            });
        }
        if (topicsFile != null) {
            SourceLocation topicsAt = new SourceLocation(topicsFile.toString(), 1, 1);
            names.keySet().forEach(id -> ids.computeIfAbsent(id, v -> topic(draft, v, names, topicsFile, origin, topicsAt)));
        }
        read(file, draft, progress, (row, at) -> {
            if (row.size() < 2) {
                throw new ImportException(at, "expected two values (source, target) and an optional label, found " + row.size());
            }
            String label = row.size() >= 3 ? row.get(2).trim() : "1";
            if (!INTEGER.matcher(label).matches()) {
                throw new ImportException(at, "the label \"" + label + "\" is not a number (1 means: source is a prerequisite of target)");
            }
            return new Pair(row.get(0).trim(), row.get(1).trim(), label.equals("1"));
        }, (value, at) -> ids.computeIfAbsent(value, v -> topic(draft, v, names, topicsFile, origin, at)), RelationKind.PREREQUISITE);
        return draft;
    }

    /** Reads a Cora-style citation file: {@code cited<TAB>citing} per line; papers get ids {@code cora:<n>}. */
    public static ImportDraft citations(Path file, ImportProgress progress) {
        ImportDraft draft = new ImportDraft(file.toString());
        Map<String, String> ids = new HashMap<>();
        String origin = "Imported from " + file.getFileName() + ".";
        read(file, draft, progress, (row, at) -> {
            if (row.size() != 2) {
                throw new ImportException(at, "expected two values (cited, citing), found " + row.size());
            }
            return new Pair(row.get(1).trim(), row.get(0).trim(), true);
        }, (value, at) -> ids.computeIfAbsent(value, v -> {
            String id = "cora:" + NodeId.slug(v);
            draft.propose(new Proposal(Node.builder(id, NodeKind.PAPER, "Cora paper " + v).notes(origin).build(), Matching.ID, false, v, at));
            return id;
        }), RelationKind.CITES);
        return draft;
    }

    private record Pair(String from, String to, boolean positive) {
    }

    private interface RowReader {
        Pair read(CSVRecord row, SourceLocation at);
    }

    private interface Ids {
        String of(String value, SourceLocation at);
    }

    private static void read(Path file, ImportDraft draft, ImportProgress progress, RowReader rows, Ids ids, RelationKind kind) {
        Map<String, long[]> seen = new HashMap<>();
        long negatives = 0;
        progress.start("reading " + file.getFileName(), -1);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = format(delimiter(file)).parse(reader)) {
            boolean first = true;
            long n = 0;
            for (CSVRecord row : parser) {
                SourceLocation at = new SourceLocation(file.toString(), (int) parser.getCurrentLineNumber(), 1);
                if (first && isHeader(row)) {
                    first = false;
                    continue;
                }
                first = false;
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                Pair pair = rows.read(row, at);
                if (++n % 10_000 == 0) {
                    progress.step(n);
                }
                String key = pair.from + "\u0000" + pair.to;
                long[] earlier = seen.putIfAbsent(key, new long[] {at.line(), pair.positive ? 1 : 0});
                if (earlier != null) {
                    boolean conflict = (earlier[1] == 1) != pair.positive;
                    draft.problem(at, (conflict ? "conflicting label for " : "duplicate pair ") + pair.from + " -> " + pair.to
                            + " (also at line " + earlier[0] + ")" + (conflict ? ": kept as a prerequisite" : ": kept once"));
                    if (!pair.positive || earlier[1] == 1) {
                        continue;
                    }
                    earlier[1] = 1;
                }
                if (!pair.positive) {
                    negatives++;
                    continue;
                }
                if (pair.from.equals(pair.to)) {
                    draft.skip(at, pair.from + " -> " + pair.to, "a self-loop");
                    continue;
                }
                String from = ids.of(pair.from, at);
                String to = ids.of(pair.to, at);
                draft.relate(new Relation(from, kind, to, null, null));
            }
            progress.step(n);
        } catch (IOException e) {
            throw new ImportException(new SourceLocation(file.toString(), 1, 1), "cannot read: " + e.getMessage());
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportException(new SourceLocation(file.toString(), 1, 1), "malformed: " + e.getMessage());
        } finally {
            progress.end();
        }
        if (negatives > 0) {
            draft.skip(null, negatives + " rows", "rows labelled not a prerequisite (label other than 1)", (int) Math.min(Integer.MAX_VALUE, negatives));
        }
    }

    private static String topic(ImportDraft draft, String value, Map<String, String> names, Path topicsFile, String origin,
                                SourceLocation at) {
        String name = names.get(value);
        String notes = origin;
        if (name == null && topicsFile != null) {
            name = "Topic " + value;
            notes = origin + " Topic id " + value + " is not declared in " + topicsFile.getFileName() + ".";
            draft.problem(at, "topic id " + value + " is not declared in " + topicsFile.getFileName() + ": kept as concept topic-" + NodeId.slug(value));
        } else if (name == null) {
            name = value;
        }
        String id = names.containsKey(value) || topicsFile == null ? NodeId.slug(name) : "topic-" + NodeId.slug(value);
        return draft.propose(new Proposal(Node.builder(id, NodeKind.CONCEPT, name).notes(notes).build(), Matching.MEANING, false,
                name.equals(value) ? value : value + " (" + name + ")", at));
    }

    private static boolean isHeader(CSVRecord row) {
        for (String v : row) {
            String t = v.trim().toLowerCase(Locale.ROOT);
            if (t.contains("source") || t.contains("target") || t.equals("from") || t.equals("to") || t.contains("prereq")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> readTopics(Path file) {
        Map<String, String> names = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = format(delimiter(file)).parse(reader)) {
            for (CSVRecord row : parser) {
                if (row.size() >= 2 && !row.get(1).isBlank() && row.get(0).trim().matches("[0-9A-Za-z_.-]+")
                        && !isHeader(row) && !row.get(0).trim().equalsIgnoreCase("id")) {
                    names.put(row.get(0).trim(), row.get(1).trim().replaceAll("\\s+", " "));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportException(new SourceLocation(file.toString(), 1, 1), "cannot read the topics file: " + e.getMessage());
        }
        return names;
    }

    /** A topics file beside a pair file: its name contains "topic" and, if several do, shares the pair file's prefix. */
    static Optional<Path> findTopics(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = file.getFileName().toString().split("[._]")[0].toLowerCase(Locale.ROOT);
        try (Stream<Path> listing = Files.list(dir)) {
            List<Path> candidates = listing.filter(p -> !p.equals(file.toAbsolutePath()))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).contains("topic"))
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(csv|tsv|txt)$")).sorted().toList();
            if (candidates.size() <= 1) {
                return candidates.stream().findFirst();
            }
            return candidates.stream().filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static char delimiter(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            String line = lines.filter(l -> !l.isBlank()).findFirst().orElse("");
            if (line.indexOf('\t') >= 0) {
                return '\t';
            }
            if (line.indexOf('|') >= 0 && line.indexOf(',') < 0) {
                return '|';
            }
            return ',';
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(new SourceLocation(file.toString(), 1, 1), "cannot read: " + e.getMessage());
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
    }
}
