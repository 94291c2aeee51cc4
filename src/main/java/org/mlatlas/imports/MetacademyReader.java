package org.mlatlas.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeId;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.graphdata.SourceLocation;

/**
 * Reads the Metacademy content folder ({@code concepts/<tag>/title.txt, summary.txt, dependencies.txt,
 * resources.txt}, {@code time_estimates/}, {@code shortcuts/}, the global {@code resources.txt}).
 *
 * <p>Concepts keep their tags as ids ({@code gaussian_process_regression}); a dependency is a PREREQUISITE
 * whose note is its reason. Tags written with hyphens or spaces are read as the underscore directories they
 * mean; tags that name no directory even then ("dangling") become placeholder concepts. Both are reported.
 * A shortcut folder becomes a lighter concept {@code <tag>_shortcut}, and dependencies marked
 * {@code shortcut: 1} start from it. Textbook sections and other resources become readings (EXPLAINS).
 * Metacademy is CC BY-SA 3.0: every node it creates says so in its notes.
 */
final class MetacademyReader {
    static final String ATTRIBUTION = "From Metacademy (metacademy-content, CC BY-SA 3.0)";
    /** Appended to the note of every relationship the import takes from Metacademy. */
    static final String EDGE_ATTRIBUTION = "(Metacademy, CC BY-SA 3.0)";

    private final Path root;
    private final ImportDraft draft;
    private final Map<String, String> dirs = new TreeMap<>();
    private final Map<String, List<String>> hyphenated = new TreeMap<>();
    private final Map<String, List<String>> dangling = new TreeMap<>();
    private final Map<String, Map<String, String>> globalResources = new LinkedHashMap<>();
    private final Map<String, Relation> readings = new LinkedHashMap<>();
    private int shortcutEdges;
    private int shortcutFallbacks;

    private MetacademyReader(Path root) {
        this.root = root;
        this.draft = new ImportDraft(root.toString());
        draft.keepCyclesOut();
    }

    static ImportDraft read(Path root, ImportProgress progress) {
        return new MetacademyReader(root).read(progress);
    }

    private ImportDraft read(ImportProgress progress) {
        for (Path dir : list(root.resolve("concepts"))) {
            if (Files.isDirectory(dir) && !dir.getFileName().toString().equals("ANNOTATED_EXAMPLE")) {
                dirs.put(normalize(dir.getFileName().toString()), dir.getFileName().toString());
            }
        }
        Map<String, Double> hours = hours(root.resolve("time_estimates/concepts.txt"));
        Map<String, Double> shortcutHours = hours(root.resolve("time_estimates/shortcuts.txt"));
        for (Map<String, String> r : records(root.resolve("resources.txt"))) {
            if (r.containsKey("key")) {
                globalResources.put(r.get("key"), r);
            }
        }
        Map<String, String> shortcuts = new TreeMap<>();
        for (Path dir : list(root.resolve("shortcuts"))) {
            String tag = normalize(dir.getFileName().toString());
            if (dirs.containsKey(tag)) {
                shortcuts.put(tag, tag + "_shortcut");
            }
        }
        progress.start("reading Metacademy concepts", dirs.size());
        int done = 0;
        for (Map.Entry<String, String> e : dirs.entrySet()) {
            String id = e.getKey();
            Path dir = root.resolve("concepts").resolve(e.getValue());
            String title = text(dir.resolve("title.txt"));
            Double h = hours.get(e.getValue());
            draft.propose(new Proposal(concept(id, title == null ? words(id) : title, text(dir.resolve("summary.txt")), h,
                    ATTRIBUTION + ", concept " + e.getValue() + "."), Matching.MEANING, false, e.getValue(), location(dir.resolve("title.txt"), 1)));
            dependencies(id, dir.resolve("dependencies.txt"), shortcuts);
            resources(id, dir.resolve("resources.txt"));
            progress.step(++done);
        }
        progress.end();
        for (Map.Entry<String, String> s : shortcuts.entrySet()) {
            Node full = draft.proposal(s.getKey()).node();
            Path dir = root.resolve("shortcuts").resolve(dirs.get(s.getKey()));
            draft.propose(new Proposal(concept(s.getValue(), full.name() + " (shortcut)",
                    "A lighter version of " + full.name() + ": enough where a concept needs only its basics.",
                    shortcutHours.get(dirs.get(s.getKey())), ATTRIBUTION + ", shortcut " + dirs.get(s.getKey()) + "."),
                    Matching.ID, false, s.getValue(), location(dir, 1)));
            dependencies(s.getValue(), dir.resolve("dependencies.txt"), Map.of());
            resources(s.getValue(), dir.resolve("resources.txt"));
        }
        readings.values().forEach(r -> draft.relate(r.withNote(attributed(r.note()))));
        report();
        return draft;
    }

