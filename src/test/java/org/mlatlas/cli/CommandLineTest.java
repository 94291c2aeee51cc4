package org.mlatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.support.CliRun.atlas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.graphdata.GraphDataLoader;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;

class CommandLineTest {
    private TestDbms dbms;

    @BeforeEach
    void loadDpoGraph() {
        dbms = TestDbms.with(Graphs.dpo());
    }

    @Test
    void pathListsRlhfAndKlDivergenceBeforeDpo() {
        CliRun run = atlas("path", "dpo");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("What to read before Direct preference optimization (dpo): 12 steps then the target");
        int rlhf = run.out.indexOf("(rlhf)");
        int kl = run.out.indexOf("(kl-divergence)");
        int dpo = run.out.lastIndexOf("(dpo)");
        assertThat(rlhf).isPositive().isLessThan(dpo);
        assertThat(kl).isPositive().isLessThan(dpo);
        assertThat(run.out).contains("why: needed for rlhf -> dpo").contains("read: Direct Preference Optimization (original paper) [1 h 30 min]");
    }

    @Test
    void knownForOneQueryShortensThePlanWithoutStoringIt() {
        int full = stepCount(atlas("path", "dpo", "--json"));
        CliRun shorter = atlas("path", "DPO", "--known", "rlhf,PPO", "--json");
        assertThat(stepCount(shorter)).isLessThan(full);
        assertThat(shorter.out).doesNotContain("\"id\" : \"rlhf\"");
        assertThat(stepCount(atlas("path", "dpo", "--json"))).isEqualTo(full);
    }

    private static int stepCount(CliRun run) {
        try {
            return new ObjectMapper().readTree(run.out).get("steps").size();
        } catch (Exception e) {
            throw new AssertionError(run.toString(), e);
        }
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode plan = new ObjectMapper().readTree(atlas("path", "dpo", "--json", "--papers").out);
        assertThat(plan.get("target").get("id").asText()).isEqualTo("dpo");
        assertThat(plan.get("target").get("kind").asText()).isEqualTo("Concept");
        assertThat(plan.get("known").isArray()).isTrue();
        JsonNode first = plan.get("steps").get(0);
        assertThat(first.fieldNames()).toIterable().contains("id", "name", "kind", "neededFor", "readings", "minutes");
        assertThat(first.get("readings").get(0).fieldNames()).toIterable().contains("id", "title", "arxiv", "url", "minutes");
        int sum = 0;
        for (JsonNode step : plan.get("steps")) {
            sum += step.get("minutes").asInt();
        }
        assertThat(plan.get("totalMinutes").asInt()).isEqualTo(sum);
        assertThat(plan.get("readingList").get("approximate").asBoolean()).isFalse();
    }

    @Test
    void markdownIsAChecklist() {
        CliRun run = atlas("path", "dpo", "--markdown");
        assertThat(run.out).startsWith("## Reading plan: Direct preference optimization");
        assertThat(run.out).contains("- [ ] **Reinforcement learning from human feedback** (`rlhf`");
        assertThat(run.out).contains("[Direct Preference Optimization](https://arxiv.org/abs/2305.18290)");
    }

    @Test
    void knowReadAndForgetAreStored() {
        assertThat(atlas("know", "rlhf", "kl-divergence").exitCode).isZero();
        assertThat(atlas("read", "arxiv:2305.18290").exitCode).isZero();
        assertThat(atlas("path", "dpo").out).contains("Left out because you know them: kl-divergence, rlhf.");
        assertThat(atlas("know", "dpo").exitCode).isZero();
        assertThat(atlas("path", "dpo").out).contains("You already know Direct preference optimization (dpo)");
        CliRun forget = atlas("forget");
        assertThat(forget.out).contains("Forgot 4 known nodes.");
        assertThat(atlas("path", "dpo").out).doesNotContain("Left out");
    }

    @Test
    void knowWithPrerequisitesMarksAWholeFoundation() {
        CliRun run = atlas("know", "policy-gradient", "--with-prerequisites");
        assertThat(run.out).contains("Marked known: policy-gradient, calculus, gradient-descent, probability");
        CliRun plan = atlas("path", "ppo");
        assertThat(plan.out).contains("Proximal policy optimization (ppo) needs nothing you don't already know");
        atlas("forget");
    }

    @Test
    void aTargetWithoutPrerequisitesGetsAClearAnswer() {
        assertThat(atlas("path", "probability").out).contains("Probability (probability) has no prerequisites: start with its readings, about ")
                .contains(" reading/viewing time.\n");
    }

