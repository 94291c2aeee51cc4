package org.mlatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.graphdata.Problem;
import org.mlatlas.plan.Plan;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.SharedData;
import org.mlatlas.support.TestDbms;

class PairsImportTest {

    private static Atlas emptyAtlas() {
        return new Atlas(TestDbms.with(AtlasGraph.empty()).store());
    }

    private static ImportPlan importFile(Atlas atlas, Path file) {
        return atlas.importFrom(file, Importer.Options.detect(), ImportProgress.NONE);
    }

    @Test
    void keepsCyclesDuplicatesAndUndeclaredIdsAndReportsEachProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("topics.csv"), "1,Probability\n2,Bayes theorem\n3,Entropy\n4,Language modeling\n5,Unused topic");
        Path pairs = dir.resolve("pairs.csv");
        Files.writeString(pairs, "1,2,1\n2,3,1\n3,2,1\n1,2,1\n2,4,0\n4,4,1\n3,9,1\n1,4,1\n");
        Atlas atlas = emptyAtlas();

        ImportPlan plan = importFile(atlas, pairs);

        AtlasGraph graph = atlas.snapshot();
        assertThat(graph.nodes()).extracting(Node::id)
                .containsExactlyInAnyOrder("probability", "bayes-theorem", "entropy", "language-modeling", "unused-topic", "topic-9");
        assertThat(graph.relations()).containsExactlyInAnyOrder(
                Relation.of("probability", RelationKind.PREREQUISITE, "bayes-theorem"),
                Relation.of("bayes-theorem", RelationKind.PREREQUISITE, "entropy"),
                Relation.of("entropy", RelationKind.PREREQUISITE, "bayes-theorem"),
                Relation.of("entropy", RelationKind.PREREQUISITE, "topic-9"),
                Relation.of("probability", RelationKind.PREREQUISITE, "language-modeling"));
        assertThat(plan.problems()).extracting(Problem::message).anyMatch(m -> m.startsWith("duplicate pair 1 -> 2 (also at line 1)"))
                .anyMatch(m -> m.startsWith("topic id 9 is not declared in topics.csv"))
                .anyMatch(m -> m.contains("prerequisite cycle") && m.contains("bayes-theorem -> entropy -> bayes-theorem"));
        assertThat(plan.skipped()).extracting(Skipped::reason).contains("a self-loop", "rows labelled not a prerequisite (label other than 1)");
        assertThat(plan.summary()).contains("created 6", "linked 5", "skipped 2");

        CliRun check = CliRun.atlas("check");
        assertThat(check.out).contains("prerequisite cycle: bayes-theorem -> entropy -> bayes-theorem");
        Plan path = atlas.plan("topic-9", Set.of(), false);
        assertThat(path.cycles()).containsExactly("bayes-theorem -> entropy -> bayes-theorem");
        assertThat(path.steps()).extracting(s -> s.node().id()).containsExactlyInAnyOrder("probability", "bayes-theorem", "entropy", "topic-9");

        ImportPlan again = importFile(atlas, pairs);
        assertThat(again.created()).isEmpty();
        assertThat(again.linked()).isEmpty();
        assertThat(again.alreadyLinked()).isEqualTo(5);
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndChangesNothing(@TempDir Path dir) throws Exception {
        Path pairs = dir.resolve("pairs.csv");
        Files.writeString(pairs, "a,b,1\nb,c,yes\n");
        Atlas atlas = emptyAtlas();
        assertThatThrownBy(() -> importFile(atlas, pairs)).isInstanceOf(ImportException.class)
                .hasMessageContaining("pairs.csv:2:1: the label \"yes\" is not a number");
        assertThat(atlas.snapshot().nodes()).isEmpty();
    }

    @Test
    void lectureBankKeepsEveryPositivePairAndItsQuirks() {
        Path file = SharedData.require("datasets/lecturebank/LB-Paper/prerequisite_annotation.csv");
        Atlas atlas = emptyAtlas();
        ImportPlan plan = importFile(atlas, file);
        AtlasGraph graph = atlas.snapshot();
        assertThat(graph.relations()).hasSize(921);
        assertThat(graph.nodes()).hasSize(210);
        assertThat(graph.relations()).contains(Relation.of("word2vec", RelationKind.PREREQUISITE, "seq2seq"),
                Relation.of("anaphora-resolution", RelationKind.PREREQUISITE, "coreference-and-coreference-resolution"));
        assertThat(graph.node("topic-210")).isPresent();
        assertThat(plan.problems()).extracting(Problem::message)
                .anyMatch(m -> m.startsWith("topic id 211 is not declared"))
                .anyMatch(m -> m.contains("prerequisite cycle") && m.contains("bleu"))
                .filteredOn(m -> m.startsWith("duplicate pair") || m.startsWith("conflicting label")).hasSize(410);
        assertThat(atlas.plan("seq2seq", Set.of(), false).steps()).hasSizeGreaterThan(5);
    }

    @Test
    void tutorialBankWithQuotedValuesAndAHeaderKeepsItsCycles() {
        Path file = SharedData.require("datasets/tutorialbank/TB-Paper/data/prerequisite_annotations.csv");
        Atlas atlas = emptyAtlas();
        ImportPlan plan = importFile(atlas, file);
        assertThat(atlas.snapshot().relations()).hasSize(904);
        assertThat(plan.problems()).filteredOn(p -> p.message().contains("prerequisite cycle")).hasSize(13);
        assertThat(atlas.check()).filteredOn(p -> p.message().startsWith("prerequisite cycle")).hasSize(13);
        Plan summarization = atlas.plan("Scientific article summarization", Set.of(), false);
        assertThat(summarization.steps()).hasSizeGreaterThan(10);
        assertThat(summarization.cycles()).isNotEmpty();
    }
}
