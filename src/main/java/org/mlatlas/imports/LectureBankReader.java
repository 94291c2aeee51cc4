package org.mlatlas.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * Reads LectureBank (Yale-LILY): its lecture files ({@code lecturebank.tsv}, {@code lecturebank20.tsv}: one lecture
 * per line, {@code ID, Title, URL, Topic_ID, Year, Author, Domain, Venue}, tab separated, no header) become
 * resources of type {@code slides} that EXPLAIN their topic; the topic id is a {@code true_id} of
 * {@code taxonomy.tsv} ({@code id, topic_name, parent_topic, true_id}), found beside the file or above it, and
 * becomes a concept named like the topic (so "Language Modeling" meets {@code language-modeling} of the pair
 * import or of the curated graph). Lectures are matched by id or URL only, never by title ("Introduction" is the
 * title of many). The whole folder also brings LectureBank 1's and 2's prerequisite pairs ({@link PairsReader}).
 *
 * <p>Line endings (LF, CRLF, mixed), a missing final newline and malformed rows are reported with file and line;
 * a malformed row is left out, the rest is read. LectureBank states no license: every node it creates says where
 * it comes from, and that it is for research use.
 */
final class LectureBankReader {
    static final String ATTRIBUTION = "From LectureBank (Yale-LILY; no license stated: research use)";
    static final String RESOURCE_TYPE = "slides";
    private static final String COLUMNS = "ID, Title, URL, Topic_ID, Year, Author, Domain, Venue";
    private static final String OTHERS = "9999";

    private LectureBankReader() {
    }

