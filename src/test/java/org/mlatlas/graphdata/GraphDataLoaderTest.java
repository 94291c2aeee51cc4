package org.mlatlas.graphdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.support.Graphs;

class GraphDataLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private List<Problem> problems() {
        try {
            new GraphDataLoader().load(dir);
            return List.of();
        } catch (GraphDataException e) {
            return e.problems();
        }
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void readsConceptsPapersResourcesAndEveryWayOfWritingAnEdge() throws Exception {
        write("a.json", """
                {"schemaVersion": 1,
                 "concepts": [
                   {"id": "kl-divergence", "name": "KL divergence", "aliases": ["relative entropy"]},
                   {"id": "rlhf", "name": "RLHF", "prerequisites": ["kl-divergence"]},
                   {"id": "dpo", "name": "Direct preference optimization", "aliases": ["DPO"],
                    "prerequisites": [{"id": "rlhf", "note": "DPO optimises the same objective"}],
                    "questions": ["what is dpo?"], "fromNotes": true, "known": false}
                 ],
                 "papers": [
                   {"id": "arxiv:2305.18290", "title": "Direct Preference Optimization", "authors": ["Rafael Rafailov", "et al."],
                    "year": 2023, "venue": "NeurIPS 2023", "arxiv": "2305.18290", "minutes": 90,
                    "explains": [{"id": "dpo", "role": "introduces"}], "cites": ["arxiv:2203.02155"]},
                   {"id": "arxiv:2203.02155", "title": "InstructGPT", "arxiv": "2203.02155v1"}
                 ],
                 "resources": [{"id": "res:kl", "kind": "blog", "title": "KL explained", "url": "https://example.org", "explains": ["kl-divergence"]}],
                 "relations": [{"from": "arxiv:2203.02155", "type": "EXPLAINS", "to": "rlhf", "role": "introduces"}]
                }""");
        AtlasGraph graph = new GraphDataLoader().load(dir);
        assertThat(graph.nodes()).hasSize(6);
        assertThat(graph.node("arxiv:2203.02155").orElseThrow().arxiv()).isEqualTo("2203.02155");
        assertThat(graph.node("dpo").orElseThrow().questions()).containsExactly("what is dpo?");
        assertThat(graph.relations()).contains(
                new Relation("rlhf", RelationKind.PREREQUISITE, "dpo", "DPO optimises the same objective", null),
                new Relation("arxiv:2305.18290", RelationKind.EXPLAINS, "dpo", null, ReadingRole.INTRODUCES),
                Relation.of("arxiv:2305.18290", RelationKind.CITES, "arxiv:2203.02155"),
                new Relation("arxiv:2203.02155", RelationKind.EXPLAINS, "rlhf", null, ReadingRole.INTRODUCES),
                Relation.of("res:kl", RelationKind.EXPLAINS, "kl-divergence"));
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws Exception {
        write("broken.json", "{\"schemaVersion\": 1,\n  \"concepts\": [\n    {\"id\": \"a\", \"name\": \"A\",}\n  ]\n}");
        List<Problem> problems = problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).location().file()).endsWith("broken.json");
        assertThat(problems.get(0).location().line()).isEqualTo(3);
        assertThat(problems.get(0).location().column()).isGreaterThan(20);
        assertThat(problems.get(0).message()).startsWith("malformed JSON");
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPosition() throws Exception {
        write("a.json", """
                {"schemaVersion": 1,
                 "concepts": [
                   {"id": "rlhf", "name": "RLHF"},
                   {"id": "dpo", "name": "DPO", "prerequisites": ["rlfh", "rlhf", "rlhf"]},
                   {"id": "kl", "name": "KL", "cites": ["dpo"]}
                 ]}""");
        write("b.json", """
                {"schemaVersion": 1,
                 "concepts": [
                   {"id": "rlhf", "name": "RLHF again"}
                 ],
                 "papers": [{"id": "arxiv:1", "title": "P", "explains": ["arxiv:1"]}]}""");
        List<String> messages = messages(problems());
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("a.json:4:4").contains("no node \"rlfh\"").contains("did you mean rlhf"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("a.json:4:4").contains("duplicate relationship rlhf PREREQUISITE dpo"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("a.json:5:4").contains("kl CITES dpo").contains("CITES runs from a paper to a paper"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("b.json:3:4").contains("duplicate id rlhf").contains("a.json:3:4"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("b.json:5:13").contains("arxiv:1 EXPLAINS arxiv:1"));
        assertThat(messages).hasSize(5);
    }

    @Test
    void prerequisiteCyclesAreSpelledOut() throws Exception {
        write("cycle.json", """
                {"schemaVersion": 1,
                 "concepts": [
                   {"id": "a", "name": "A", "prerequisites": ["c"]},
                   {"id": "b", "name": "B", "prerequisites": ["a"]},
                   {"id": "c", "name": "C", "prerequisites": ["b"]},
                   {"id": "d", "name": "D", "prerequisites": ["d"]}
                 ]}""");
        assertThat(messages(problems())).containsExactly(
                dir.resolve("cycle.json") + ":3:4: prerequisite cycle: a -> b -> c -> a",
                dir.resolve("cycle.json") + ":6:4: prerequisite cycle: d -> d");
    }

    @Test
    void schemaVersionIsRequiredAndNewerVersionsAreRefused() throws Exception {
        write("none.json", "{\"concepts\": []}");
        write("newer.json", "{\"schemaVersion\": 7}");
        List<String> messages = messages(problems());
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("none.json:1:1").contains("missing \"schemaVersion\""));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("newer.json:1:1").contains("written by a newer ML Atlas"));
    }

    @Test
    void typosInFieldNamesAndBadValuesAreReported() throws Exception {
        write("a.json", """
                {"schemaVersion": 1,
                 "concepts": [{"id": "A b", "name": "bad id"}, {"id": "x", "nmae": "typo"}],
                 "resources": [{"id": "res:r", "title": "R", "kind": "podcast", "minutes": "ten"}],
                 "relations": [{"from": "x", "type": "REQUIRES", "to": "x"}]}""");
        List<String> messages = messages(problems());
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("malformed id \"A b\""));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("unknown field \"nmae\""));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("concept x has no \"name\""));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("resource res:r needs a \"kind\""));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"minutes\" must be a whole number"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("unknown relation type \"REQUIRES\""));
    }

    @Test
    void writingThenReadingGivesTheSameGraph() throws Exception {
        AtlasGraph graph = Graphs.dpo();
        StringWriter out = new StringWriter();
        new GraphDataWriter().write(graph, out);
        write("export.json", out.toString());
        AtlasGraph back = new GraphDataLoader().load(dir);
        assertThat(back.nodes()).containsExactlyInAnyOrderElementsOf(Graphs.inArea(graph.nodes(), "export"));
        assertThat(back.relations()).containsExactlyInAnyOrderElementsOf(graph.relations());
    }

    @Test
    void aFirstReadingMustExplainItsConcept() throws Exception {
        write("a.json", """
                {"schemaVersion": 1,
                 "concepts": [{"id": "dpo", "name": "DPO", "firstReading": "arxiv:2305.18290"},
                              {"id": "rlhf", "name": "RLHF", "firstReading": "arxiv:2305.18290"},
                              {"id": "lora", "name": "LoRA", "firstReading": "arxiv:2106.0968"}],
                 "papers": [{"id": "arxiv:2305.18290", "title": "DPO", "explains": ["dpo"]},
                            {"id": "arxiv:2106.09685", "title": "LoRA"}]}""");
        List<String> messages = messages(problems());
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).endsWith("a.json:3:15: rlhf names firstReading \"arxiv:2305.18290\", which does not explain it");
        assertThat(messages.get(1)).endsWith("a.json:4:15: lora names firstReading \"arxiv:2106.0968\", which does not "
                + "explain it; did you mean arxiv:2106.09685 (LoRA)?");
    }

    @Test
    void aBrokenFileIsReportedFirstAndTheReferencesItsNodesWouldHaveMetAreCountedInOneLine() throws Exception {
        write("a-broken.json", "{\"schemaVersion\": 1, \"concepts\": [{\"id\": \"rlhf\", \"name\": \"RLHF\"},\n {\"id\": \"dpo\" oops");
        StringBuilder refs = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            refs.append(i == 0 ? "" : ",").append("{\"id\": \"c").append(i).append("\", \"name\": \"C\", \"prerequisites\": [\"dpo\"]}");
        }
        write("b-fine.json", "{\"schemaVersion\": 1, \"concepts\": [" + refs + "]}");
        List<String> messages = messages(problems());
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).contains("a-broken.json:2:").contains("malformed JSON");
        assertThat(messages.get(1)).contains("and 100 references to 1 id not found (dpo)").contains("fix the problems above first");
    }

    @Test
    void firstReadingsThatABrokenFileWouldHaveExplainedAreCountedInTheSameLine() throws Exception {
        write("a-broken.json", "{\"schemaVersion\": 1, \"resources\": [{\"id\": \"res:book\" oops");
        StringBuilder concepts = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            concepts.append(i == 0 ? "" : ",").append("{\"id\": \"c").append(i).append("\", \"name\": \"C\", \"firstReading\": \"res:book\"")
                    .append(i < 10 ? ", \"prerequisites\": [\"dpo\"]}" : "}");
        }
        write("b-fine.json", "{\"schemaVersion\": 1, \"concepts\": [" + concepts + "]}");
        List<String> messages = messages(problems());
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).contains("a-broken.json:1:").contains("malformed JSON");
        assertThat(messages.get(1)).contains("and 10 references to 1 id not found (dpo) and 30 first readings that explain nothing (res:book)")
                .contains("fix the problems above first");
    }

    @Test
    void aRelationFromANodeToItselfIsRefused() throws Exception {
        write("a.json", """
                {"schemaVersion": 1, "papers": [{"id": "paper:x", "title": "X", "cites": ["paper:x"]}]}""");
        assertThat(messages(problems())).singleElement().asString().endsWith("paper:x CITES paper:x: a node cannot relate to itself");
    }

    @Test
    void aNodeIsInItsFilesAreaUnlessItNamesOne() throws Exception {
        write("llm-alignment.json", """
                {"schemaVersion": 1, "concepts": [{"id": "rlhf", "name": "RLHF"},
                 {"id": "lora", "name": "LoRA", "area": "llm-systems", "milestone": true}]}""");
        AtlasGraph graph = new GraphDataLoader().load(dir);
        assertThat(graph.node("rlhf").orElseThrow().area()).isEqualTo("llm-alignment");
        assertThat(graph.node("lora").orElseThrow().area()).isEqualTo("llm-systems");
        assertThat(graph.node("lora").orElseThrow().milestone()).isTrue();
        assertThat(graph.node("rlhf").orElseThrow().milestone()).isFalse();
    }
}
