package org.mlatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.graphdata.GraphDataLoader;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.SharedData;
import org.mlatlas.support.TestDbms;

class MarkdownImportTest {
    private static final String NOTES = """
            sleeper agents
            what is dpo?

            [x] rlhf
            [Direct Preference Optimization](https://arxiv.org/pdf/2305.18290v2) (the closed-form one)
            [[Training language models to follow instructions with human feedback||RLHF]]
            - KL divergence:
            \t- https://example.org/posts/kl-explained
            \t- [A video on KL](https://www.youtube.com/watch?v=abc123)
            - 2023 Some New Paper About Preferences
            - https://github.com/someone/preference-repo
            - [Proximal Policy Optimization](https://arxiv.org/abs/1707.06347)
            \t- The clipping is the trick.
            """;

    private static ImportPlan importNotes(Atlas atlas, Path file, boolean dryRun) {
        return dryRun ? atlas.previewImport(file, Importer.Options.detect(), ImportProgress.NONE)
                : atlas.importFrom(file, Importer.Options.detect(), ImportProgress.NONE);
    }

    @Test
    void linksWikiLinksNestingCheckboxesRemarksAndQuestionsBecomeItemsMatchedToTheGraph(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.md");
        Files.writeString(file, NOTES);
        Atlas atlas = new Atlas(TestDbms.with(Graphs.dpo()).store());

        ImportPlan preview = importNotes(atlas, file, true);
        assertThat(atlas.snapshot().nodes()).containsExactlyInAnyOrderElementsOf(Graphs.dpo().nodes());
        assertThat(preview.details(100)).contains("Would create", "Matched", "Would link");

        ImportPlan plan = importNotes(atlas, file, false);
        AtlasGraph graph = atlas.snapshot();
        assertThat(plan.matched()).extracting(m -> m.node().id())
                .contains("arxiv:2305.18290", "arxiv:2203.02155", "rlhf", "dpo", "kl-divergence", "arxiv:1707.06347");
        assertThat(graph.node("rlhf").orElseThrow().known()).isTrue();
        assertThat(graph.node("dpo").orElseThrow().questions()).contains("what is dpo?");
        assertThat(graph.node("arxiv:2305.18290").orElseThrow().notes()).isEqualTo("the closed-form one");
        assertThat(graph.node("arxiv:1707.06347").orElseThrow().notes()).isEqualTo("The clipping is the trick.");
        Node sleeper = graph.node("sleeper-agents").orElseThrow();
        assertThat(sleeper.fromNotes()).isTrue();
        assertThat(sleeper.area()).as("a new node from the notes is in the notes file's area").isEqualTo("notes");
        Node paper = graph.node("paper:some-new-paper-about-preferences").orElseThrow();
        assertThat(paper.kind()).isEqualTo(NodeKind.PAPER);
        assertThat(paper.year()).isEqualTo(2023);
        Node repo = graph.nodes().stream().filter(n -> "https://github.com/someone/preference-repo".equals(n.url())).findFirst().orElseThrow();
        assertThat(repo.resourceType()).isEqualTo("repo");
        Node video = graph.nodes().stream().filter(n -> n.name().equals("A video on KL")).findFirst().orElseThrow();
        assertThat(video.resourceType()).isEqualTo("video");
        Node post = graph.nodes().stream().filter(n -> "https://example.org/posts/kl-explained".equals(n.url())).findFirst().orElseThrow();
        assertThat(graph.relations()).contains(Relation.of(video.id(), RelationKind.EXPLAINS, "kl-divergence"),
                Relation.of(post.id(), RelationKind.EXPLAINS, "kl-divergence"));

        ImportPlan again = importNotes(atlas, file, false);
        assertThat(again.created()).isEmpty();
        assertThat(again.updated()).isEmpty();
        assertThat(again.linked()).isEmpty();
        assertThat(atlas.snapshot().nodes()).hasSameSizeAs(graph.nodes());
    }

