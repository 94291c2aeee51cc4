package org.mlatlas.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.neo4j.driver.Value;

/** Converts nodes and relations to and from Neo4j property maps. */
final class NodeMapping {
    /** Separates the keys in a node's {@code nameKeys}; no key holds it ({@link NameMatcher#key} has no control characters). */
    private static final String KEY_SEPARATOR = "\u001F";

    private NodeMapping() {
    }

    /** The properties a node is stored with (nulls left out), including the text the full-text index reads. */
    static Map<String, Object> toProperties(Node n) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", n.id());
        p.put("name", n.name());
        putList(p, "aliases", n.aliases());
        putIfPresent(p, "summary", n.summary());
        putIfPresent(p, "notes", n.notes());
        p.put("fromNotes", n.fromNotes());
        p.put("known", n.known());
        putList(p, "questions", n.questions());
        putList(p, "candidates", n.candidates());
        putIfPresent(p, "minutes", n.minutes());
        putList(p, "authors", n.authors());
        putIfPresent(p, "year", n.year());
        putIfPresent(p, "venue", n.venue());
        putIfPresent(p, "arxiv", n.arxiv());
        putIfPresent(p, "url", n.url());
        putIfPresent(p, "resourceType", n.resourceType());
        putIfPresent(p, "by", n.by());
        if (n.milestone()) {
            p.put("milestone", true);
        }
        putIfPresent(p, "area", n.area());
        putIfPresent(p, "firstReading", n.firstReading());
        p.put("searchText", searchText(n));
        p.put("nameKeys", nameKeys(n));
        return p;
    }

    /**
     * The keys a node is named by ({@link NameMatcher#keys}), each between separators, so that a text names the
     * node exactly when its {@link #nameKey} is contained in this.
     */
    static String nameKeys(Node n) {
        return KEY_SEPARATOR + String.join(KEY_SEPARATOR, NameMatcher.keys(n)) + KEY_SEPARATOR;
    }

    /** The key of a typed text between separators, as it occurs in the name keys of the nodes it names. */
    static String nameKey(String text) {
        return KEY_SEPARATOR + NameMatcher.key(text) + KEY_SEPARATOR;
    }

    /** Everything search should find a node by, besides its name and summary. */
    static String searchText(Node n) {
        List<String> parts = new ArrayList<>();
        parts.add(n.id().replace('-', ' '));
        parts.addAll(n.aliases());
        parts.addAll(n.questions());
        parts.addAll(n.authors());
        if (n.arxiv() != null) {
            parts.add(n.arxiv());
        }
        if (n.by() != null) {
            parts.add(n.by());
        }
        if (n.notes() != null) {
            parts.add(n.notes());
        }
        return String.join(" | ", parts);
    }

    /** A node from its labels and properties. */
    static Node toNode(List<String> labels, Value p) {
        NodeKind kind = labels.stream().map(NodeKind::parse).flatMap(java.util.Optional::stream)
                .findFirst().orElse(NodeKind.CONCEPT);
        return Node.builder(p.get("id").asString(), kind, p.get("name").asString()).aliases(strings(p, "aliases"))
                .summary(text(p, "summary")).notes(text(p, "notes")).fromNotes(p.get("fromNotes").asBoolean(false))
                .known(p.get("known").asBoolean(false)).questions(strings(p, "questions"))
                .candidates(strings(p, "candidates")).minutes(integer(p, "minutes")).authors(strings(p, "authors"))
                .year(integer(p, "year")).venue(text(p, "venue")).arxiv(text(p, "arxiv")).url(text(p, "url"))
                .resourceType(text(p, "resourceType")).by(text(p, "by")).milestone(p.get("milestone").asBoolean(false))
                .area(text(p, "area")).firstReading(text(p, "firstReading")).build();
    }

    /** The row a relation is written with. */
    static Map<String, Object> toRow(Relation r) {
        Map<String, Object> row = new HashMap<>();
        row.put("from", r.from());
        row.put("to", r.to());
        row.put("note", r.note());
        row.put("role", r.role() == null ? null : r.role().word());
        row.put("minutes", r.minutes());
        row.put("part", r.part());
        return row;
    }

    /** A relation from a query row with from, type, to, note, role, minutes and part. */
    static Relation toRelation(org.neo4j.driver.Record row) {
        return toRelation(row.get("from").asString(), RelationKind.valueOf(row.get("type").asString()),
                row.get("to").asString(), row.get("note"), row.get("role"), row.get("minutes"), row.get("part"));
    }

    /** A relation between two ids from a map with the relationship's note, role, minutes and part. */
    static Relation toRelation(String from, RelationKind kind, String to, Value properties) {
        return toRelation(from, kind, to, properties.get("note"), properties.get("role"), properties.get("minutes"),
                properties.get("part"));
    }

    private static Relation toRelation(String from, RelationKind kind, String to, Value note, Value role, Value minutes,
                                       Value part) {
        return new Relation(from, kind, to, note.isNull() ? null : note.asString(),
                role.isNull() ? null : ReadingRole.parse(role.asString()).orElse(ReadingRole.COVERS),
                minutes.isNull() ? null : minutes.asInt(), part.isNull() ? null : part.asString());
    }

    private static void putIfPresent(Map<String, Object> p, String key, Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }

    private static void putList(Map<String, Object> p, String key, List<String> values) {
        if (!values.isEmpty()) {
            p.put(key, values);
        }
    }

    private static String text(Value p, String key) {
        Value v = p.get(key);
        return v.isNull() ? null : v.asString();
    }

    private static Integer integer(Value p, String key) {
        Value v = p.get(key);
        return v.isNull() ? null : v.asInt();
    }

    private static List<String> strings(Value p, String key) {
        Value v = p.get(key);
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
