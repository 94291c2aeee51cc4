package org.mlatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.graphdata.GraphDataLoader;
import org.mlatlas.graphdata.Problem;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.SharedData;
import org.mlatlas.support.TestDbms;

/** LectureBank's lecture files: lectures become slides that explain their taxonomy topic, matched by URL on re-import. */
class LectureBankImportTest {

    private static final String TAXONOMY = "id\ttopic_name\tparent_topic\ttrue_id\n"
            + "1\tProbability\t0\t1010\n"
            + "2\tLanguage Modeling\t0\t1020\n"
            + "999\tOthers\t99\t9999\n";

    private static Path small(Path dir) throws Exception {
        Files.writeString(dir.resolve("taxonomy.tsv"), TAXONOMY);
        Path file = dir.resolve("lecturebank.tsv");
        Files.writeString(file, String.join("",
                "1\tIntroduction\thttp://example.edu/nlp/01-intro.pdf\t1010\t2018\tAda Lovelace\tnlp\tYale\n",
                "2\tN-gram language models\thttps://www.example.edu/nlp/02-lm.pptx\t1020\t2017\tAlan Turing\tnlp\tUCLA\r\n",
                "3\tonly\tfive\tcolumns\there\n",
                "4\tIntroduction\thttp://other.example.org/ml/intro.pdf\t1366\tn/a\tGrace Hopper\tml\tCMU\n",
                "5\tN-gram language models (again)\thttp://example.edu/nlp/02-lm.pptx\t1010\t2017\tAlan Turing\tnlp\tUCLA\n",
                "\n",
                "6\tCourse logistics\thttp://example.edu/nlp/00-logistics.pdf\t9999\t2018\tAda Lovelace\tnlp\tYale"));
        return file;
    }

    @Test
    void lecturesBecomeSlidesThatExplainTheirTopicAndEveryQuirkIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Atlas atlas = new Atlas(TestDbms.with(Graphs.builder().concept("probability", "Probability").build()).store());
        Path file = small(dir);

        ImportPlan plan = atlas.importFrom(file, Importer.Options.detect(), ImportProgress.NONE);
        AtlasGraph graph = atlas.snapshot();

        Node intro = graph.node("res:lecturebank-1").orElseThrow();
        assertThat(intro.kind()).isEqualTo(NodeKind.RESOURCE);
        assertThat(intro.resourceType()).isEqualTo("slides");
        assertThat(intro.area()).isEqualTo("lecturebank");
        assertThat(intro.name()).isEqualTo("Introduction");
        assertThat(intro.url()).isEqualTo("http://example.edu/nlp/01-intro.pdf");
        assertThat(intro.by()).isEqualTo("Ada Lovelace");
        assertThat(intro.year()).isEqualTo(2018);
        assertThat(intro.notes()).isEqualTo("From LectureBank (Yale-LILY; no license stated: research use), lecturebank.tsv row 1, Yale (nlp).");
        // two lectures called "Introduction" stay two; a URL seen twice is one lecture explaining both topics
        assertThat(graph.nodes()).filteredOn(n -> n.kind() == NodeKind.RESOURCE).extracting(Node::id)
                .containsExactlyInAnyOrder("res:lecturebank-1", "res:lecturebank-2", "res:lecturebank-4", "res:lecturebank-6");
        assertThat(graph.node("res:lecturebank-4").orElseThrow().year()).isNull();
        assertThat(graph.node("language-modeling").orElseThrow().notes()).contains("LectureBank", "taxonomy topic 1020");
        assertThat(graph.relations()).containsExactlyInAnyOrder(
                Relation.of("res:lecturebank-1", RelationKind.EXPLAINS, "probability"),
                Relation.of("res:lecturebank-2", RelationKind.EXPLAINS, "language-modeling"),
                Relation.of("res:lecturebank-2", RelationKind.EXPLAINS, "probability"));
        String f = file.toString();
        assertThat(plan.problems()).extracting(Problem::toString).contains(
                f + ":2:1: mixed line endings: 1 line ends in CRLF where line 1 ends in LF: read alike",
                f + ":3:1: expected 8 tab-separated values (ID, Title, URL, Topic_ID, Year, Author, Domain, Venue), found 5: row left out",
                f + ":4:1: the year \"n/a\" is not a year: kept without it",
                f + ":4:1: topic id 1366 is not in taxonomy.tsv: the lecture is kept without the topic it explains",
                f + ":5:1: the same URL as line 2: one lecture, which explains the topics of both rows",
                f + ":7:1: no newline at the end of the file: the last line is read all the same",
                f + ":1:1: 1 lecture of lecturebank.tsv has the topic \"Others\" (9999): kept without a topic");
        assertThat(plan.summary()).contains("created 5 (1 concepts, 0 papers, 4 resources), matched 1", "linked 3",
                "skipped 1: 1 malformed lecture rows");

