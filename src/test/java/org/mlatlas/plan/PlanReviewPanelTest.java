package org.mlatlas.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.graphdata.GraphDataException;
import org.mlatlas.graphdata.GraphDataLoader;

/**
 * The plan-review panel (issue 10, section 5): the reading plans of the shipped {@code graph-data/} held to what a
 * teacher of the field requires. The panel was written from the field's knowledge, not from the planner's output;
 * a failing case means the graph (or the planner) is wrong, not the panel, unless the rule itself is wrong by the
 * field's standards.
 *
 * <p>The panel is {@code src/test/resources/plan-review/panel.json}: {@code {"about": "...", "cases": [...]}}, each
 * case an object with
 * <ul>
 *   <li>{@code target}: the concept id planned for;</li>
 *   <li>{@code known} (optional): ids the learner says they know, as {@code atlas path <target> --known a,b};</li>
 *   <li>{@code area}: the topic area the case belongs to (one of {@link #AREAS}), to group the report;</li>
 *   <li>{@code checks}: one line saying what the case holds the plan to, and why;</li>
 *   <li>{@code mustContain}: ids that must be steps of the plan (at any depth: a plan is the whole prerequisite
 *       closure, minus what is known);</li>
 *   <li>{@code mustNotContain}: ids a plan for this target has no business including;</li>
 *   <li>{@code order}: pairs {@code ["a", "b"]}: step a comes before step b (both are in {@code mustContain} or
 *       are the target);</li>
 *   <li>{@code maxSteps} (optional): the most steps the plan may have (the target counts as a step);</li>
 *   <li>{@code alreadyKnown} (optional, with {@code known}): the target lies inside what is known (a milestone's
 *       closure), so the planner must answer "already known" with no steps.</li>
 * </ul>
 * Unless {@code alreadyKnown}, the plan must not call the target known. The known ids go to {@link Planner#plan} as
 * they are: leaving out a milestone's whole closure (issue 10, part 2) is the planner's job. Every failure names the
 * case, the rule and what the plan had (why a required id is missing, and each unwanted step with the chain that
 * brought it in), so a data engineer can fix the graph from the message alone. The panel is also checked on its own:
 * every area covered, at least {@value #MIN_TARGETS} targets, and no case forbidding what the panel's other cases
 * require below it.
 */
class PlanReviewPanelTest {
    private static final String PANEL = "/plan-review/panel.json";
    private static final int MIN_TARGETS = 60;
    /** The areas the panel must cover, in report order. */
    static final List<String> AREAS = List.of("foundations-math", "classic-ml", "deep-learning", "nlp-transformers",
            "llm-training-systems", "serving-efficiency", "reasoning-agents", "rl", "rlhf-preference", "alignment-safety",
            "interpretability-attribution", "interpretability-mechanistic", "generative-models", "vision",
            "learning-theory", "milestones");

    private static AtlasGraph graph;
    private static PrerequisiteGraph prerequisites;
    private static Planner planner;
    private static List<Case> cases;
    /** "did you mean" per missing id, computed once (many cases name the same missing id). */
    private static final Map<String, String> GUESSES = new ConcurrentHashMap<>();

    /** One case of the panel (see the class comment for the meaning of each field). */
    record Case(String target, List<String> known, String area, String checks, boolean alreadyKnown,
                List<String> mustContain, List<String> mustNotContain, List<List<String>> order, Integer maxSteps) {
        Case {
            known = known == null ? List.of() : List.copyOf(known);
            mustContain = mustContain == null ? List.of() : List.copyOf(mustContain);
            mustNotContain = mustNotContain == null ? List.of() : List.copyOf(mustNotContain);
            order = order == null ? List.of() : List.copyOf(order);
        }

        /** How the case shows in the report: the command a user would type. */
        String title() {
            return known.isEmpty() ? target : target + " --known " + String.join(",", known);
        }

        /** Every id the case names. */
        Set<String> ids() {
            Set<String> ids = new LinkedHashSet<>();
            ids.add(target);
            ids.addAll(known);
            ids.addAll(mustContain);
            ids.addAll(mustNotContain);
            order.forEach(ids::addAll);
            return ids;
        }
    }

    record Panel(String about, List<Case> cases) {
    }

    @BeforeAll
    static void load() throws GraphDataException {
        graph = new GraphDataLoader().load(Path.of("graph-data"));
        prerequisites = new PrerequisiteGraph(graph);
        planner = new Planner(prerequisites);
        try (InputStream in = PlanReviewPanelTest.class.getResourceAsStream(PANEL)) {
            assertThat(in).as("the panel %s on the test classpath", PANEL).isNotNull();
            cases = new ObjectMapper().readValue(in, Panel.class).cases();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the panel " + PANEL, e);
        }
    }