    @Test
    void unknownIdsGetDidYouMeanAndExitTwo() {
        CliRun run = atlas("path", "dop");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).startsWith("atlas: no node \"dop\" in the graph; did you mean dpo");
        assertThat(run.out).isEmpty();
        assertThat(atlas("know", "rlfh").err).contains("did you mean rlhf");
    }

    @Test
    void linkRefusesACycleWithTheCycleSpelledOutAndChangesNothing() {
        AtlasGraph before = dbms.store().snapshot();
        CliRun run = atlas("link", "dpo", "PREREQUISITE", "probability");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.strip()).isEqualTo("atlas: refused: dpo PREREQUISITE probability would close a prerequisite cycle: "
                + "dpo -> probability -> kl-divergence -> dpo");
        assertThat(dbms.store().snapshot().relations()).containsExactlyInAnyOrderElementsOf(before.relations());
    }

    @Test
    void linkAcceptsNamesAndNotesAndUnlinkRemoves() {
        CliRun run = atlas("link", "Proximal policy optimization", "explains", "kl-divergence");
        assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("EXPLAINS runs from a paper or a resource to a concept");

        run = atlas("link", "arxiv:1707.06347", "EXPLAINS", "kl-divergence", "--note", "the KL penalty variant, sec. 4");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(atlas("show", "kl-divergence").out).contains("arxiv:1707.06347  Proximal Policy Optimization Algorithms  -- the KL penalty variant, sec. 4");
        assertThat(atlas("unlink", "arxiv:1707.06347", "EXPLAINS", "kl-divergence").exitCode).isZero();
        assertThat(atlas("unlink", "arxiv:1707.06347", "EXPLAINS", "kl-divergence").exitCode).isEqualTo(2);
        assertThat(atlas("link", "a", "REQUIRES", "b").err).contains("unknown relationship kind \"REQUIRES\"");
    }

    @Test
    void addCreatesNodesAndRefusesTakenIds() {
        CliRun run = atlas("add", "paper", "--arxiv", "2204.05862v2", "--title",
                "Training a Helpful and Harmless Assistant with Reinforcement Learning from Human Feedback",
                "--author", "Yuntao Bai", "--author", "et al.", "--year", "2022", "--minutes", "120");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Added paper arxiv:2204.05862");
        assertThat(atlas("link", "arxiv:2204.05862", "EXPLAINS", "rlhf").exitCode).isZero();
        assertThat(atlas("add", "concept", "dpo", "--name", "Again").err).contains("a node with id dpo already exists");
        assertThat(atlas("add", "concept", "Bad Id", "--name", "X").err).contains("malformed id");
        assertThat(atlas("add", "resource", "--title", "A post", "--type", "podcast").exitCode).isEqualTo(2);
    }

    @Test
    void showAndSearchFindNodesByWhatPeopleType() {
        CliRun show = atlas("show", "RLHF");
        assertThat(show.out).startsWith("Reinforcement learning from human feedback  (rlhf, concept)");
        assertThat(show.out).contains("Prerequisites (know these first):").contains("Needed for:\n  dpo  Direct preference optimization");
        assertThat(show.out).contains("Readings that explain it:\n  arxiv:2203.02155");
        CliRun search = atlas("search", "proximal", "polcy");
        assertThat(search.out.lines().findFirst().orElse("")).startsWith("ppo");
    }

    @Test
    void checkAndExportRoundTripTheLiveGraph(@TempDir Path dir) throws Exception {
        CliRun check = atlas("check");
        assertThat(check.exitCode).isZero();
        assertThat(check.out).contains("13 concepts, 3 papers, 5 resources").contains("No problems found.");
        Path file = dir.resolve("graph.json");
        assertThat(atlas("export", "--format", "json", "--out", file.toString()).exitCode).isZero();
        AtlasGraph back = new GraphDataLoader().load(file);
        assertThat(back.nodes()).containsExactlyInAnyOrderElementsOf(Graphs.inArea(Graphs.dpo().nodes(), "graph"));
        assertThat(back.relations()).containsExactlyInAnyOrderElementsOf(Graphs.dpo().relations());
        assertThat(Files.readString(file)).startsWith("{\n  \"schemaVersion\" : 1");
        assertThat(atlas("export", "--format", "xlsx").exitCode).isEqualTo(2);
    }

    @Test
    void searchFindsSymbolsAndRefusesWhatItCannotSearchInOneSentence() {
        dbms.store().addNode(org.mlatlas.domain.Node.concept("unicode-name", "🙂 Ünïcödé 中文 עברית"));
        for (String text : List.of("🙂", "Ünïcödé", "中文")) {
            CliRun run = atlas("search", text);
            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(run.out).as(text).startsWith("unicode-name");
        }
        List<String> refused = new ArrayList<>(List.of("search"));
        refused.addAll(java.util.Collections.nCopies(200, "learning"));
        for (String[] args : List.of(refused.toArray(String[]::new), new String[] {"search", "x".repeat(5_000)},
                new String[] {"search", "--limit", "-1", "dpo"})) {
            CliRun run = atlas(args);
            assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
            assertThat(run.err.lines().toList()).as(run.toString()).hasSize(1).first().asString().startsWith("atlas: a search ");
            assertThat(run.out).isEmpty();
        }
    }

    @Test
    void usageErrorsExitTwoAndHelpNeedsNoDatabase() {
        assertThat(atlas("path").exitCode).isEqualTo(2);
        assertThat(atlas("frobnicate").exitCode).isEqualTo(2);
        List<String> names = new ArrayList<>();
        atlas("--help").out.lines().filter(l -> l.startsWith("  ") && !l.startsWith("   ")).forEach(l -> names.add(l.trim().split(" ")[0]));
        assertThat(names).contains("path", "know", "read", "forget", "show", "search", "add", "link", "unlink", "check", "export", "server");
    }
}