    private void dependencies(String id, Path file, Map<String, String> shortcuts) {
        for (Record r : recordsWithLines(file, "tag")) {
            String raw = r.fields.get("tag");
            if (raw == null) {
                throw new ImportException(location(file, r.line), "a dependency without \"tag:\"");
            }
            String tag = normalize(raw);
            String from;
            if (dirs.containsKey(tag)) {
                from = tag;
                if (!dirs.get(tag).equals(raw.trim())) {
                    hyphenated.computeIfAbsent(raw.trim(), k -> new ArrayList<>()).add(id);
                }
            } else {
                from = NodeId.isValid(tag) ? tag : NodeId.slug(tag).replace('-', '_');
                dangling.computeIfAbsent(raw.trim(), k -> new ArrayList<>()).add(id);
                if (draft.proposal(from) == null) {
                    draft.propose(new Proposal(concept(from, words(tag), null, null, ATTRIBUTION + ": named as a prerequisite (\""
                            + raw.trim() + "\") but not defined there."), Matching.MEANING, false, raw.trim(), location(file, r.line)));
                }
            }
            String note = r.fields.get("reason");
            if ("1".equals(r.fields.get("shortcut"))) {
                shortcutEdges++;
                if (shortcuts.containsKey(from)) {
                    from = shortcuts.get(from);
                    note = (note == null ? "" : note + " ") + "(Metacademy shortcut: the lighter version is enough.)";
                } else {
                    shortcutFallbacks++;
                    note = (note == null ? "" : note + " ") + "(Metacademy marks this a shortcut, but has no lighter version: the full concept is used.)";
                }
            }
            draft.relate(new Relation(from, RelationKind.PREREQUISITE, id, attributed(note), null));
        }
    }

    private void resources(String concept, Path file) {
        for (Map<String, String> r : records(file)) {
            Map<String, String> res = r.containsKey("source") ? globalResources.get(r.get("source")) : r;
            if (res == null || res.get("title") == null) {
                draft.skip(location(file, 1), "resource " + r.getOrDefault("source", r.toString()), "not in Metacademy's resources.txt");
                continue;
            }
            String key = r.containsKey("source") ? r.get("source") : NodeId.slug(res.get("title"));
            String type = res.getOrDefault("resource_type", "").toLowerCase(Locale.ROOT);
            boolean paper = type.contains("paper") || type.contains("report") || type.contains("thesis");
            String id = (paper ? "paper:metacademy-" : "res:metacademy-") + NodeId.slug(key);
            Integer year = year(res.getOrDefault("year", res.get("edition_years")));
            String url = res.get("url");
            String by = res.get("authors");
            Node node = Node.builder(id, paper ? NodeKind.PAPER : NodeKind.RESOURCE, res.get("title"))
                    .notes(ATTRIBUTION + ", resource " + key + ".")
                    .authors(paper && by != null ? List.of(by.split("\\s+and\\s+|,\\s*")) : List.of()).year(year).url(url)
                    .resourceType(paper ? null : resourceType(type)).by(paper ? null : by).build();
            if (draft.proposal(id) == null) {
                draft.propose(new Proposal(node, Matching.EXACT, false, res.get("title"), location(file, 1)));
            }
            String where = r.get("location");
            ReadingRole role = "1".equals(r.get("core")) ? ReadingRole.EXPLAINER : ReadingRole.COVERS;
            String edge = id + " " + concept;
            Relation earlier = readings.get(edge);
            String note = earlier == null ? where : earlier.note() == null ? where : where == null || earlier.note().contains(where)
                    ? earlier.note() : earlier.note() + "; " + where;
            ReadingRole best = earlier != null && earlier.role().ordinal() < role.ordinal() ? earlier.role() : role;
            readings.put(edge, new Relation(id, RelationKind.EXPLAINS, concept, note, best));
        }
    }

