package org.mlatlas.exports;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;

/**
 * GraphML, GEXF and DOT through jgrapht-io's exporters, valid against the GraphML and GEXF 1.2draft schemas. Node
 * ids are the graph's ids (in GraphML, with {@code /} as {@code __}, and the id itself as {@code atlasId}); every node carries its
 * kind and fields as attributes ({@code kind}, {@code label}, {@code aliases}, {@code minutes}, ...), every
 * edge its {@code relation} (PREREQUISITE, EXPLAINS, CITES), {@code note} and {@code role}, so that Gephi and Cytoscape can colour and filter.
 */
final class JGraphTExports {
    /** Node attributes with their types, in the order written. */
    private static final Map<String, AttributeType> NODE_ATTRIBUTES = new LinkedHashMap<>();
    private static final List<String> EDGE_ATTRIBUTES = List.of("relation", "note", "role");

    static {
        for (String s : List.of("kind", "label", "aliases", "summary", "notes", "questions", "candidates", "authors",
                "venue", "arxiv", "url", "resourceType", "by")) {
            NODE_ATTRIBUTES.put(s, AttributeType.STRING);
        }
        NODE_ATTRIBUTES.put("fromNotes", AttributeType.BOOLEAN);
        NODE_ATTRIBUTES.put("known", AttributeType.BOOLEAN);
        NODE_ATTRIBUTES.put("minutes", AttributeType.INT);
        NODE_ATTRIBUTES.put("year", AttributeType.INT);
    }

    private JGraphTExports() {
    }

    /** An edge object per relationship (identity, so that equal relationships stay distinct edges). */
    static final class Edge {
        final Relation relation;

        Edge(Relation relation) {
            this.relation = relation;
        }
    }

    static Graph<String, Edge> toJGraphT(AtlasGraph graph) {
        Graph<String, Edge> g = new DirectedPseudograph<>(null, null, false);
        graph.nodes().forEach(n -> g.addVertex(n.id()));
        for (Relation r : graph.relations()) {
            if (g.containsVertex(r.from()) && g.containsVertex(r.to())) {
                g.addEdge(r.from(), r.to(), new Edge(r));
            }
        }
        return g;
    }

    static Map<String, Attribute> nodeAttributes(Node n) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("kind", DefaultAttribute.createAttribute(n.kind().toString()));
        a.put("label", DefaultAttribute.createAttribute(n.name()));
        put(a, "aliases", String.join("; ", n.aliases()));
        put(a, "summary", n.summary());
        put(a, "notes", n.notes());
        put(a, "questions", String.join("\n", n.questions()));
        put(a, "candidates", String.join("; ", n.candidates()));
        put(a, "authors", String.join("; ", n.authors()));
        put(a, "venue", n.venue());
        put(a, "arxiv", n.arxiv());
        put(a, "url", n.url());
        put(a, "resourceType", n.resourceType());
        put(a, "by", n.by());
        a.put("fromNotes", DefaultAttribute.createAttribute(n.fromNotes()));
        a.put("known", DefaultAttribute.createAttribute(n.known()));
        if (n.minutes() != null) {
            a.put("minutes", DefaultAttribute.createAttribute(n.minutes()));
        }
        if (n.year() != null) {
            a.put("year", DefaultAttribute.createAttribute(n.year()));
        }
        return a;
    }

    static Map<String, Attribute> edgeAttributes(Edge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("relation", DefaultAttribute.createAttribute(e.relation.kind().name()));
        put(a, "note", e.relation.note());
        if (e.relation.role() != null) {
            a.put("role", DefaultAttribute.createAttribute(e.relation.role().word()));
        }
        return a;
    }

    private static void put(Map<String, Attribute> a, String key, String value) {
        if (value != null && !value.isEmpty()) {
            a.put(key, DefaultAttribute.createAttribute(value));
        }
    }

    static void graphMl(AtlasGraph graph, Writer out) {
        GraphMLExporter<String, Edge> exporter = new GraphMLExporter<>(JGraphTExports::graphMlId);
        exporter.registerAttribute("atlasId", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        NODE_ATTRIBUTES.forEach((name, type) -> {
            if (!name.equals("label")) {
                exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, type);
            }
        });
        EDGE_ATTRIBUTES.forEach(name -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING));
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName("label");
        exporter.setVertexAttributeProvider(id -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("atlasId", DefaultAttribute.createAttribute(id));
            a.putAll(nodeAttributes(graph.node(id).orElseThrow()));
            return a;
        });
        exporter.setEdgeAttributeProvider(JGraphTExports::edgeAttributes);
        exporter.exportGraph(toJGraphT(graph), out);
    }

    /**
     * A node's GraphML id: GraphML ids are XML name tokens, which have no {@code /} (old arXiv ids such as
     * {@code arxiv:math/0701907} do): each becomes {@code __}. The id itself is the node's {@code atlasId}.
     */
    static String graphMlId(String id) {
        return id.replace("/", "__");
    }

    static void gexf(AtlasGraph graph, Writer out) {
        int[] next = {0};
        Map<Edge, String> edgeIds = new java.util.IdentityHashMap<>();
        GEXFExporter<String, Edge> exporter = new GEXFExporter<>(Function.identity(),
                e -> edgeIds.computeIfAbsent(e, k -> "e" + next[0]++));
        NODE_ATTRIBUTES.forEach((name, type) -> {
            if (!name.equals("label")) {
                exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, gexfType(type));
            }
        });
        EDGE_ATTRIBUTES.forEach(name -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING));
        exporter.setCreator("ML Atlas");
        exporter.setDescription("ML concepts, papers and resources: PREREQUISITE, EXPLAINS and CITES relationships");
        exporter.setVertexAttributeProvider(id -> nodeAttributes(graph.node(id).orElseThrow()));
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = edgeAttributes(e);
            a.put("label", DefaultAttribute.createAttribute(e.relation.kind().name()));
            return a;
        });
        exporter.exportGraph(toJGraphT(graph), out);
    }

    private static GEXFAttributeType gexfType(AttributeType type) {
        return switch (type) {
            case BOOLEAN -> GEXFAttributeType.BOOLEAN;
            case INT -> GEXFAttributeType.INTEGER;
            default -> GEXFAttributeType.STRING;
        };
    }

    static void dot(AtlasGraph graph, Writer out) {
        DOTExporter<String, Edge> exporter = new DOTExporter<>(id -> "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        exporter.setGraphIdProvider(() -> "atlas");
        exporter.setGraphAttributeProvider(() -> Map.of("rankdir", DefaultAttribute.createAttribute("LR")));
        exporter.setVertexAttributeProvider(id -> {
            Node n = graph.node(id).orElseThrow();
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(n.name()));
            a.put("shape", DefaultAttribute.createAttribute(switch (n.kind()) {
                case CONCEPT -> "ellipse";
                case PAPER -> "box";
                case RESOURCE -> "note";
            }));
            a.put("kind", DefaultAttribute.createAttribute(n.kind().toString()));
            if (n.known()) {
                a.put("style", DefaultAttribute.createAttribute("filled"));
            }
            return a;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(e.relation.kind().name()));
            a.put("style", DefaultAttribute.createAttribute(switch (e.relation.kind()) {
                case PREREQUISITE -> "solid";
                case EXPLAINS -> "dashed";
                case CITES -> "dotted";
            }));
            return a;
        });
        exporter.exportGraph(toJGraphT(graph), out);
    }
}
