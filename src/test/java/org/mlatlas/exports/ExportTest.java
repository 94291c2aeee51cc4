package org.mlatlas.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.support.CliRun.atlas;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
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
        assertThat(fresh.snapshot().nodes()).containsExactlyInAnyOrderElementsOf(graph.nodes());
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