    @Test
    void dryRunOnTheCommandLinePrintsWhatWouldHappenAndWritesNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.md");
        Files.writeString(file, NOTES);
        TestDbms dbms = TestDbms.with(Graphs.dpo());
        CliRun run = CliRun.atlas("import", file.toString(), "--dry-run");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Would create (").contains("concept sleeper-agents: Sleeper agents")
                .contains("-> arxiv:2305.18290 (by arXiv id 2305.18290)").contains("Would link (")
                .contains("Dry run: nothing was written.");
        assertThat(dbms.store().snapshot().nodes()).containsExactlyInAnyOrderElementsOf(Graphs.dpo().nodes());
    }

    /** The user's own notes against the curated graph: every link and title-only paper is recognised and matched. */
    @Test
    void theUsersNotesMatchTheCuratedGraph() throws Exception {
        Path notes = SharedData.require("seed/ml-reading-notes.md");
        Path references = SharedData.require("reference/seed-references.md");
        AtlasGraph curated = new GraphDataLoader().load(Path.of("graph-data"));
        Atlas atlas = new Atlas(TestDbms.with(curated).store());

        ImportPlan plan = atlas.importFrom(notes, Importer.Options.detect(), ImportProgress.NONE);

        Map<String, String> matchedBy = new HashMap<>();
        plan.matched().forEach(m -> matchedBy.put(m.node().id(), m.how()));
        String text = Files.readString(notes);
        Set<String> arxivIds = new LinkedHashSet<>();
        Matcher m = Pattern.compile("arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5})").matcher(text);
        while (m.find()) {
            arxivIds.add(m.group(1));
        }
        assertThat(arxivIds).hasSize(19);
        Map<String, String> titles = referenceTitles(Files.readString(references));
        for (String id : arxivIds) {
            assertThat(matchedBy).as("arXiv " + id).containsKey("arxiv:" + id);
            Node node = atlas.snapshot().node("arxiv:" + id).orElseThrow();
            assertThat(node.name()).as("title of " + id).isEqualToIgnoringCase(titles.get(id));
        }
        Set<String> urls = new LinkedHashSet<>();
        Matcher u = Pattern.compile("https?://[^\\s)\\]]+").matcher(text);
        while (u.find()) {
            urls.add(u.group());
        }
        for (String url : urls) {
            assertThat(plan.matched()).as(url).anyMatch(x -> x.text().equals(url) || url.equals(x.node().url())
                    || url.contains(x.node().arxiv() == null ? "\u0000" : x.node().arxiv()));
        }
        assertThat(matchedBy).containsKeys("arxiv:2105.14602", "arxiv:2312.10091", "arxiv:2402.14811", "arxiv:2310.17191");
        assertThat(plan.created()).isEmpty();
        assertThat(matchedBy).containsKeys("sleeper-agents", "model-organisms-of-misalignment", "callums-thing", "mixture-of-experts",
                "integrated-gradients", "context-length", "palm", "nerf", "neural-ode", "deep-double-descent", "lora");
        assertThat(atlas.snapshot().relations()).containsAll(curated.relations());

        ImportPlan again = atlas.importFrom(notes, Importer.Options.detect(), ImportProgress.NONE);
        assertThat(again.created()).isEmpty();
        assertThat(again.updated()).isEmpty();
        assertThat(again.linked()).isEmpty();
    }

    /** arXiv id to title from the reference table ("| 2212.08073 V | Constitutional AI: ... |"), remarks in parentheses dropped. */
    private static Map<String, String> referenceTitles(String table) {
        Map<String, String> titles = new HashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| (\\d{4}\\.\\d{4,5}) V \\| ([^|]+) \\|").matcher(table);
        while (row.find()) {
            titles.put(row.group(1), row.group(2).replaceFirst("\\s*\\((integrated gradients)\\)$", "").trim());
        }
        return titles;
    }
}
