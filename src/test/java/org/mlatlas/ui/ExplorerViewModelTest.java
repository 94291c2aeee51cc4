package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlatlas.app.Atlas;
import org.mlatlas.app.GraphCache;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.PlanStep;
import org.mlatlas.report.PlanWording;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.mlatlas.task.Background;
import org.mlatlas.ui.model.Edit;
import org.mlatlas.ui.model.ExplorerViewModel;

/** The explorer's view model on a real embedded Neo4j, without any JavaFX toolkit. */
class ExplorerViewModelTest {
    private TestDbms dbms;
    private Background background;
    private ExplorerViewModel vm;

    @BeforeEach
    void open() {
        dbms = TestDbms.with(Graphs.dpo());
        background = new Background(Runnable::run);
        vm = new ExplorerViewModel(background, () -> new Atlas(dbms.store()));
        vm.setAnimate(false);
        vm.start();
        settle();
    }

    @AfterEach
    void close() {
        vm.close();
        background.close();
    }

    private void settle() {
        Eventually.await(Duration.ofSeconds(30), "background work", () -> background.awaitIdle(Duration.ofSeconds(30)) && background.busy() == 0);
    }

    private boolean hasRelation(String from, RelationKind kind, String to) {
        return vm.graphProperty().get().relations().stream().anyMatch(r -> r.key().equals(from + " " + kind + " " + to));
    }