    /** True for a LectureBank folder: {@code lecturebank.tsv} in it or in its {@code LB-Paper}. */
    static boolean isFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("lecturebank.tsv")) || Files.isRegularFile(dir.resolve("LB-Paper/lecturebank.tsv"));
    }

    /** True when the file's name says it is a LectureBank lecture file ({@code lecturebank*.tsv}). */
    static boolean isLectureFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith("lecturebank") && name.endsWith(".tsv");
    }

    /**
     * Reads a LectureBank folder (LectureBank 1's and 2's prerequisite pairs and lecture files), a lecture file,
     * or, for any other file, prerequisite pairs.
     *
     * @param taxonomy the taxonomy naming the lectures' topic ids, or null to look for {@code taxonomy.tsv}
     */
    static ImportDraft read(Path path, Path taxonomy, ImportProgress progress) {
        if (Files.isDirectory(path)) {
            return folder(path, progress);
        }
        if (!isLectureFile(path)) {
            return PairsReader.prerequisites(path, taxonomy, progress);
        }
        ImportDraft draft = new ImportDraft(path.toString());
        lectures(path, taxonomy != null ? taxonomy : findTaxonomy(path).orElse(null), draft, progress);
        return draft;
    }

    private static ImportDraft folder(Path dir, ImportProgress progress) {
        Path lb = Files.isRegularFile(dir.resolve("lecturebank.tsv")) ? dir : dir.resolve("LB-Paper");
        ImportDraft draft = new ImportDraft(dir.toString());
        for (Path pairs : List.of(lb.resolve("prerequisite_annotation.csv"), lb.resolve("LectureBank2/data/final_new_annotation.csv"))) {
            if (Files.isRegularFile(pairs)) {
                draft.absorb(PairsReader.prerequisites(pairs, null, progress));
            }
        }
        Path taxonomy = lb.resolve("taxonomy.tsv");
        for (Path lectures : List.of(lb.resolve("lecturebank.tsv"), lb.resolve("LectureBank2/data/lecturebank20.tsv"))) {
            if (Files.isRegularFile(lectures)) {
                lectures(lectures, Files.isRegularFile(taxonomy) ? taxonomy : findTaxonomy(lectures).orElse(null), draft, progress);
            }
        }
        if (Files.isDirectory(lb.resolve("LectureBankCD"))) {
            draft.skip(null, lb.resolve("LectureBankCD").toString(), "not read with the folder: cross-domain topics (CV, BIO) "
                    + "whose edge direction is not stated; import its files one by one if wanted");
        }
        if (Files.isRegularFile(dir.resolve("alldata.tsv"))) {
            draft.skip(null, dir.resolve("alldata.tsv").toString(), "not read with the folder: its Topic column uses other ids than taxonomy.tsv");
        }
        return draft;
    }

    /** Reads one lecture file into {@code draft}. */
    static void lectures(Path file, Path taxonomy, ImportDraft draft, ImportProgress progress) {
        Map<String, String> topics = taxonomy == null ? Map.of() : readTaxonomy(taxonomy, draft);
        if (taxonomy == null) {
            draft.problem(at(file, 1), "no taxonomy.tsv beside or above " + file.getFileName()
                    + " names the topic ids: lectures are kept without the topic they explain");
        }
        String stem = file.getFileName().toString().replaceFirst("(?i)\\.tsv$", "");
        String prefix = "res:" + NodeId.slug(stem) + "-";
        String origin = ATTRIBUTION + ", " + file.getFileName();
        List<Line> lines = lines(file, draft);
        Map<String, String> idByUrl = new HashMap<>();
        Map<String, Integer> lineByUrl = new HashMap<>();
        int others = 0;
        int read = 0;
        progress.start("reading " + file.getFileName(), lines.size());
        for (Line line : lines) {
            progress.step(line.number);
            SourceLocation at = at(file, line.number);
            if (line.text.isBlank()) {
                continue;
            }
            String[] v = values(line.text);
            if (v.length != 8) {
                draft.problem(at, "expected 8 tab-separated values (" + COLUMNS + "), found " + v.length + ": row left out");
                draft.skip(at, shorten(line.text), "malformed lecture rows");
                continue;
            }
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i].strip();
            }
            if (line.number == 1 && v[0].equalsIgnoreCase("id")) {
                continue; // a header
            }
            String title = v[1];
            if (title.isEmpty()) {
                draft.problem(at, "a lecture without a title: row left out");
                draft.skip(at, shorten(line.text), "malformed lecture rows");
                continue;
            }
            String url = v[2].isEmpty() ? null : v[2];
            if (url != null && (url.contains(" ") || !url.matches("(?i)(https?|ftp)://.+|www\\..+"))) {
                draft.problem(at, "\"" + shorten(url) + "\" is not a web address: the lecture is kept without it");
                url = null;
            } else if (url != null && url.regionMatches(true, 0, "www.", 0, 4)) {
                url = "http://" + url;
            } else if (url == null) {
                draft.problem(at, "a lecture without a URL: kept, but a re-import can match it only by its id");
            }
            Integer year = null;
            if (v[4].matches("(19|20)\\d\\d")) {
                year = Integer.parseInt(v[4]);
            } else if (!v[4].isEmpty()) {
                draft.problem(at, "the year \"" + v[4] + "\" is not a year: kept without it");
            }
            String key = url == null ? null : GraphIndex.normalizeUrl(url);
            String id = key == null ? null : idByUrl.get(key);
            if (id != null) {
                draft.problem(at, "the same URL as line " + lineByUrl.get(key) + ": one lecture, which explains the topics of both rows");
            } else {
                id = prefix + (v[0].matches("\\d+") ? v[0] : "line-" + line.number);
                String where = v[7].isEmpty() ? "" : ", " + v[7] + (v[6].isEmpty() ? "" : " (" + v[6] + ")");
                Node node = Node.builder(id, NodeKind.RESOURCE, title).notes(origin + " row " + v[0] + where + ".")
                        .year(year).url(url).resourceType(RESOURCE_TYPE).by(v[5].isEmpty() ? null : v[5]).build();
                id = draft.propose(new Proposal(node, Matching.URL, false, title, at));
                if (key != null) {
                    idByUrl.put(key, id);
                    lineByUrl.put(key, line.number);
                }
                read++;
            }
            String topicId = v[3];
            if (topicId.equals(OTHERS)) {
                others++;
                continue;
            }
            String topic = topics.get(topicId);
            if (topic == null) {
                if (taxonomy != null) {
                    draft.problem(at, (topicId.isEmpty() ? "no topic id" : "topic id " + topicId + " is not in " + taxonomy.getFileName())
                            + ": the lecture is kept without the topic it explains");
                }
                continue;
            }
            String concept = draft.propose(new Proposal(Node.builder(NodeId.slug(topic), NodeKind.CONCEPT, topic)
                    .notes(ATTRIBUTION + ", taxonomy topic " + topicId + ".").build(), Matching.MEANING, false, topic, at));
            draft.relate(new Relation(id, RelationKind.EXPLAINS, concept, null, null));
        }
        progress.end();
        if (others > 0) {
            draft.problem(at(file, 1), others + (others == 1 ? " lecture of " : " lectures of ") + file.getFileName()
                    + (others == 1 ? " has" : " have") + " the topic \"Others\" (" + OTHERS
                    + "): kept without a topic");
        }
        if (read == 0) {
            draft.problem(at(file, 1), "no lecture read from " + file.getFileName());
        }
    }

    private record Line(int number, String text, String ending) {
    }

    /** LectureBank's files: values separated by tabs, no quoting (a title may hold a quote character). */
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setQuote(null).setIgnoreEmptyLines(false).get();

    /** The tab-separated values of one line (the lines themselves are cut by {@link #lines}, which reports their endings). */
    private static String[] values(String line) {
        try (CSVParser parser = TSV.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? new String[] {""} : records.get(0).values();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /**
     * The file's lines, each with its ending (LF, CRLF, CR, or none for a last line without a newline); mixed
     * endings and a missing final newline are reported.
     */
    private static List<Line> lines(Path file, ImportDraft draft) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportException(at(file, 1), "cannot read: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                lines.add(new Line(number++, text.substring(start, i), crlf ? "CRLF" : c == '\r' ? "CR" : "LF"));
                if (crlf) {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new Line(number, text.substring(start), ""));
            draft.problem(at(file, number), "no newline at the end of the file: the last line is read all the same");
        }
        Map<String, List<Integer>> byEnding = new LinkedHashMap<>();
        lines.stream().filter(l -> !l.ending.isEmpty()).forEach(l -> byEnding.computeIfAbsent(l.ending, k -> new ArrayList<>()).add(l.number));
        if (byEnding.size() > 1) {
            String first = byEnding.keySet().iterator().next();
            byEnding.forEach((ending, numbers) -> {
                if (!ending.equals(first)) {
                    draft.problem(at(file, numbers.get(0)), "mixed line endings: " + numbers.size() + (numbers.size() == 1
                            ? " line ends" : " lines end") + " in " + ending + " where line 1 ends in " + first + ": read alike");
                }
            });
        } else if (byEnding.containsKey("CRLF") || byEnding.containsKey("CR")) {
            draft.problem(at(file, 1), "Windows (" + byEnding.keySet().iterator().next() + ") line endings, unlike the other"
                    + " LectureBank files: read alike");
        }
        return lines;
    }

    /** {@code true_id} to {@code topic_name} of a LectureBank taxonomy ({@code id, topic_name, parent_topic, true_id}). */
    private static Map<String, String> readTaxonomy(Path file, ImportDraft draft) {
        Map<String, String> names = new HashMap<>();
        for (Line line : lines(file, new ImportDraft(file.toString()))) {
            String[] v = values(line.text);
            if (line.text.isBlank() || (line.number == 1 && v[0].strip().equalsIgnoreCase("id"))) {
                continue;
            }
            if (v.length < 4 || v[1].isBlank() || !v[3].strip().matches("\\d+")) {
                draft.problem(at(file, line.number), "expected id, topic_name, parent_topic, true_id: line left out");
                continue;
            }
            names.put(v[3].strip(), v[1].strip().replaceAll("\\s+", " "));
        }
        return names;
    }

    /** {@code taxonomy.tsv} beside the file or in one of the three folders above it. */
    static Optional<Path> findTaxonomy(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path t = dir.resolve("taxonomy.tsv");
            if (Files.isRegularFile(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static SourceLocation at(Path file, int line) {
        return new SourceLocation(file.toString(), line, 1);
    }

    private static String shorten(String text) {
        String t = text.replace('\t', ' ').strip();
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }
}
