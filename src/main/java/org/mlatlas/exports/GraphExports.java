package org.mlatlas.exports;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.graphdata.GraphDataWriter;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.PlanStep;
import org.mlatlas.plan.Reading;

/** Writes a graph in an {@link ExportFormat} (all but Cypher, which the store writes). */
public final class GraphExports {
    private GraphExports() {
    }

    /**
     * Writes {@code graph} to {@code out} (not closed).
     *
     * @throws IllegalArgumentException for CYPHER and MARKDOWN, which are not written from a graph alone here
     */
    public static void write(ExportFormat format, AtlasGraph graph, Writer out) throws IOException {
        switch (format) {
            case JSON -> new GraphDataWriter().write(graph, out);
            case GRAPHML -> JGraphTExports.graphMl(graph, out);
            case GEXF -> JGraphTExports.gexf(graph, out);
            case DOT -> JGraphTExports.dot(graph, out);
            case BIBTEX -> BibTexWriter.write(graph.nodes(), out);
            default -> throw new IllegalArgumentException("the " + format.word() + " export is not written from a graph here");
        }
        out.flush();
    }

    /**
     * The part of {@code graph} a plan reads: its steps and their readings, and the relationships among them,
     * steps first in plan order.
     */
    public static AtlasGraph planSubgraph(AtlasGraph graph, Plan plan) {
        Set<String> ids = new LinkedHashSet<>();
        for (PlanStep step : plan.steps()) {
            ids.add(step.node().id());
            step.readings().stream().map(Reading::id).forEach(ids::add);
        }
        plan.readingList().ifPresent(list -> list.entries().forEach(e -> ids.add(e.reading().id())));
        List<Node> nodes = new ArrayList<>();
        ids.forEach(id -> graph.node(id).ifPresent(nodes::add));
        List<Relation> relations = graph.relations().stream().filter(r -> ids.contains(r.from()) && ids.contains(r.to())).toList();
        return new AtlasGraph(nodes, relations);
    }
}