    /** One test per case, grouped by area. */
    @TestFactory
    Stream<DynamicContainer> everyPlanMeetsThePanel() {
        Map<String, List<Case>> byArea = new LinkedHashMap<>();
        AREAS.forEach(area -> byArea.put(area, new ArrayList<>()));
        cases.forEach(c -> byArea.computeIfAbsent(c.area(), a -> new ArrayList<>()).add(c));
        return byArea.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue().stream()
                        .map(c -> DynamicTest.dynamicTest(c.title(), () -> review(c)))));
    }

    @Test
    void everyIdThePanelNamesIsAConceptInTheGraph() {
        Set<String> named = new TreeSet<>();
        cases.forEach(c -> named.addAll(c.ids()));
        List<String> faults = new ArrayList<>();
        for (String id : named) {
            Node node = graph.node(id).orElse(null);
            if (node == null) {
                faults.add(id + guess(id));
            } else if (node.kind() != NodeKind.CONCEPT) {
                faults.add(id + " is a " + node.kind().name().toLowerCase() + ", not a concept");
            }
        }
        if (!faults.isEmpty()) {
            fail(faults.size() + " of the " + named.size() + " ids the plan-review panel names are not concepts of"
                    + " graph-data/:\n  " + String.join("\n  ", faults));
        }
    }

    @Test
    void panelCoversEveryAreaAndIsCoherent() {
        Set<String> targets = cases.stream().map(Case::target).collect(Collectors.toSet());
        assertThat(targets).as("distinct targets").hasSizeGreaterThanOrEqualTo(MIN_TARGETS);
        assertThat(cases.stream().map(Case::area).distinct()).as("areas").containsExactlyInAnyOrderElementsOf(AREAS);

        List<String> faults = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (Case c : cases) {
            String at = c.title() + ": ";
            if (!titles.add(c.title())) {
                faults.add(at + "appears twice");
            }
            if (c.checks() == null || c.checks().isBlank()) {
                faults.add(at + "says nothing in checks");
            }
            if (c.alreadyKnown()) {
                if (c.known().isEmpty() || !c.mustContain().isEmpty() || !c.order().isEmpty() || c.maxSteps() != null) {
                    faults.add(at + "alreadyKnown takes known ids and no other rule");
                }
                continue;
            }
            if (c.mustNotContain().isEmpty()) {
                faults.add(at + "has no mustNotContain");
            }
            if (c.known().isEmpty() && c.mustContain().isEmpty()) {
                faults.add(at + "has no mustContain");
            }
            Set<String> both = new TreeSet<>(c.mustContain());
            both.retainAll(c.mustNotContain());
            if (!both.isEmpty()) {
                faults.add(at + "both requires and forbids " + both);
            }
            if (c.mustContain().contains(c.target()) || c.mustNotContain().contains(c.target())) {
                faults.add(at + "names its own target in a rule");
            }
            c.known().stream().filter(c.mustContain()::contains).forEach(k -> faults.add(at + "requires a known id " + k));
            for (List<String> pair : c.order()) {
                if (pair.size() != 2) {
                    faults.add(at + "order " + pair + " is not a pair");
                } else {
                    pair.stream().filter(id -> !id.equals(c.target()) && !c.mustContain().contains(id))
                            .forEach(id -> faults.add(at + "order " + pair + " names " + id + ", which is not in mustContain"));
                }
            }
        }
        faults.addAll(requirementsContradictions());
        assertThat(faults).as("the panel's own faults").isEmpty();
    }

    /**
     * The cases without known ids, read together, must not contradict each other: if the panel requires b for a and
     * c for b, it cannot forbid c for a (nor require a for itself through others).
     */
    private static List<String> requirementsContradictions() {
        Map<String, List<String>> requires = new HashMap<>();
        cases.stream().filter(c -> c.known().isEmpty())
                .forEach(c -> requires.computeIfAbsent(c.target(), t -> new ArrayList<>()).addAll(c.mustContain()));
        List<String> faults = new ArrayList<>();
        for (Case c : cases) {
            if (!c.known().isEmpty()) {
                continue;
            }
            Map<String, String> via = new HashMap<>();
            Deque<String> stack = new ArrayDeque<>(List.of(c.target()));
            while (!stack.isEmpty()) {
                String id = stack.pop();
                for (String needed : requires.getOrDefault(id, List.of())) {
                    if (via.putIfAbsent(needed, id) == null) {
                        stack.push(needed);
                    }
                }
            }
            if (via.containsKey(c.target())) {
                faults.add(c.title() + ": the panel's requirements lead back to the target");
            }
            for (String forbidden : c.mustNotContain()) {
                if (via.containsKey(forbidden)) {
                    faults.add(c.title() + ": forbids " + forbidden + ", which the panel requires for "
                            + via.get(forbidden));
                }
            }
        }
        return faults;
    }

    private static void review(Case c) {
        List<String> missingIds = Stream.concat(Stream.of(c.target()), c.known().stream())
                .filter(id -> !graph.contains(id)).toList();
        if (!missingIds.isEmpty()) {
            fail(c.title() + " [" + c.area() + "]: cannot plan, not in the graph: " + missingIds.stream()
                    .map(id -> id + guess(id)).collect(Collectors.joining(", ")));
        }
        Plan plan = planner.plan(c.target(), Set.copyOf(c.known()), false);
        List<String> faults = c.alreadyKnown() ? reviewKnown(c, plan) : reviewPlan(c, plan);
        if (!faults.isEmpty()) {
            fail(c.title() + " [" + c.area() + "]: " + c.checks() + "\n  - " + String.join("\n  - ", faults)
                    + "\n  the plan (" + plan.steps().size() + " steps): " + listing(plan));
        }
    }

    private static List<String> reviewKnown(Case c, Plan plan) {
        if (plan.outcome() == Plan.Outcome.ALREADY_KNOWN) {
            return List.of();
        }
        return List.of("should be already known (it is part of " + String.join(", ", c.known())
                + "), but the planner plans " + plan.steps().size() + " steps");
    }

    private static List<String> reviewPlan(Case c, Plan plan) {
        List<String> faults = new ArrayList<>();
        if (plan.outcome() == Plan.Outcome.ALREADY_KNOWN) {
            faults.add("the target counts as known, so nothing is planned");
        }
        Map<String, Integer> position = new HashMap<>();
        Map<String, PlanStep> steps = new HashMap<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            PlanStep step = plan.steps().get(i);
            position.put(step.node().id(), i + 1);
            steps.put(step.node().id(), step);
        }
        List<String> missing = c.mustContain().stream().filter(id -> !position.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Set<String> ancestors = prerequisites.ancestorsOf(List.of(c.target()));
            faults.add("must contain " + missing.stream().map(id -> id + " (" + whyAbsent(id, ancestors) + ")")
                    .collect(Collectors.joining(", ")));
        }
        List<String> unwanted = c.mustNotContain().stream().filter(position::containsKey).toList();
        if (!unwanted.isEmpty()) {
            faults.add("must not contain " + unwanted.stream()
                    .map(id -> id + " (step " + position.get(id) + ", via " + id + " -> "
                            + String.join(" -> ", steps.get(id).neededFor()) + ")")
                    .collect(Collectors.joining(", ")));
        }
        for (List<String> pair : c.order()) {
            Integer first = position.get(pair.get(0));
            Integer second = position.get(pair.get(1));
            if (first != null && second != null && first > second) {
                faults.add(pair.get(0) + " must come before " + pair.get(1) + ", but it is step " + first
                        + " and " + pair.get(1) + " step " + second + " (make " + pair.get(0) + " a prerequisite of "
                        + pair.get(1) + ", directly or through a chain)");
            }
        }
        if (c.maxSteps() != null && plan.steps().size() > c.maxSteps()) {
            faults.add("must have at most " + c.maxSteps() + " steps, but has " + plan.steps().size());
        }
        return faults;
    }

    private static String whyAbsent(String id, Collection<String> ancestors) {
        if (!graph.contains(id)) {
            return "not in the graph";
        }
        if (ancestors.contains(id)) {
            return "a prerequisite, but left out as known";
        }
        return "in the graph, but not a prerequisite of the target";
    }

    /**
     * " (did you mean ...?)" for an id not in the graph, or an empty string when nothing is close. Only concepts are
     * offered: the panel names concepts, and matching against every paper title is what makes a guess slow.
     */
    private static String guess(String id) {
        String guess = GUESSES.computeIfAbsent(id, missing -> new NameMatcher(graph.nodes().stream()
                .filter(n -> n.kind() == NodeKind.CONCEPT).toList()).didYouMean(missing));
        return guess.isEmpty() ? "" : " (" + guess + ")";
    }

    private static String listing(Plan plan) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            items.add((i + 1) + " " + plan.steps().get(i).node().id());
        }
        String known = plan.known().isEmpty() ? "" : "; known: " + String.join(", ", plan.known().stream().map(Node::id).toList());
        return String.join(", ", items) + known;
    }
}
