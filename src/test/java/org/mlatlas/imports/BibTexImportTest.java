package org.mlatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.exports.ExportFormat;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;

class BibTexImportTest {
    private static final String BIB = """
            @article{vaswani2017attention,
              title={Attention is All you Need},
              author={Vaswani, Ashish and Shazeer, Noam and others},
              journal={Advances in Neural Information Processing Systems},
              year={2017}
            }

            @misc{rafailov2023direct,
                  title={Direct Preference Optimization: Your Language Model is Secretly a Reward Model},
                  author={Rafael Rafailov and Archit Sharma},
                  year={2023},
                  eprint={2305.18290v3},
                  archivePrefix={arXiv},
                  primaryClass={cs.LG}
            }

            @inproceedings{erdos1950,
              title = {{\\"U}ber die {Sch{\\"o}nheit} von Graphen \\& Co},
              author = {Erd{\\H{o}}s, Paul and G{\\"o}del, Kurt},
              booktitle = {Proceedings of Something},
              doi = {10.1000/xyz123},
              year = 1950,
              month = jan
            }

            @online{zvi2024,
              title = {On Anthropic's Sleeper Agents Paper},
              author = {Zvi Mowshowitz},
              url = {https://thezvi.substack.com/p/on-anthropics-sleeper-agents-paper},
              year = {2024}
            }
            """;

    @Test
    void entriesBecomePapersWithArxivIdsDoisAuthorsAndAccentsMatchedToTheGraph(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("refs.bib");
        Files.writeString(file, BIB);
        Atlas atlas = new Atlas(TestDbms.with(Graphs.dpo()).store());
        ImportPlan plan = atlas.importFrom(file, Importer.Options.detect(), ImportProgress.NONE);
        AtlasGraph graph = atlas.snapshot();

        assertThat(plan.matched()).extracting(m -> m.node().id()).containsExactly("arxiv:2305.18290");
        assertThat(graph.node("arxiv:2305.18290").orElseThrow().authors()).as("a matched node keeps its own fields").containsExactly("A. Author");
        Node vaswani = graph.node("paper:vaswani2017attention").orElseThrow();
        assertThat(vaswani.authors()).containsExactly("Ashish Vaswani", "Noam Shazeer", "et al.");
        assertThat(vaswani.venue()).isEqualTo("Advances in Neural Information Processing Systems");
        assertThat(vaswani.year()).isEqualTo(2017);
        Node erdos = graph.node("paper:erdos1950").orElseThrow();
        assertThat(erdos.name()).isEqualTo("Über die Schönheit von Graphen & Co");
        assertThat(erdos.authors()).containsExactly("Paul Erdős", "Kurt Gödel");
        assertThat(erdos.url()).isEqualTo("https://doi.org/10.1000/xyz123");
        Node zvi = graph.node("res:zvi2024").orElseThrow();
        assertThat(zvi.kind()).isEqualTo(NodeKind.RESOURCE);
        assertThat(zvi.resourceType()).isEqualTo("blog");
        assertThat(zvi.by()).isEqualTo("Zvi Mowshowitz");

        assertThat(atlas.importFrom(file, Importer.Options.detect(), ImportProgress.NONE).created()).isEmpty();
    }

    @Test
    void exportedBibTexImportsBackToTheSamePapers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("refs.bib");
        Files.writeString(file, BIB);
        Atlas atlas = new Atlas(TestDbms.with(AtlasGraph.empty()).store());
        atlas.importFrom(file, Importer.Options.detect(), ImportProgress.NONE);
        List<Node> before = atlas.snapshot().nodes().stream().toList();
        StringWriter out = new StringWriter();
        atlas.export(ExportFormat.BIBTEX, null, List.of(), out);
        assertThat(out.toString()).contains("@misc{arxiv:2305.18290,", "archivePrefix = {arXiv}", "doi = {10.1000/xyz123}",
                "@online{res:zvi2024,", "Graphen \\& Co");

        Path exported = dir.resolve("exported.bib");
        Files.writeString(exported, out.toString());
        Atlas fresh = new Atlas(TestDbms.with(AtlasGraph.empty()).store());
        fresh.importFrom(exported, Importer.Options.detect(), ImportProgress.NONE);
        // each import puts its papers in the area of its file: refs, then exported
        assertThat(before).extracting(Node::area).containsOnly("refs");
        assertThat(fresh.snapshot().nodes()).extracting(Node::area).containsOnly("exported");
        assertThat(fresh.snapshot().nodes().stream().map(n -> n.withArea(null)).toList())
                .containsExactlyInAnyOrderElementsOf(before.stream().map(n -> n.withArea(null)).toList());
    }

    @Test
    void aMalformedFileGetsItsPositionAndLeavesTheGraphAsItWas(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.bib");
        Files.writeString(file, "@article{ok, title={Fine}}\n\n@article{broken,\n  title = {Unclosed\n");
        TestDbms dbms = TestDbms.with(Graphs.dpo());
        Atlas atlas = new Atlas(dbms.store());
        assertThatThrownBy(() -> atlas.importFrom(file, Importer.Options.detect(), ImportProgress.NONE))
                .isInstanceOf(ImportException.class).hasMessageStartingWith(file + ":").hasMessageContaining("malformed BibTeX");
        assertThat(dbms.store().snapshot().nodes()).containsExactlyInAnyOrderElementsOf(Graphs.dpo().nodes());
    }
}
