package org.mlatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.support.CliRun.atlas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;

/**
 * Values that look like Cypher typed where a user types names, notes, ids and searches (issue 13's probes): each
 * is stored and printed as plain text, looked up as plain text, or refused as a malformed id; nothing else in
 * the graph changes.
 */
class InjectionLikeValuesTest {
    private static final String OR_TRUE = "x' OR 1=1 //";
    private static final String DETACH = "a}) DETACH DELETE n //";

    private TestDbms dbms;

    @BeforeEach
    void loadDpoGraph() {
        dbms = TestDbms.with(Graphs.dpo());
    }

    @Test
    void namesAliasesNotesAndQuestionsAreStoredVerbatim() {
        CliRun add = atlas("add", "concept", "probe-or", "--name", OR_TRUE, "--alias", DETACH, "--note", DETACH,
                "--summary", OR_TRUE, "--question", DETACH + "?");
        assertThat(add.exitCode).as(add.toString()).isZero();
        CliRun paper = atlas("add", "paper", "--id", "probe-paper", "--title", DETACH + " " + OR_TRUE, "--author", OR_TRUE, "--venue", DETACH);
        assertThat(paper.exitCode).as(paper.toString()).isZero();
        CliRun link = atlas("link", "probe-paper", "EXPLAINS", "probe-or", "--note", OR_TRUE);
        assertThat(link.exitCode).as(link.toString()).isZero();

        AtlasGraph graph = dbms.store().snapshot();
        Node concept = graph.node("probe-or").orElseThrow();
        assertThat(concept.name()).isEqualTo(OR_TRUE);
        assertThat(concept.aliases()).containsExactly(DETACH);
        assertThat(concept.notes()).isEqualTo(DETACH);
        assertThat(concept.summary()).isEqualTo(OR_TRUE);
        assertThat(concept.questions()).containsExactly(DETACH + "?");
        Node reading = graph.node("probe-paper").orElseThrow();
        assertThat(reading.name()).isEqualTo(DETACH + " " + OR_TRUE);
        assertThat(reading.authors()).containsExactly(OR_TRUE);
        assertThat(reading.venue()).isEqualTo(DETACH);
        assertThat(graph.relations()).contains(new Relation("probe-paper", RelationKind.EXPLAINS, "probe-or", OR_TRUE, null));
        assertThat(graph.nodes()).hasSize(Graphs.dpo().nodes().size() + 2);
        assertThat(graph.relations()).hasSize(Graphs.dpo().relations().size() + 1);

        // looked up by the same text: found as the node it names, not as a query
        CliRun byName = atlas("show", OR_TRUE);
        assertThat(byName.exitCode).as(byName.toString()).isZero();
        assertThat(byName.out).startsWith(OR_TRUE + "  (probe-or, concept)")
                .contains("aliases:   " + DETACH).contains("probe-paper  " + DETACH + " " + OR_TRUE + "  -- " + OR_TRUE);
        CliRun byAlias = atlas("show", DETACH);
        assertThat(byAlias.out).as(byAlias.toString()).startsWith(OR_TRUE + "  (probe-or, concept)");
        CliRun search = atlas("search", OR_TRUE);
        assertThat(search.exitCode).as(search.toString()).isZero();
        assertThat(search.out).contains("probe-or");
        assertThat(search.err).isEmpty();
    }

    @Test
    void injectionLikeIdsAreRefusedAsMalformedAndUnknownOnesAsUnknown() {
        for (String id : List.of(OR_TRUE, DETACH)) {
            CliRun add = atlas("add", "concept", id, "--name", "Probe");
            assertThat(add.exitCode).as(add.toString()).isEqualTo(2);
            assertThat(add.err).startsWith("atlas: malformed id \"" + id + "\"");
            CliRun link = atlas("link", id, "PREREQUISITE", "dpo");
            assertThat(link.exitCode).as(link.toString()).isEqualTo(2);
            assertThat(link.err).startsWith("atlas: no node \"" + id + "\"");
            CliRun know = atlas("know", id);
            assertThat(know.exitCode).as(know.toString()).isEqualTo(2);
            CliRun unlink = atlas("unlink", "rlhf", "PREREQUISITE", id);
            assertThat(unlink.exitCode).as(unlink.toString()).isEqualTo(2);
            assertThat(atlas("path", id).exitCode).isEqualTo(2);
        }
        AtlasGraph graph = dbms.store().snapshot();
        assertThat(graph.nodes()).containsExactlyInAnyOrderElementsOf(Graphs.dpo().nodes());
        assertThat(graph.relations()).containsExactlyInAnyOrderElementsOf(Graphs.dpo().relations());
    }

    @Test
    void importedTitlesAndNotesKeepTheTextAndGetSafeIds(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), "- 2024 " + OR_TRUE + "\n- 2024 " + DETACH + "\n");
        CliRun run = atlas("import", notes.toString());
        assertThat(run.exitCode).as(run.toString()).isZero();
        AtlasGraph graph = dbms.store().snapshot();
        assertThat(graph.nodes()).hasSize(Graphs.dpo().nodes().size() + 2);
        List<Node> added = graph.nodes().stream().filter(n -> !Graphs.dpo().contains(n.id())).toList();
        assertThat(added).extracting(Node::name).anySatisfy(n -> assertThat(n).contains(OR_TRUE))
                .anySatisfy(n -> assertThat(n).contains(DETACH));
        assertThat(added).extracting(Node::id).allSatisfy(id -> assertThat(id).matches("[a-z0-9][a-z0-9_.:/-]*"));
        assertThat(graph.relations()).containsExactlyInAnyOrderElementsOf(Graphs.dpo().relations());
    }
}