        // re-import: matched by URL, even when a title changed; nothing new
        Files.writeString(file, Files.readString(file).replace("N-gram language models\t", "N-gram language models (2017)\t"));
        ImportPlan again = atlas.importFrom(file, Importer.Options.detect(), ImportProgress.NONE);
        assertThat(again.created()).isEmpty();
        assertThat(again.linked()).isEmpty();
        assertThat(again.matched()).extracting(ImportPlan.Matched::how).contains("id");
        Files.move(file, dir.resolve("lecturebank-copy.tsv"));
        ImportPlan renamed = atlas.importFrom(dir.resolve("lecturebank-copy.tsv"), Importer.Options.detect(), ImportProgress.NONE);
        assertThat(renamed.created()).isEmpty();
        assertThat(renamed.matched()).extracting(ImportPlan.Matched::how).contains("URL");
        assertThat(atlas.snapshot().nodes()).hasSize(graph.nodes().size());
    }

    @Test
    void aLectureFileWithoutTaxonomyKeepsItsLecturesAndSaysSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lecturebank20.tsv");
        Files.writeString(file, "1\tGraphical models\thttp://example.edu/pgm/1.pdf\t1010\t2014\tEric Xing\tml\tCMU\r\n");
        ImportPlan plan = Importer.plan(file, Importer.Options.detect(), AtlasGraph.empty(), ImportProgress.NONE);
        assertThat(plan.created()).extracting(Node::id).containsExactly("res:lecturebank20-1");
        assertThat(plan.problems()).extracting(Problem::message)
                .anyMatch(m -> m.startsWith("no taxonomy.tsv beside or above lecturebank20.tsv"))
                .anyMatch(m -> m.startsWith("Windows (CRLF) line endings"));
    }

    @Test
    void theRealLectureBankFolderOnTheShippedGraph() throws Exception {
        Path root = SharedData.require("datasets/lecturebank");
        AtlasGraph shipped = new GraphDataLoader().load(Path.of("graph-data"));
        Atlas atlas = new Atlas(TestDbms.with(shipped).store());

        ImportPlan plan = atlas.importFrom(root, Importer.Options.detect(), ImportProgress.NONE);
        AtlasGraph graph = atlas.snapshot();

        List<Node> lectures = graph.nodes().stream()
                .filter(n -> "slides".equals(n.resourceType()) && n.id().startsWith("res:lecturebank")).toList();
        assertThat(lectures).hasSize(1850); // distinct URLs of lecturebank.tsv (1,352 rows) and lecturebank20.tsv (534)
        assertThat(lectures).allMatch(n -> n.notes().startsWith(LectureBankReader.ATTRIBUTION));
        Node smt = graph.node("res:lecturebank-2").orElseThrow();
        assertThat(smt.name()).isEqualTo("Syntax-based Machine Translation");
        assertThat(smt.url()).isEqualTo("http://www.cs.yale.edu/homes/radev/nlpclass/slides2018/455.pptx");
        assertThat(smt.by()).isEqualTo("Dragomir Radev");
        assertThat(smt.year()).isEqualTo(2018);
        assertThat(graph.relations()).contains(Relation.of("res:lecturebank-2", RelationKind.EXPLAINS, "syntax-based-machine-translation"));
        Node pgm = graph.node("res:lecturebank20-1").orElseThrow();
        assertThat(pgm.name()).isEqualTo("Introduction to Graphical Models");
        assertThat(pgm.notes()).contains("Carnegie Mellon University (ml)");
        long explains = graph.relations().stream().filter(r -> r.kind() == RelationKind.EXPLAINS && r.from().startsWith("res:lecturebank")).count();
        assertThat(explains).isBetween(1800L, 1858L);
        // the prerequisite pairs of LectureBank 1 and 2 come along, with their cycles kept and reported
        assertThat(graph.relations()).contains(
                Relation.of("anaphora-resolution", RelationKind.PREREQUISITE, "coreference-and-coreference-resolution"));
        // topics of the same meaning as curated concepts are matched, not duplicated ("word embedding" is word-embeddings)
        assertThat(graph.node("word-embedding")).isEmpty();
        assertThat(graph.relations(RelationKind.PREREQUISITE)).extracting(Relation::key).contains("word-embeddings PREREQUISITE seq2seq");
        assertThat(plan.matched()).anyMatch(m -> m.text().equals("27 (Word Embedding)") && m.node().id().equals("word-embeddings"));
        assertThat(plan.problems()).extracting(Problem::message)
                .anyMatch(m -> m.startsWith("Windows (CRLF) line endings"))
                .anyMatch(m -> m.startsWith("topic id 1366 is not in taxonomy.tsv"))
                .anyMatch(m -> m.startsWith("no topic id"))
                .anyMatch(m -> m.contains("prerequisite cycle"));
        assertThat(plan.problems()).filteredOn(p -> p.location() != null && p.location().file().endsWith("lecturebank20.tsv")
                && p.message().startsWith("no topic id")).extracting(p -> p.location().line()).containsExactly(114, 233);
        assertThat(plan.skipped()).extracting(Skipped::what).anyMatch(w -> w.endsWith("LectureBankCD"));
        assertThat(atlas.plan("seq2seq", Set.of(), false).steps()).hasSizeGreaterThan(5);

        ImportPlan again = atlas.importFrom(root, Importer.Options.detect(), ImportProgress.NONE);
        assertThat(again.created()).isEmpty();
        assertThat(again.linked()).isEmpty();
        assertThat(again.updated()).isEmpty();
    }
}