    @Test
    void loadsTheGraphIntoAForceScene() {
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.graphProperty().get().nodes()).hasSize(21);
        assertThat(vm.sceneProperty().get().graph().size()).isEqualTo(21);
        assertThat(vm.sceneProperty().get().isPlan()).isFalse();
        for (double x : vm.sceneProperty().get().xs()) {
            assertThat(x).isFinite();
        }
    }

    @Test
    void selectingShowsDetailsWithNeighboursByKind() {
        vm.select("rlhf");
        var details = vm.detailsProperty().get();
        assertThat(details.node().name()).isEqualTo("Reinforcement learning from human feedback");
        assertThat(details.links()).anyMatch(l -> l.relation().kind() == RelationKind.PREREQUISITE && !l.outgoing() && l.other().id().equals("ppo"));
        assertThat(details.links()).anyMatch(l -> l.relation().kind() == RelationKind.EXPLAINS && l.other().id().equals("arxiv:2203.02155"));
    }

    @Test
    void searchCompletesAliasesAndCentresOnTheHit() {
        assertThat(vm.complete("RLH", 5)).extracting(Node::id).first().isEqualTo("rlhf");
        List<String> centred = new ArrayList<>();
        vm.onCentre(centred::add);
        assertThat(vm.searchAndCentre("relative entropy")).isTrue();
        assertThat(vm.selectedProperty().get()).isEqualTo("kl-divergence");
        assertThat(centred).containsExactly("kl-divergence");
    }

    @Test
    void showsTheLastWindowsCopyWhileTheStoreOpensThenTheLiveGraph(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // the copy the last window left: the live graph plus a node deleted since (elsewhere)
        List<Node> stale = new ArrayList<>(dbms.store().snapshot().nodes());
        stale.add(Node.concept("deleted-since", "Deleted since"));
        GraphCache cache = new GraphCache(dir.resolve("explorer-graph.json"));
        cache.write(new org.mlatlas.domain.AtlasGraph(stale, dbms.store().snapshot().relations()));
        java.util.concurrent.CountDownLatch databaseUp = new java.util.concurrent.CountDownLatch(1);
        Background slow = new Background(Runnable::run);
        ExplorerViewModel window = new ExplorerViewModel(slow, () -> {
            databaseUp.await(); // the database is still starting
            return new Atlas(dbms.store());
        });
        try {
            window.setAnimate(false);
            window.setCache(cache);
            window.start();
            Eventually.await(Duration.ofSeconds(10), "the copy on screen", () -> window.shownProperty().get()
                    && window.statusProperty().get().contains("as you last saw it"));
            assertThat(window.readyProperty().get()).isFalse();
            assertThat(window.graphProperty().get().contains("deleted-since")).isTrue();
            assertThat(window.sceneProperty().get().graph().size()).isEqualTo(22);
            assertThat(window.statusProperty().get()).contains("as you last saw it");
            window.planFor("dpo"); // asked for before the store is open: waits for it
            assertThat(window.statusProperty().get()).contains("as soon as the database is up");

            databaseUp.countDown();
            Eventually.await(Duration.ofSeconds(30), "the live graph", () -> window.readyProperty().get()
                    && slow.awaitIdle(Duration.ofSeconds(30)) && slow.busy() == 0);
            assertThat(window.graphProperty().get().contains("deleted-since")).isFalse();
            assertThat(window.planProperty().get().target().id()).isEqualTo("dpo");
            assertThat(cache.read().orElseThrow().contains("deleted-since")).as("the copy now holds the live graph").isFalse();
        } finally {
            databaseUp.countDown();
            window.close();
            slow.close();
        }
    }

    @Test
    void theStatusLineSaysThePlanInTheWordsOfAtlasPath() {
        vm.planFor("dpo");
        settle();
        Plan plan = vm.planProperty().get();
        assertThat(vm.statusProperty().get()).isEqualTo(PlanWording.headline(plan))
                .startsWith("What to read before Direct preference optimization: 12 steps then the target, about ")
                .doesNotContain("minutes");
        assertThat(CliRun.atlas("path", "dpo").out).contains(": " + PlanWording.size(plan) + ".");
    }

    @Test
    void tickingAMilestoneLeavesOutEverythingItStandsOn() {
        vm.close();
        TestDbms.with(Graphs.dpoWithMilestones());
        vm = new ExplorerViewModel(background, () -> new Atlas(dbms.store()));
        vm.setAnimate(false);
        vm.start();
        settle();
        vm.planFor("dpo");
        settle();
        assertThat(vm.planProperty().get().shortcuts()).extracting(s -> s.milestone().id()).contains("ml-basics");

        vm.setKnown("ml-basics", true);
        settle();
        Plan plan = vm.planProperty().get();
        assertThat(plan.steps()).extracting((PlanStep s) -> s.node().id())
                .doesNotContain("probability", "calculus", "gradient-descent", "maximum-likelihood").endsWith("dpo");
        assertThat(plan.known()).extracting(Node::id).containsExactly("ml-basics");
        assertThat(dbms.store().snapshot().node("calculus").orElseThrow().known()).as("only the milestone is stored").isFalse();
    }

    @Test
    void planShowsLayeredStepsAndTickingAStepRemovesIt() {
        vm.planFor("dpo");
        settle();
        assertThat(vm.planProperty().get().steps()).extracting(s -> s.node().id()).contains("probability", "rlhf").endsWith("dpo");
        assertThat(vm.sceneProperty().get().isPlan()).isTrue();
        assertThat(vm.planIds()).contains("probability");

        vm.setKnown("probability", true);
        settle();
        assertThat(vm.planProperty().get().steps()).extracting((PlanStep s) -> s.node().id()).doesNotContain("probability");
        assertThat(dbms.store().snapshot().node("probability").orElseThrow().known()).isTrue();
        assertThat(vm.canUndoProperty().get()).isTrue();
    }

    @Test
    void aRefusedCycleShowsTheReasonAndChangesNothing() {
        long before = dbms.store().revision();
        vm.apply(new Edit.Link(Relation.of("dpo", RelationKind.PREREQUISITE, "probability")));
        settle();
        assertThat(vm.statusIsErrorProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).startsWith("Refused").containsIgnoringCase("cycle");
        assertThat(dbms.store().revision()).isEqualTo(before);
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void aRefusedCycleIsSaidOnceInWordsWithNamesAndCarriesTheCycle() {
        List<java.util.Optional<org.mlatlas.ui.model.Refusal>> outcome = new ArrayList<>();
        vm.apply(new Edit.Link(Relation.of("DPO", RelationKind.PREREQUISITE, "probability")), outcome::add);
        settle();
        assertThat(vm.statusProperty().get()).isEqualTo("Refused: making Direct preference optimization a prerequisite"
                + " of Probability would close a cycle, since Probability already leads to it: Probability → KL divergence"
                + " → Direct preference optimization.");
        assertThat(outcome).singleElement().satisfies(o -> assertThat(o).isPresent());
        assertThat(vm.refusalProperty().get().cycle()).containsExactly("dpo", "probability", "kl-divergence", "dpo");
        vm.select("rlhf");
        assertThat(vm.refusalProperty().get()).as("moving on clears the cycle from the canvas").isNull();
    }

    @Test
    void aWrongKindIsRefusedWithNames() {
        vm.apply(new Edit.Link(Relation.of("probability", RelationKind.CITES, "calculus")));
        settle();
        assertThat(vm.statusProperty().get()).startsWith("Refused: cannot link Probability CITES Calculus")
                .doesNotContainIgnoringCase("refused: refused");
    }

    @Test
    void addingAnEdgeAndUndoAndRedoAreConfirmedInWords() {
        vm.apply(new Edit.Link(Relation.of("Calculus", RelationKind.PREREQUISITE, "KL divergence")));
        settle();
        assertThat(vm.statusProperty().get()).isEqualTo("Added: Calculus is a prerequisite of KL divergence. Undo: Ctrl+Z");
        vm.undo();
        settle();
        assertThat(vm.statusProperty().get()).isEqualTo("Undone: “Added: Calculus is a prerequisite of KL divergence”. Redo: Ctrl+Y");
        vm.redo();
        settle();
        assertThat(vm.statusProperty().get()).isEqualTo("Redone: “Added: Calculus is a prerequisite of KL divergence”. Undo: Ctrl+Z");
    }

    @Test
    void aTerminalEditKeepsTheGraphViewTheSelectionAndTheOpenPlanAndNamesWhatChanged() {
        vm.planFor("dpo");
        settle();
        vm.showGraph();
        vm.select("ppo");
        java.util.Map<String, double[]> before = vm.sceneProperty().get().positionsById();

        CliRun run = CliRun.atlas("link", "calculus", "PREREQUISITE", "ppo");
        assertThat(run.exitCode).as(run.toString()).isZero();
        Eventually.await(Duration.ofSeconds(30), "the terminal's edge", () -> hasRelation("calculus", RelationKind.PREREQUISITE, "ppo"));
        settle();

        assertThat(vm.showingPlanProperty().get()).as("the graph stays on screen, not the plan").isFalse();
        assertThat(vm.sceneProperty().get().isPlan()).isFalse();
        assertThat(vm.selectedProperty().get()).isEqualTo("ppo");
        assertThat(vm.planProperty().get().target().id()).isEqualTo("dpo");
        assertThat(vm.recentChangeProperty().get().relationKeys()).containsExactly("calculus PREREQUISITE ppo");
        assertThat(vm.statusProperty().get()).as("said in words, in case the edge is off screen")
                .isEqualTo("Added elsewhere: Calculus is a prerequisite of Proximal policy optimization");
        java.util.Map<String, double[]> after = vm.sceneProperty().get().positionsById();
        before.forEach((id, p) -> assertThat(after.get(id)).as("%s stays where it was", id).containsExactly(p));
    }

    @Test
    void connectingTwoNodesFindsTheShortestPathsOverAnyKindAndShowsThem() {
        vm.filtersProperty().set(vm.filtersProperty().get().withKind(NodeKind.PAPER, false));
        vm.connect("KL divergence", "Proximal Policy Optimization Algorithms");
        settle();
        var c = vm.connectionProperty().get();
        assertThat(c.paths().get(0).nodeIds()).containsExactly("kl-divergence", "rlhf", "ppo", "arxiv:1707.06347");
        assertThat(c.paths()).allSatisfy(p -> assertThat(p.steps()).hasSizeBetween(3, 4));
        assertThat(org.mlatlas.ui.model.Connection.verb(c.paths().get(0).steps().get(1))).isEqualTo("needs");
        assertThat(vm.sceneProperty().get().graph().contains("arxiv:1707.06347"))
                .as("a path's node is shown though its kind is filtered out").isTrue();
        assertThat(vm.selectedProperty().get()).isEqualTo("kl-divergence");
        assertThat(vm.statusProperty().get()).startsWith("KL divergence connects to Proximal Policy Optimization Algorithms in 3 steps");
        vm.clearConnection();
        assertThat(vm.sceneProperty().get().graph().contains("arxiv:1707.06347")).isFalse();

        vm.connect("KL divergence", "dpoo");
        assertThat(vm.statusProperty().get()).isEqualTo(
                "No node \"dpoo\" to connect; did you mean dpo (Direct preference optimization)?");
        vm.connect("dpo", "DPO"); // an id and its alias
        settle();
        assertThat(vm.statusProperty().get()).contains("two different nodes");
        assertThat(vm.connectionProperty().get()).isNull();
    }

    @Test
    void aLocalViewStaysAroundItsNodeAndADoubleClickExpandsANodeInPlace() {
        vm.filtersProperty().set(vm.filtersProperty().get().withKind(NodeKind.PAPER, false).withKind(NodeKind.RESOURCE, false));
        vm.select("ppo");
        vm.filtersProperty().set(vm.filtersProperty().get().withLocalDepth(1));
        assertThat(vm.sceneProperty().get().graph().nodes()).extracting(Node::id).containsExactlyInAnyOrder("ppo", "policy-gradient", "rlhf");
        vm.select("rlhf"); // a click shows its details; the view stays around PPO
        assertThat(vm.sceneProperty().get().graph().nodes()).extracting(Node::id).containsExactlyInAnyOrder("ppo", "policy-gradient", "rlhf");
        java.util.Map<String, double[]> before = vm.sceneProperty().get().positionsById();

        vm.expand("rlhf");
        assertThat(vm.sceneProperty().get().graph().nodes()).extracting(Node::id).containsExactlyInAnyOrder(
                "ppo", "policy-gradient", "rlhf", "dpo", "sft", "reward-modeling", "kl-divergence");
        java.util.Map<String, double[]> after = vm.sceneProperty().get().positionsById();
        before.forEach((id, p) -> assertThat(after.get(id)).as("%s did not move", id).containsExactly(p));
        assertThat(vm.statusProperty().get()).isEqualTo("Expanded Reinforcement learning from human feedback: 4 neighbours added");

        vm.selectAndCentre("sft"); // a search hit: the local view is drawn around it anew
        assertThat(vm.sceneProperty().get().graph().nodes()).extracting(Node::id).containsExactlyInAnyOrder("sft", "language-modeling", "rlhf");
    }

    @Test
    void searchMatchesAreMarkedWhileTypingAndPapersFilterByYear() {
        vm.highlightMatches("gradient");
        assertThat(vm.searchMatchesProperty().get()).containsExactlyInAnyOrder("gradient-descent", "policy-gradient");
        vm.highlightMatches("g");
        assertThat(vm.searchMatchesProperty().get()).as("one letter marks nothing").isEmpty();

        vm.filtersProperty().set(vm.filtersProperty().get().withYears(2021, null)); // the fixture's papers are from 2020
        assertThat(vm.sceneProperty().get().graph().nodes()).noneMatch(n -> n.kind() == NodeKind.PAPER)
                .anyMatch(n -> n.kind() == NodeKind.CONCEPT);
        vm.filtersProperty().set(vm.filtersProperty().get().withYears(2019, 2020));
        assertThat(vm.sceneProperty().get().graph().nodes()).filteredOn(n -> n.kind() == NodeKind.PAPER).hasSize(3);
    }

    @Test
    void aWrongKindIsRefused() {
        vm.apply(new Edit.Link(Relation.of("probability", RelationKind.CITES, "calculus")));
        settle();
        assertThat(vm.statusProperty().get()).startsWith("Refused").contains("CITES");
        assertThat(hasRelation("probability", RelationKind.CITES, "calculus")).isFalse();
    }

    @Test
    void addedEdgesUndoAndRedo() {
        vm.apply(new Edit.Link(Relation.of("Calculus", RelationKind.PREREQUISITE, "KL divergence")));
        settle();
        assertThat(hasRelation("calculus", RelationKind.PREREQUISITE, "kl-divergence")).isTrue();
        vm.undo();
        settle();
        assertThat(hasRelation("calculus", RelationKind.PREREQUISITE, "kl-divergence")).isFalse();
        assertThat(vm.canRedoProperty().get()).isTrue();
        vm.redo();
        settle();
        assertThat(hasRelation("calculus", RelationKind.PREREQUISITE, "kl-divergence")).isTrue();
    }

    @Test
    void deletingANodeUndoesWithItsRelationships() {
        int relations = vm.graphProperty().get().relations().size();
        vm.apply(new Edit.DeleteNode("kl-divergence"));
        settle();
        assertThat(vm.graphProperty().get().contains("kl-divergence")).isFalse();
        vm.undo();
        settle();
        assertThat(vm.graphProperty().get().contains("kl-divergence")).isTrue();
        assertThat(vm.graphProperty().get().relations()).hasSize(relations);
    }

    @Test
    void addedNodesAndNotesAppear() {
        vm.apply(new Edit.AddNode(Node.concept("entropy", "Entropy")));
        vm.apply(new Edit.SetNotes("dpo", null, "read section 4 twice"));
        settle();
        assertThat(vm.graphProperty().get().node("entropy")).isPresent();
        assertThat(vm.graphProperty().get().node("dpo").orElseThrow().notes()).isEqualTo("read section 4 twice");
        vm.undo();
        settle();
        assertThat(vm.graphProperty().get().node("dpo").orElseThrow().notes()).isNull();
    }

    @Test
    void filtersHideKindsKnownNodesAndLimitToALocalView() {
        vm.filtersProperty().set(vm.filtersProperty().get().withKind(NodeKind.PAPER, false).withKind(NodeKind.RESOURCE, false));
        assertThat(vm.sceneProperty().get().graph().nodes()).allMatch(n -> n.kind() == NodeKind.CONCEPT).hasSize(13);
        vm.setKnown("calculus", true);
        settle();
        vm.filtersProperty().set(vm.filtersProperty().get().withHideKnown(true));
        assertThat(vm.sceneProperty().get().graph().contains("calculus")).isFalse();
        vm.select("ppo");
        vm.filtersProperty().set(vm.filtersProperty().get().withLocalDepth(1));
        assertThat(vm.sceneProperty().get().graph().nodes()).extracting(Node::id)
                .containsExactlyInAnyOrder("ppo", "policy-gradient", "rlhf");
    }

    /** The window's own poll (no call from the test) brings in what another process wrote; no time is asserted. */
    @Test
    void anEdgeAddedElsewhereAppearsAtAPoll() {
        dbms.store().link(Relation.of("calculus", RelationKind.PREREQUISITE, "bradley-terry"));
        Eventually.await(Duration.ofSeconds(60), "the poll to reload", () -> hasRelation("calculus", RelationKind.PREREQUISITE, "bradley-terry"));
    }

    @Test
    void anAtlasLinkFromATerminalAppearsAtAPollAndAWindowEditAtTheSameTimeAlsoLands() {
        vm.apply(new Edit.Link(Relation.of("calculus", RelationKind.PREREQUISITE, "sft")));
        CliRun run = CliRun.atlas("link", "probability", "PREREQUISITE", "sft");
        assertThat(run.exitCode).as(run.toString()).isZero();
        Eventually.await(Duration.ofSeconds(60), "the terminal's edge in the window",
                () -> hasRelation("probability", RelationKind.PREREQUISITE, "sft"));
        settle();
        assertThat(hasRelation("calculus", RelationKind.PREREQUISITE, "sft")).isTrue();
        assertThat(hasRelation("probability", RelationKind.PREREQUISITE, "sft")).isTrue();
    }

    @Test
    void twoWindowsAndATerminalEditingAtTheSameMomentLoseNothingAndARacingCycleIsRefusedOnce() throws Exception {
        Background otherBackground = new Background(Runnable::run);
        ExplorerViewModel other = new ExplorerViewModel(otherBackground, () -> new Atlas(dbms.store()));
        other.setAnimate(false);
        try {
            other.start();
            Eventually.await(Duration.ofSeconds(30), "the second window to load", () -> other.readyProperty().get());
            List<String> targets = List.of("rlhf", "ppo", "sft", "dpo", "reward-modeling");
            for (String target : targets) {
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(3);
                List<Thread> threads = List.of(
                        new Thread(() -> { await(start); vm.apply(new Edit.Link(Relation.of("res:prob-book", RelationKind.EXPLAINS, target))); }),
                        new Thread(() -> { await(start); other.apply(new Edit.Link(Relation.of("res:calc-video", RelationKind.EXPLAINS, target))); }),
                        new Thread(() -> {
                            await(start);
                            CliRun run = CliRun.atlas("link", "res:kl-post", "EXPLAINS", target);
                            assertThat(run.exitCode).as(run.toString()).isZero();
                        }));
                threads.forEach(Thread::start);
                for (Thread t : threads) {
                    t.join(60_000);
                }
            }
            settle();
            Eventually.await(Duration.ofSeconds(30), "the second window's edits", () -> otherBackground.awaitIdle(Duration.ofSeconds(30)));
            List<String> expected = new ArrayList<>();
            for (String target : targets) {
                for (String reading : List.of("res:prob-book", "res:calc-video", "res:kl-post")) {
                    expected.add(reading + " EXPLAINS " + target);
                }
            }
            assertThat(dbms.store().snapshot().relations().stream().map(Relation::key).toList()).containsAll(expected);
            for (ExplorerViewModel window : List.of(vm, other)) {
                Eventually.await(Duration.ofSeconds(60), "every edit in each window", () -> window.graphProperty().get()
                        .relations().stream().map(Relation::key).toList().containsAll(expected));
            }

            // two windows close a cycle at the same moment: the store serialises the writes, one is refused
            java.util.concurrent.CyclicBarrier race = new java.util.concurrent.CyclicBarrier(2);
            Thread a = new Thread(() -> { await(race); vm.apply(new Edit.Link(Relation.of("calculus", RelationKind.PREREQUISITE, "probability"))); });
            Thread b = new Thread(() -> { await(race); other.apply(new Edit.Link(Relation.of("probability", RelationKind.PREREQUISITE, "calculus"))); });
            a.start();
            b.start();
            a.join(60_000);
            b.join(60_000);
            settle();
            Eventually.await(Duration.ofSeconds(30), "the second window", () -> otherBackground.awaitIdle(Duration.ofSeconds(30)));
            List<String> keys = dbms.store().snapshot().relations().stream().map(Relation::key).toList();
            boolean first = keys.contains("calculus PREREQUISITE probability");
            boolean second = keys.contains("probability PREREQUISITE calculus");
            assertThat(first ^ second).as("exactly one of the two landed: " + first + ", " + second).isTrue();
            ExplorerViewModel refused = first ? other : vm;
            assertThat(refused.statusProperty().get()).startsWith("Refused").contains("cycle");
        } finally {
            other.close();
            otherBackground.close();
        }
    }

    private static void await(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