    private void report() {
        if (!hyphenated.isEmpty()) {
            int uses = hyphenated.values().stream().mapToInt(List::size).sum();
            draft.problem(null, hyphenated.size() + " dependency tags (" + uses + " uses) are spelled with hyphens or spaces"
                    + " and were read as their underscore concepts, e.g. " + examples(hyphenated.keySet()));
        }
        dangling.forEach((tag, users) -> draft.problem(null, "dangling tag \"" + tag + "\" (needed by " + String.join(", ", users)
                + ") names no Metacademy concept, even as " + normalize(tag) + ": kept as a placeholder concept"));
        if (shortcutEdges > 0) {
            draft.problem(null, shortcutEdges + " dependencies are marked shortcut; " + (shortcutEdges - shortcutFallbacks)
                    + " start from a shortcut concept, " + shortcutFallbacks + " from the full concept (no shortcut folder)");
        }
    }

    private static String attributed(String note) {
        return note == null || note.isBlank() ? EDGE_ATTRIBUTION : note + " " + EDGE_ATTRIBUTION;
    }

    private static String examples(java.util.Collection<String> tags) {
        return String.join(", ", tags.stream().limit(5).toList()) + (tags.size() > 5 ? ", ..." : "");
    }

    private static Node concept(String id, String name, String summary, Double hours, String notes) {
        Integer minutes = hours == null ? null : (int) Math.max(1, Math.round(hours * 60));
        return Node.builder(id, NodeKind.CONCEPT, name).summary(summary).notes(notes).minutes(minutes).build();
    }

    private static String resourceType(String type) {
        if (type.contains("book") || type.contains("compendium") || type.contains("reference")) {
            return "book";
        }
        if (type.contains("video") || type.contains("youtube")) {
            return "video";
        }
        if (type.contains("course") || type.contains("lecture")) {
            return "course";
        }
        return "site";
    }

    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(19|20)\\d\\d").matcher(text);
        Integer last = null;
        while (m.find()) {
            last = Integer.parseInt(m.group());
        }
        return last;
    }

    /** A tag as the directory it means: lower case, hyphens and spaces as underscores. */
    static String normalize(String tag) {
        return tag.trim().toLowerCase(Locale.ROOT).replace('-', '_').replaceAll("\\s+", "_");
    }

    private static String words(String tag) {
        String w = tag.replace('_', ' ').trim();
        return w.isEmpty() ? tag : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static SourceLocation location(Path file, int line) {
        return new SourceLocation(file.toString(), line, 1);
    }

    private record Record(int line, Map<String, String> fields) {
    }

    private static List<Map<String, String>> records(Path file) {
        return recordsWithLines(file, null).stream().map(Record::fields).toList();
    }

    /**
     * Blank-line separated {@code key: value} records ({@code #} comments); a line with {@code startKey} also
     * starts a new record. A repeated key (several {@code location:} lines) keeps every value, joined by "; ".
     */
    private static List<Record> recordsWithLines(Path file, String startKey) {
        List<Record> records = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return records;
        }
        List<String> lines = lines(file);
        Map<String, String> current = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                if (current != null) {
                    records.add(new Record(start, current));
                }
                current = null;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(0, colon).matches("[a-z_]+")) {
                throw new ImportException(location(file, i + 1), "expected \"key: value\", found \"" + line + "\"");
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 1).strip();
            if (current != null && key.equals(startKey)) {
                records.add(new Record(start, current));
                current = null;
            }
            if (current == null) {
                current = new LinkedHashMap<>();
                start = i + 1;
            }
            current.merge(key, value, (a, b) -> a + "; " + b);
        }
        if (current != null) {
            records.add(new Record(start, current));
        }
        return records;
    }

    private static Map<String, Double> hours(Path file) {
        Map<String, Double> hours = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return hours;
        }
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).trim().split("\\s+");
            if (parts.length == 2) {
                try {
                    hours.put(parts[0], Double.parseDouble(parts[1]));
                } catch (NumberFormatException e) {
                    throw new ImportException(location(file, i + 1), "expected \"<tag> <hours>\", found \"" + lines.get(i) + "\"");
                }
            }
        }
        return hours;
    }

    private static String text(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String text = String.join(" ", lines(file).stream().filter(l -> !l.startsWith("#")).toList()).strip();
        return text.isEmpty() ? null : text.replaceAll("\\s+", " ");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(location(file, 1), "cannot read: " + e.getMessage());
        }
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
