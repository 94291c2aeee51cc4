package org.mlatlas.graphdata;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;

/**
 * Writes a graph in the graph-data format, one file, nodes ordered by kind then id, each relationship written
 * on the node that owns it (prerequisites on the dependent node, explains and cites on the reading), so that
 * reading the output back gives the same graph.
 */
public final class GraphDataWriter {
    private final ObjectMapper mapper = new ObjectMapper();

    /** Writes {@code graph} to {@code out} (not closed). */
    public void write(AtlasGraph graph, Writer out) throws IOException {
        Map<String, List<Relation>> owned = new HashMap<>();
        for (Relation r : graph.relations()) {
            String owner = r.kind() == RelationKind.PREREQUISITE ? r.to() : r.from();
            owned.computeIfAbsent(owner, k -> new ArrayList<>()).add(r);
        }
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", GraphDataReader.SCHEMA_VERSION);
        ArrayNode concepts = root.putArray("concepts");
        ArrayNode papers = root.putArray("papers");
        ArrayNode resources = root.putArray("resources");
        List<Node> nodes = new ArrayList<>(graph.nodes());
        nodes.sort(Comparator.comparing(Node::id));
        for (Node node : nodes) {
            ArrayNode target = switch (node.kind()) {
                case CONCEPT -> concepts;
                case PAPER -> papers;
                case RESOURCE -> resources;
            };
            target.add(toJson(node, owned.getOrDefault(node.id(), List.of())));
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        out.write(mapper.writer(printer).writeValueAsString(root));
        out.write("\n");
    }

    private ObjectNode toJson(Node node, List<Relation> relations) {
        ObjectNode json = mapper.createObjectNode();
        json.put("id", node.id());
        if (node.kind() == NodeKind.RESOURCE) {
            json.put("kind", node.resourceType());
        }
        json.put(node.kind() == NodeKind.CONCEPT ? "name" : "title", node.name());
        strings(json, "aliases", node.aliases());
        strings(json, "authors", node.authors());
        putIfPresent(json, "by", node.by());
        if (node.year() != null) {
            json.put("year", node.year());
        }
        putIfPresent(json, "venue", node.venue());
        putIfPresent(json, "arxiv", node.arxiv());
        putIfPresent(json, "url", node.url());
        if (node.minutes() != null) {
            json.put("minutes", node.minutes());
        }
        putIfPresent(json, "summary", node.summary());
        putIfPresent(json, "notes", node.notes());
        strings(json, "questions", node.questions());
        strings(json, "candidates", node.candidates());
        if (node.fromNotes()) {
            json.put("fromNotes", true);
        }
        if (node.known()) {
            json.put("known", true);
        }
        if (node.milestone()) {
            json.put("milestone", true);
        }
        putIfPresent(json, "area", node.area());
        putIfPresent(json, "firstReading", node.firstReading());
        refs(json, "prerequisites", relations, RelationKind.PREREQUISITE, true);
        refs(json, "explains", relations, RelationKind.EXPLAINS, false);
        refs(json, "cites", relations, RelationKind.CITES, false);
        return json;
    }

    private void refs(ObjectNode json, String field, List<Relation> relations, RelationKind kind, boolean incoming) {
        List<Relation> mine = relations.stream().filter(r -> r.kind() == kind)
                .sorted(Comparator.comparing(r -> incoming ? r.from() : r.to())).toList();
        if (mine.isEmpty()) {
            return;
        }
        ArrayNode list = json.putArray(field);
        for (Relation r : mine) {
            String id = incoming ? r.from() : r.to();
            boolean plain = r.note() == null && r.minutes() == null && r.part() == null && (r.role() == null || r.role() == ReadingRole.COVERS);
            if (plain) {
                list.add(id);
            } else {
                ObjectNode ref = list.addObject();
                ref.put("id", id);
                if (r.role() != null && r.role() != ReadingRole.COVERS) {
                    ref.put("role", r.role().word());
                }
                if (r.minutes() != null) {
                    ref.put("minutes", r.minutes());
                }
                putIfPresent(ref, "part", r.part());
                putIfPresent(ref, "note", r.note());
            }
        }
    }

    private static void strings(ObjectNode json, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode list = json.putArray(field);
            values.forEach(list::add);
        }
    }

    private static void putIfPresent(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
