package org.mlatlas.graphdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeId;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;

/** Turns one JSON entry of a graph-data file into a node and its relationships, or into problems. */
final class EntryParser {
    private static final Set<String> COMMON = Set.of("id", "aliases", "summary", "notes", "fromNotes", "known",
            "prerequisites", "explains", "cites", "minutes", "area");
    private static final Map<NodeKind, Set<String>> SPECIFIC = Map.of(
            NodeKind.CONCEPT, Set.of("name", "questions", "candidates", "milestone", "firstReading"),
            NodeKind.PAPER, Set.of("title", "authors", "year", "venue", "arxiv", "url"),
            NodeKind.RESOURCE, Set.of("title", "kind", "by", "year", "url"));
    private static final List<String> RELATION_FIELDS = List.of("from", "type", "to", "note", "role", "minutes", "part");
    private static final List<String> REF_FIELDS = List.of("id", "note", "role", "minutes", "part");

    private final LocatedGraph graph;
    private final List<Problem> problems;
    private final String area;

    /** A parser adding to {@code graph}, reporting to {@code problems}, for nodes of the topic {@code area}. */
    EntryParser(LocatedGraph graph, List<Problem> problems, String area) {
        this.graph = graph;
        this.problems = problems;
        this.area = area;
    }

    void node(JsonNode json, NodeKind kind, SourceLocation at) {
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!COMMON.contains(field) && !SPECIFIC.get(kind).contains(field)) {
                problems.add(new Problem(at, "unknown field \"" + field + "\" on a " + kind + " (see docs/graph-data-format.md)"));
            }
        }
        String id = text(json, "id", at);
        String nameField = kind == NodeKind.CONCEPT ? "name" : "title";
        String name = text(json, nameField, at);
        if (id == null) {
            problems.add(new Problem(at, "a " + kind + " without \"id\""));
            return;
        }
        if (!NodeId.isValid(id)) {
            problems.add(new Problem(at, NodeId.whyMalformed(id)));
            return;
        }
        if (name == null || name.isBlank()) {
            problems.add(new Problem(at, kind + " " + id + " has no \"" + nameField + "\""));
        }
        String resourceType = kind == NodeKind.RESOURCE ? text(json, "kind", at) : null;
        if (kind == NodeKind.RESOURCE && (resourceType == null || !Node.RESOURCE_TYPES.contains(resourceType))) {
            problems.add(new Problem(at, "resource " + id + " needs a \"kind\", one of " + String.join(", ", Node.RESOURCE_TYPES)));
        }
        String arxiv = text(json, "arxiv", at);
        Node node = Node.builder(id, kind, name == null ? id : name).aliases(strings(json, "aliases", at))
                .summary(text(json, "summary", at)).notes(text(json, "notes", at)).fromNotes(bool(json, "fromNotes", at))
                .known(bool(json, "known", at)).questions(strings(json, "questions", at))
                .candidates(strings(json, "candidates", at)).minutes(integer(json, "minutes", at))
                .authors(strings(json, "authors", at)).year(integer(json, "year", at)).venue(text(json, "venue", at))
                .arxiv(arxiv == null ? null : arxiv.replaceFirst("v\\d+$", "")).url(text(json, "url", at))
                .resourceType(resourceType).by(text(json, "by", at)).milestone(bool(json, "milestone", at)).firstReading(text(json, "firstReading", at))
                .area(json.hasNonNull("area") ? text(json, "area", at) : area)
                .build();
        graph.add(node, at);
        for (Ref ref : refs(json, "prerequisites", at)) {
            graph.add(new Relation(ref.id, RelationKind.PREREQUISITE, id, ref.note, null), at);
        }
        for (Ref ref : refs(json, "explains", at)) {
            graph.add(new Relation(id, RelationKind.EXPLAINS, ref.id, ref.note, ref.role, ref.minutes, ref.part), at);
        }
        for (Ref ref : refs(json, "cites", at)) {
            graph.add(new Relation(id, RelationKind.CITES, ref.id, ref.note, null), at);
        }
    }

    void relation(JsonNode json, SourceLocation at) {
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!RELATION_FIELDS.contains(field)) {
                problems.add(new Problem(at, "unknown field \"" + field + "\" on a relation (expected " + String.join(", ", RELATION_FIELDS) + ")"));
            }
        }
        String from = text(json, "from", at);
        String to = text(json, "to", at);
        String type = text(json, "type", at);
        if (from == null || to == null || type == null) {
            problems.add(new Problem(at, "a relation needs \"from\", \"type\" and \"to\""));
            return;
        }
        RelationKind kind = RelationKind.parse(type).orElse(null);
        if (kind == null) {
            problems.add(new Problem(at, "unknown relation type \"" + type + "\" (expected PREREQUISITE, EXPLAINS or CITES)"));
            return;
        }
        ReadingRole role = role(json, at);
        if (role != null && kind != RelationKind.EXPLAINS) {
            problems.add(new Problem(at, "a \"role\" belongs only on EXPLAINS relations"));
        }
        Integer minutes = integer(json, "minutes", at);
        String part = text(json, "part", at);
        if ((minutes != null || part != null) && kind != RelationKind.EXPLAINS) {
            problems.add(new Problem(at, "\"minutes\" and \"part\" belong only on EXPLAINS relations"));
        }
        graph.add(new Relation(from, kind, to, text(json, "note", at), role, minutes, part), at);
    }

    private record Ref(String id, String note, ReadingRole role, Integer minutes, String part) {
    }

    private List<Ref> refs(JsonNode json, String field, SourceLocation at) {
        JsonNode list = json.get(field);
        List<Ref> refs = new ArrayList<>();
        if (list == null || list.isNull()) {
            return refs;
        }
        if (!list.isArray()) {
            problems.add(new Problem(at, "\"" + field + "\" must be a list of ids"));
            return refs;
        }
        for (JsonNode item : list) {
            if (item.isTextual()) {
                refs.add(new Ref(item.asText(), null, null, null, null));
            } else if (item.isObject() && item.path("id").isTextual()) {
                for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!REF_FIELDS.contains(f)) {
                        problems.add(new Problem(at, "unknown field \"" + f + "\" in \"" + field + "\" (expected "
                                + String.join(", ", REF_FIELDS) + ")"));
                    }
                }
                ReadingRole role = role(item, at);
                Integer minutes = integer(item, "minutes", at);
                String part = text(item, "part", at);
                if ((role != null || minutes != null || part != null) && !field.equals("explains")) {
                    problems.add(new Problem(at, "\"role\", \"minutes\" and \"part\" belong only in \"explains\""));
                }
                refs.add(new Ref(item.get("id").asText(), text(item, "note", at), role, minutes, part));
            } else {
                problems.add(new Problem(at, "each item of \"" + field + "\" must be an id or {\"id\": ..., \"note\": ...}"));
            }
        }
        return refs;
    }

    private ReadingRole role(JsonNode json, SourceLocation at) {
        String word = text(json, "role", at);
        if (word == null) {
            return null;
        }
        ReadingRole role = ReadingRole.parse(word).orElse(null);
        if (role == null) {
            problems.add(new Problem(at, "unknown role \"" + word + "\" (expected introduces, explainer or covers)"));
        }
        return role;
    }

    private String text(JsonNode json, String field, SourceLocation at) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new Problem(at, "\"" + field + "\" must be a string"));
            return null;
        }
        return value.asText();
    }

    private Integer integer(JsonNode json, String field, SourceLocation at) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            problems.add(new Problem(at, "\"" + field + "\" must be a whole number, not " + value));
            return null;
        }
        return value.asInt();
    }

    private boolean bool(JsonNode json, String field, SourceLocation at) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(new Problem(at, "\"" + field + "\" must be true or false"));
            return false;
        }
        return value.asBoolean();
    }

    private List<String> strings(JsonNode json, String field, SourceLocation at) {
        JsonNode value = json.get(field);
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (!value.isArray()) {
            problems.add(new Problem(at, "\"" + field + "\" must be a list of strings"));
            return result;
        }
        for (JsonNode item : value) {
            if (item.isTextual()) {
                result.add(item.asText());
            } else {
                problems.add(new Problem(at, "\"" + field + "\" must be a list of strings"));
            }
        }
        return result;
    }
}
