package org.mlatlas.exports.gephi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.exports.ExportFormat;
import org.mlatlas.exports.GraphExports;
import org.mlatlas.graphdata.GraphDataLoader;
import org.openide.util.Lookup;

/**
 * Opens the GraphML and GEXF exports of the shipped graph with Gephi's own toolkit (its importers, as the Gephi
 * application uses them). Needs org.gephi:gephi-toolkit, which is heavy (about 120 jars, 89 MB), so it runs only
 * with the Maven profile {@code gephi}: {@code mvn -Pgephi test -Dtest=GephiOpensExportsTest}.
 */
class GephiOpensExportsTest {

    @Test
    void gephiOpensBothExportsWithEveryNodeEdgeKindAndTypedAttribute(@TempDir Path dir) throws Exception {
        AtlasGraph graph = new GraphDataLoader().load(Path.of("graph-data"));
        for (ExportFormat format : List.of(ExportFormat.GRAPHML, ExportFormat.GEXF)) {
            Path file = dir.resolve("atlas." + format.word());
            try (Writer out = Files.newBufferedWriter(file)) {
                GraphExports.write(format, graph, out);
            }
            ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
            projects.newProject();
            Workspace workspace = projects.getCurrentWorkspace();
            ImportController importer = Lookup.getDefault().lookup(ImportController.class);
            Container container = importer.importFile(new File(file.toString()));
            List<String> issues = new ArrayList<>();
            for (Iterator<Issue> it = container.getReport().getIssues(100); it.hasNext(); ) {
                Issue issue = it.next();
                issues.add(issue.getLevel() + ": " + issue.getMessage());
            }
            // Gephi 0.10 notes that GEXF 1.2 is an older version than its 1.3; nothing else
            assertThat(issues).as(format.word()).allMatch(i -> i.startsWith("INFO: GEXF version 1.2"));
            importer.process(container, new DefaultProcessor(), workspace);
            GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);

            assertThat(model.getGraph().getNodeCount()).as(format.word()).isEqualTo(graph.nodes().size());
            assertThat(model.getGraph().getEdgeCount()).as(format.word()).isEqualTo(graph.relations().size());
            assertThat(model.isDirected()).isTrue();
            Map<String, Class<?>> columns = new TreeMap<>();
            for (Column c : model.getNodeTable()) {
                columns.put("node " + c.getTitle(), c.getTypeClass());
            }
            for (Column c : model.getEdgeTable()) {
                columns.put("edge " + c.getTitle(), c.getTypeClass());
            }
            assertThat(columns).contains(Map.entry("node kind", String.class), Map.entry("node year", Integer.class),
                    Map.entry("node minutes", Integer.class), Map.entry("node known", Boolean.class),
                    Map.entry("edge relation", String.class), Map.entry("edge role", String.class));
            Column kind = column(model.getNodeTable(), "kind");
            Column year = column(model.getNodeTable(), "year");
            Map<Object, Integer> kinds = new TreeMap<>();
            for (Node n : model.getGraph().getNodes()) {
                kinds.merge(n.getAttribute(kind), 1, Integer::sum);
            }
            assertThat(kinds).containsEntry("concept", (int) graph.count(NodeKind.CONCEPT))
                    .containsEntry("paper", (int) graph.count(NodeKind.PAPER)).containsEntry("resource", (int) graph.count(NodeKind.RESOURCE));
            Column relation = column(model.getEdgeTable(), "relation");
            Map<Object, Integer> relations = new TreeMap<>();
            for (Edge e : model.getGraph().getEdges()) {
                relations.merge(e.getAttribute(relation), 1, Integer::sum);
            }
            Map<Object, Integer> expected = new TreeMap<>();
            for (Relation r : graph.relations()) {
                expected.merge(r.kind().name(), 1, Integer::sum);
            }
            assertThat(relations).isEqualTo(expected);
            Node dpo = model.getGraph().getNode("arxiv:2305.18290");
            assertThat(dpo.getLabel()).startsWith("Direct Preference Optimization");
            assertThat(dpo.getAttribute(year)).isEqualTo(2023);
            projects.closeCurrentProject();
        }
    }

    private static Column column(Iterable<Column> table, String title) {
        for (Column c : table) {
            if (c.getTitle().equals(title)) {
                return c;
            }
        }
        throw new AssertionError("no column " + title);
    }
}
