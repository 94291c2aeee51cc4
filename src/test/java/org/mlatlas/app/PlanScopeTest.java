package org.mlatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.graphdata.GraphDataLoader;
import org.mlatlas.plan.Planner;
import org.mlatlas.plan.PrerequisiteGraph;
import org.mlatlas.report.PlanJson;
import org.mlatlas.store.GraphStore;
import org.mlatlas.support.TestDbms;

/**
 * {@code atlas path} reads only the part of the graph a plan needs; the plan is the same as from the whole
 * graph, for every concept of the shipped graph, with and without {@code --known} (a milestone, an ordinary
 * concept) and with nodes marked known in the store. Plans are compared whole, with the reading list.
 */
class PlanScopeTest {
    private static final String MILESTONE = "test-milestone";

    private static TestDbms dbms;
    private static Atlas atlas;
    private static List<Node> concepts;
    private static String foundation;

    @BeforeAll
    static void loadShippedGraphWithAMilestone() throws Exception {
        AtlasGraph shipped = new GraphDataLoader().load(Path.of("graph-data"));
        concepts = shipped.nodes().stream().filter(n -> n.kind() == NodeKind.CONCEPT).toList();
        // a milestone standing on the three concepts with the largest prerequisite closures, so that knowing it
        // shortens many plans; and one foundational concept (the prerequisite of most others) marked known
        PrerequisiteGraph view = new PrerequisiteGraph(shipped);
        List<String> deepest = concepts.stream()
                .sorted(Comparator.comparingInt((Node n) -> -view.ancestorsOf(List.of(n.id())).size()).thenComparing(Node::id))
                .limit(3).map(Node::id).toList();
        Map<String, Integer> dependents = new HashMap<>();
        shipped.relations(RelationKind.PREREQUISITE).forEach(r -> dependents.merge(r.from(), 1, Integer::sum));
        foundation = dependents.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        List<Node> nodes = new ArrayList<>(shipped.nodes());
        nodes.add(Node.builder(MILESTONE, NodeKind.CONCEPT, "Test milestone").milestone(true).build());
        nodes.replaceAll(n -> n.id().equals(foundation) ? n.withKnown(true) : n);
        List<Relation> relations = new ArrayList<>(shipped.relations());
        deepest.forEach(id -> relations.add(Relation.of(id, RelationKind.PREREQUISITE, MILESTONE)));
        dbms = TestDbms.with(new AtlasGraph(nodes, relations));
        atlas = new Atlas(dbms.store());
    }

    @Test
    void everyConceptIsPlannedAsFromTheWholeGraph() {
        PrerequisiteGraph all = new PrerequisiteGraph(dbms.store().snapshot());
        Planner whole = new Planner(all);
        List<String> different = new ArrayList<>();
        for (Node target : concepts) {
            List<String> ancestors = List.copyOf(all.ancestorsOf(List.of(target.id())));
            String ordinary = ancestors.isEmpty() ? foundation : ancestors.get(ancestors.size() / 2);
            for (List<String> known : List.of(List.<String>of(), List.of(MILESTONE), List.of(ordinary))) {
                String sized = PlanJson.format(atlas.plan(target.id(), known, true));
                String fromWhole = PlanJson.format(whole.plan(target.id(), Set.copyOf(known), true));
                if (!sized.equals(fromWhole)) {
                    different.add(target.id() + " --known " + known);
                }
            }
        }
        assertThat(different).as("plans that differ from the whole graph's").isEmpty();
    }

    /**
     * A paper target is planned through the concepts it explains, whose closures the scope reads; a node named known
     * that is not on the target's path brings its closure too (knowing it is knowing what it stands on), and so does
     * one named known alone.
     */
    @Test
    void everyPaperAndKnownNodesOffThePathArePlannedAsFromTheWholeGraph() {
        AtlasGraph all = dbms.store().snapshot();
        PrerequisiteGraph view = new PrerequisiteGraph(all);
        Planner whole = new Planner(view);
        List<String> different = new ArrayList<>();
        List<Node> papers = all.nodes().stream().filter(n -> n.kind().isReading()).toList();
        for (Node paper : papers) {
            String sized = PlanJson.format(atlas.plan(paper.id(), List.of(), true));
            if (!sized.equals(PlanJson.format(whole.plan(paper.id(), Set.of(), true)))) {
                different.add(paper.id());
            }
        }
        String deepest = concepts.stream().max(Comparator.comparingInt((Node n) -> view.ancestorsOf(List.of(n.id())).size())
                .thenComparing(Node::id)).orElseThrow().id();
        for (Node target : concepts.subList(0, Math.min(60, concepts.size()))) {
            if (view.ancestorsOf(List.of(target.id())).contains(deepest) || target.id().equals(deepest)) {
                continue;
            }
            String sized = PlanJson.format(atlas.plan(target.id(), List.of(deepest), true));
            if (!sized.equals(PlanJson.format(whole.plan(target.id(), Set.of(deepest), true)))) {
                different.add(target.id() + " --known " + deepest);
            }
            String alone = PlanJson.format(atlas.plan(target.id(), List.of(), List.of(deepest), false));
            if (!alone.equals(PlanJson.format(whole.plan(Planner.Query.of(target.id()).withKnownOnly(List.of(deepest)))))) {
                different.add(target.id() + " --known-only " + deepest);
            }
        }
        assertThat(different).as("plans that differ from the whole graph's").isEmpty();
        assertThat(papers.stream().filter(p -> atlas.plan(p.id(), List.of(), false).outcome() == org.mlatlas.plan.Plan.Outcome.PLANNED))
                .as("papers that introduce a concept get a plan").isNotEmpty();
    }

    @Test
    void aKnownMilestoneInTheStoreIsInTheScope() {
        atlas.markKnown(List.of(MILESTONE), true);
        try {
            Planner whole = new Planner(new PrerequisiteGraph(dbms.store().snapshot()));
            for (Node target : concepts.subList(0, Math.min(40, concepts.size()))) {
                assertThat(PlanJson.format(atlas.plan(target.id(), List.of(), false))).as(target.id())
                        .isEqualTo(PlanJson.format(whole.plan(target.id(), Set.of(), false)));
            }
        } finally {
            atlas.markKnown(List.of(MILESTONE), false);
        }
    }

    @Test
    void whatKnowingAMilestoneMeansIsReadFromTheMilestonesScope() {
        AtlasGraph all = dbms.store().snapshot();
        PrerequisiteGraph view = new PrerequisiteGraph(all);
        List<String> ids = new ArrayList<>(List.of(MILESTONE, foundation));
        concepts.stream().limit(30).map(Node::id).forEach(ids::add);
        atlas.markKnown(List.of(MILESTONE), true);
        try {
            List<Atlas.Milestones> expected = ids.stream().map(id -> new Atlas.Milestones(id, all.node(id).orElseThrow().milestone(),
                    view.closureOf(id).size(), view.milestonesAbove(id).stream()
                    .filter(m -> m.equals(MILESTONE) || all.node(m).orElseThrow().known()).toList())).toList();
            assertThat(atlas.milestones(ids)).isEqualTo(expected);
            assertThat(atlas.milestones(ids).get(0).standsOn()).isPositive();
        } finally {
            atlas.markKnown(List.of(MILESTONE), false);
        }
    }

    @Test
    void theScopeHoldsTheClosureItsReadingsAndTheMilestonesNotTheRest() {
        String target = concepts.stream().filter(n -> n.id().equals("dpo")).findFirst().orElse(concepts.get(0)).id();
        GraphStore.PlanScope scope = dbms.store().planScope(target, List.of("Test Milestone"));
        AtlasGraph all = dbms.store().snapshot();
        List<String> roots = new ArrayList<>(List.of(target));
        all.nodes().stream().filter(Node::milestone).forEach(n -> roots.add(n.id()));
        Set<String> closure = new java.util.HashSet<>(new PrerequisiteGraph(all).ancestorsOf(roots));
        closure.addAll(roots);
        assertThat(scope.target().id()).isEqualTo(target);
        assertThat(scope.known()).extracting(Node::id).containsExactly(MILESTONE);
        List<Relation> expected = all.relations().stream().filter(r -> closure.contains(r.to())
                && (r.kind() == RelationKind.PREREQUISITE || r.kind() == RelationKind.EXPLAINS)).toList();
        assertThat(scope.graph().relations()).containsExactlyInAnyOrderElementsOf(expected);
        Set<String> readings = new java.util.HashSet<>();
        expected.forEach(r -> readings.add(r.from()));
        assertThat(scope.graph().nodes()).extracting(Node::id).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(closure.stream(), readings.stream()).distinct().toList());
        assertThat(scope.graph().nodes().size()).isLessThan(all.nodes().size());
    }
}
