package org.mlatlas.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.UnknownIdException;

/**
 * Answers "what should I read before X?" on a {@link PrerequisiteGraph}.
 *
 * <p>The steps are the target's prerequisite ancestors that the user does not know, in an order where every
 * prerequisite comes before what needs it. The order is a depth-first post-order from the target: each
 * branch is finished before the next begins, so a chain of ideas is read together; among the prerequisites of
 * one node, the deeper branch (the longer chain of prerequisites below it) comes first, then the smaller id.
 * Known nodes are left out, and so is every node whose every path to the target runs through a known node. A
 * known milestone (marked known, or named for the query) means its whole prerequisite closure is known, wherever
 * it is in the graph. A prerequisite cycle (possible in imported data) never hangs the planner: the edge that
 * closes it is cut and the cycle is reported in {@link Plan#cycles()}.
 *
 * <p>Each step starts with one reading, which times it (the README's "How a plan is made"): the concept's curated
 * {@code firstReading}; else a reading an earlier step already chose that explains or introduced this concept (it
 * costs nothing more); else the best in {@link PrerequisiteGraph}'s rank (a learner's explainer, then the
 * introducing paper, then a reading that covers it; timed before untimed, shorter first). The step takes that
 * reading's (part) minutes, nothing when an earlier step already read it ({@link StepTime#sharedWith}), or an
 * {@linkplain #estimate estimate} when no time is known for what the step needs. A part of a work that an earlier step
 * read whole is already read. The target is the exception to sharing: it gets a reading not read earlier in the plan
 * when one explains or introduced it (its curated reading, else the best explainer, else the original paper), and the
 * shared one stays listed as already read.
 */
public final class Planner {
    /** How many readings a step lists, besides an introducing paper that comes later in rank. */
    public static final int READINGS_PER_STEP = 3;
    /** Estimated minutes for a paper or resource without a time. */
    static final int PAPER_ESTIMATE = 60;
    /**
     * Estimated minutes for a concept at level 0-1 without a timed reading. The three level estimates are the
     * medians of the timed first readings of the shipped graph's concepts at those levels (75, 75-90 and 50-75 min
     * measured on the 296-concept graph).
     */
    static final int FOUNDATION_ESTIMATE = 75;
    /** Estimated minutes for a concept at level 2-6 without a timed reading. */
    static final int MIDDLE_ESTIMATE = 80;
    /** Estimated minutes for a deeper concept (level 7 and up) without a timed reading. */
    static final int DEEP_ESTIMATE = 60;
    /** A step's {@code neededFor} chain keeps at most this many links before the target. */
    public static final int MAX_CHAIN = 8;

    private final PrerequisiteGraph graph;

    /** A planner over one graph snapshot. */
    public Planner(PrerequisiteGraph graph) {
        this.graph = graph;
    }

    /**
     * Plans the reading before {@code targetId}.
     *
     * @param targetId    id of the target node
     * @param extraKnown  ids to treat as known for this query only, besides the nodes marked known; a milestone
     *                    among them (or marked known) stands for its whole prerequisite closure
     * @param readingList also choose the smallest-time set of readings covering the steps
     * @throws UnknownIdException when no node has that id (the message suggests close ids)
     */
    public Plan plan(String targetId, Set<String> extraKnown, boolean readingList) {
        Node target = graph.source().node(targetId).orElseThrow(() -> new UnknownIdException(targetId,
                new NameMatcher(graph.source().nodes()).didYouMean(targetId)));
        Knowledge knowledge = new Knowledge(extraKnown);
        String knownAs = knowledge.knownAs(target);
        if (knownAs != null) {
            return new Plan(target, Plan.Outcome.ALREADY_KNOWN, List.of(graph.source().node(knownAs).orElseThrow()), List.of(),
                    List.of(), Optional.empty(), List.of());
        }
        Set<String> knownHit = new TreeSet<>();
        Set<String> relevant = relevantAncestors(target, knowledge, knownHit);
        List<String> cycles = new ArrayList<>();
        Map<String, Integer> height = heights(target.id(), relevant, cycles);
        List<String> order = groupSharedReadings(postOrder(target.id(), relevant, height), relevant);
        Map<String, String> towardTarget = chainsToTarget(target.id(), relevant);

        List<PlanStep> steps = new ArrayList<>(order.size());
        ReadSoFar read = new ReadSoFar();
        for (String id : order) {
            Node node = graph.source().node(id).orElseThrow();
            steps.add(step(node, chain(id, target.id(), towardTarget), read, steps.size() + 1, id.equals(target.id())));
        }
        Plan.Outcome outcome = order.size() == 1 ? Plan.Outcome.NOTHING_BEFORE : Plan.Outcome.PLANNED;
        Optional<ReadingList> list = readingList ? Optional.of(ReadingListCover.cover(steps, graph)) : Optional.empty();
        List<Plan.MilestoneShortcut> shortcuts = outcome == Plan.Outcome.PLANNED && knownHit.isEmpty()
                ? shortcuts(target, relevant, knowledge) : List.of();
        List<Node> known = knownHit.stream().map(id -> graph.source().node(id).orElseThrow()).toList();
        return new Plan(target, outcome, known, steps, cycles, list, shortcuts);
    }

    /**
     * A step: its readings, the first one chosen as the README's "How a plan is made" says, and its time. The target
     * always gets a reading of its own ({@link #unreadFor}) when one is left.
     */
    private PlanStep step(Node node, List<String> neededFor, ReadSoFar read, int number, boolean isTarget) {
        List<Reading> all = graph.readingsOf(node);
        if (all.isEmpty()) {
            StepTime time = node.milestone() ? StepTime.milestone() : StepTime.estimate(estimate(node, graph.level(node.id())));
            return new PlanStep(node, neededFor, List.of(), time, List.of());
        }
        Reading first = all.get(0);
        boolean curated = first.id().equals(node.firstReading());
        if (!curated) {
            for (Reading r : all) {
                if (PrerequisiteGraph.roleRank(r.role()) <= 1 && read.stepOf(r, node) > 0) {
                    first = r;
                    break;
                }
            }
        }
        Reading readBefore = null;
        if (isTarget && read.stepOf(first, node) > 0) {
            Reading unread = unreadFor(node, all, read);
            if (unread != null) {
                readBefore = first;
                first = unread;
            }
        }
        int sharedWith = read.stepOf(first, node);
        StepTime time;
        if (sharedWith > 0) {
            time = StepTime.sharedWith(sharedWith);
        } else if (first.isTimed() || isItself(first, node) && first.minutes() != null) {
            time = StepTime.read(first.minutes());
        } else {
            time = StepTime.estimate(estimate(node, graph.level(node.id())));
        }
        List<Reading> listed = listed(first, readBefore, all);
        List<Integer> readIn = new ArrayList<>(listed.size());
        for (Reading r : listed) {
            readIn.add(read.stepOf(r, node));
        }
        read.record(first, node, number);
        return new PlanStep(node, neededFor, listed, time, readIn);
    }

    /**
     * A reading of the target not read earlier in the plan: its curated {@code firstReading} if unread, else the best
     * unread explainer, else the unread paper that introduced it; null when every explaining reading was read before.
     */
    private static Reading unreadFor(Node node, List<Reading> all, ReadSoFar read) {
        for (Reading r : all) {
            if (r.id().equals(node.firstReading()) && read.stepOf(r, node) == 0) {
                return r;
            }
        }
        for (ReadingRole role : List.of(ReadingRole.EXPLAINER, ReadingRole.INTRODUCES)) {
            for (Reading r : all) {
                if (r.role() == role && read.stepOf(r, node) == 0) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The first reading; for a target that got a reading of its own, the one an earlier step already read; then the
     * next best that did not introduce the idea, up to {@link #READINGS_PER_STEP} in all; then the papers that
     * introduced it (the "original paper"), whatever their rank.
     */
    private static List<Reading> listed(Reading first, Reading readBefore, List<Reading> all) {
        List<Reading> listed = new ArrayList<>(READINGS_PER_STEP + 2);
        listed.add(first);
        if (readBefore != null) {
            listed.add(readBefore);
        }
        for (Reading r : all) {
            if (!listed.contains(r) && r.role() != ReadingRole.INTRODUCES && listed.size() < READINGS_PER_STEP) {
                listed.add(r);
            }
        }
        for (Reading r : all) {
            if (!listed.contains(r) && r.role() == ReadingRole.INTRODUCES) {
                listed.add(r);
            }
        }
        return listed;
    }

    /** A paper or resource asked about is its own reading, read whole however long it is. */
    private static boolean isItself(Reading reading, Node node) {
        return reading.id().equals(node.id());
    }

    /** What makes a step's reading the same as another step's: {@link Reading#sameReadingKey}, or the node itself. */
    private static String key(Reading reading, Node node) {
        return isItself(reading, node) ? reading.id() : reading.sameReadingKey();
    }

    /**
     * What the steps so far have read: each reading ({@link #key}) at the step that first read it, and each work read
     * whole. A part of a work that an earlier step read whole is already read too.
     */
    private static final class ReadSoFar {
        private final Map<String, Integer> readings = new HashMap<>();
        private final Map<String, Integer> wholeWorks = new HashMap<>();

        /** The step (1-based) that already read {@code reading} for {@code node}, or 0. */
        int stepOf(Reading reading, Node node) {
            String key = key(reading, node);
            Integer step = key == null ? null : readings.get(key);
            if (step == null && (reading.part() != null || reading.partMinutes() != null)) {
                step = wholeWorks.get(reading.id());
            }
            return step == null ? 0 : step;
        }

        void record(Reading reading, Node node, int number) {
            String key = key(reading, node);
            if (key != null) {
                readings.putIfAbsent(key, number);
                if (key.equals(reading.id())) {
                    wholeWorks.putIfAbsent(key, number);
                }
            }
        }
    }

    /**
     * The time a step takes when no timed reading gives it: the concept's own estimate when it has one (an
     * imported time, such as Metacademy's), else by kind and level: a paper or resource without a time
     * {@value #PAPER_ESTIMATE} min; a concept at level 0-1 (a foundation) {@value #FOUNDATION_ESTIMATE} min, at level
     * 2-6 (textbook material) {@value #MIDDLE_ESTIMATE} min, deeper (one method, usually one paper)
     * {@value #DEEP_ESTIMATE} min. The level is the longest prerequisite chain below the concept in the whole graph.
     */
    static int estimate(Node node, int level) {
        if (node.minutes() != null && node.minutes() > 0) {
            return node.minutes();
        }
        if (node.kind().isReading()) {
            return PAPER_ESTIMATE;
        }
        return level <= 1 ? FOUNDATION_ESTIMATE : level <= 6 ? MIDDLE_ESTIMATE : DEEP_ESTIMATE;
    }

    /**
     * The milestones that would shorten a plan that starts from scratch: each that is not known, does not stand on
     * the target, and leaves fewer steps when known; the one that leaves most steps (assumes least) first.
     */
    private List<Plan.MilestoneShortcut> shortcuts(Node target, Set<String> relevant, Knowledge knowledge) {
        List<Plan.MilestoneShortcut> shortcuts = new ArrayList<>();
        for (String m : graph.milestones()) {
            Set<String> closure = graph.closureOf(m);
            if (m.equals(target.id()) || closure.contains(target.id()) || knowledge.isKnownMilestone(m)) {
                continue;
            }
            int steps = stepsKnowing(target.id(), relevant, m, closure);
            if (steps < relevant.size() + 1) {
                shortcuts.add(new Plan.MilestoneShortcut(graph.source().node(m).orElseThrow(), steps));
            }
        }
        shortcuts.sort(Comparator.comparingInt((Plan.MilestoneShortcut s) -> -s.steps())
                .thenComparing(s -> s.milestone().id()));
        return shortcuts;
    }

    /** How many steps (the target included) are left when {@code milestone} and its closure are known. */
    private int stepsKnowing(String target, Set<String> relevant, String milestone, Set<String> closure) {
        Set<String> left = new HashSet<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push(target);
        while (!stack.isEmpty()) {
            for (String p : graph.prerequisitesOf(stack.pop())) {
                if (relevant.contains(p) && !p.equals(milestone) && !closure.contains(p) && left.add(p)) {
                    stack.push(p);
                }
            }
        }
        left.remove(target);
        return left.size() + 1;
    }

    /** What the user knows for one query: nodes marked known, the query's extra ids, and known milestones' closures. */
    private final class Knowledge {
        private final Set<String> extraKnown;
        private final Set<String> knownMilestones = new HashSet<>();

        Knowledge(Set<String> extraKnown) {
            this.extraKnown = extraKnown;
            for (String m : graph.milestones()) {
                if (knowsItself(graph.source().node(m).orElseThrow())) {
                    knownMilestones.add(m);
                }
            }
        }

        private boolean knowsItself(Node node) {
            return node.known() || extraKnown.contains(node.id());
        }

        boolean isKnownMilestone(String id) {
            return knownMilestones.contains(id);
        }

        /** The node itself when known, else a known milestone that stands on it; null when the node is not known. */
        String knownAs(Node node) {
            if (knowsItself(node)) {
                return node.id();
            }
            if (!knownMilestones.isEmpty()) {
                for (String m : graph.milestonesAboveArray(node.id())) {
                    if (knownMilestones.contains(m)) {
                        return m;
                    }
                }
            }
            return null;
        }
    }

    /** Ancestors reachable from the target without passing through a known node; records what known node cut each. */
    private Set<String> relevantAncestors(Node target, Knowledge knowledge, Set<String> knownHit) {
        Set<String> relevant = new HashSet<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push(target.id());
        while (!stack.isEmpty()) {
            for (String p : graph.prerequisitesOf(stack.pop())) {
                if (p.equals(target.id()) || relevant.contains(p)) {
                    continue;
                }
                String knownAs = knowledge.knownAs(graph.source().node(p).orElseThrow());
                if (knownAs != null) {
                    knownHit.add(knownAs);
                } else {
                    relevant.add(p);
                    stack.push(p);
                }
            }
        }
        return relevant;
    }

    private String[] children(String id, Set<String> relevant) {
        String[] all = graph.prerequisitesOf(id);
        int n = 0;
        String[] kept = new String[all.length];
        for (String p : all) {
            if (relevant.contains(p)) {
                kept[n++] = p;
            }
        }
        return n == all.length ? all : Arrays.copyOf(kept, n);
    }

    /** Longest prerequisite chain below each relevant node; records each cycle met (edges closing one count 0). */
    private Map<String, Integer> heights(String target, Set<String> relevant, List<String> cycles) {
        Map<String, Integer> height = new HashMap<>();
        Set<String> onStack = new LinkedHashSet<>();
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(target, children(target, relevant)));
        onStack.add(target);
        Set<String> reported = new HashSet<>();
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (f.next < f.children.length) {
                String c = f.children[f.next++];
                if (onStack.contains(c)) {
                    String cycle = spellCycle(onStack, c);
                    if (reported.add(cycle)) {
                        cycles.add(cycle);
                    }
                } else if (!height.containsKey(c)) {
                    onStack.add(c);
                    stack.push(new Frame(c, children(c, relevant)));
                }
                continue;
            }
            int h = 0;
            for (String c : f.children) {
                Integer hc = height.get(c);
                if (hc != null) {
                    h = Math.max(h, hc + 1);
                }
            }
            height.put(f.id, h);
            onStack.remove(f.id);
            stack.pop();
        }
        return height;
    }

    /** Depth-first post-order from the target; deeper branches first, then by id. */
    private List<String> postOrder(String target, Set<String> relevant, Map<String, Integer> height) {
        Comparator<String> deeperFirst = Comparator.comparingInt((String id) -> -height.getOrDefault(id, 0))
                .thenComparing(Comparator.naturalOrder());
        List<String> order = new ArrayList<>(relevant.size() + 1);
        Set<String> visited = new HashSet<>();
        Deque<Frame> stack = new ArrayDeque<>();
        visited.add(target);
        stack.push(new Frame(target, sorted(children(target, relevant), deeperFirst)));
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (f.next < f.children.length) {
                String c = f.children[f.next++];
                if (visited.add(c)) {
                    stack.push(new Frame(c, sorted(children(c, relevant), deeperFirst)));
                }
                continue;
            }
            order.add(f.id);
            stack.pop();
        }
        return order;
    }

    /**
     * The order with each step that starts with the same reading as an earlier step moved up to just after it, as soon
     * as everything it needs is placed: a chain is read with the step whose reading it shares. A step moves only
     * earlier and only once all its prerequisites are placed, so the order stays one where every prerequisite comes
     * first (and the target stays last). The reading compared is each concept's best ({@link PrerequisiteGraph#readingsOf}
     * first).
     */
    private List<String> groupSharedReadings(List<String> order, Set<String> relevant) {
        Map<String, List<String>> byReading = new HashMap<>();
        Map<String, String> readingOf = new HashMap<>();
        boolean shared = false;
        for (String id : order) {
            Node node = graph.source().node(id).orElseThrow();
            List<Reading> readings = graph.readingsOf(node);
            String key = readings.isEmpty() ? null : key(readings.get(0), node);
            if (key != null) {
                readingOf.put(id, key);
                List<String> same = byReading.computeIfAbsent(key, k -> new ArrayList<>(2));
                same.add(id);
                shared |= same.size() > 1;
            }
        }
        if (!shared) {
            return order;
        }
        List<String> grouped = new ArrayList<>(order.size());
        Set<String> placed = new HashSet<>();
        Deque<String> next = new ArrayDeque<>();
        for (String id : order) {
            if (placed.contains(id)) {
                continue;
            }
            next.push(id);
            while (!next.isEmpty()) {
                String u = next.pop();
                if (!placed.add(u)) {
                    continue;
                }
                grouped.add(u);
                String key = readingOf.get(u);
                if (key == null) {
                    continue;
                }
                List<String> same = byReading.get(key);
                for (int i = same.size() - 1; i >= 0; i--) {
                    String other = same.get(i);
                    if (!placed.contains(other) && allPlaced(children(other, relevant), placed)) {
                        next.push(other);
                    }
                }
            }
        }
        return grouped;
    }

    private static boolean allPlaced(String[] prerequisites, Set<String> placed) {
        for (String p : prerequisites) {
            if (!placed.contains(p)) {
                return false;
            }
        }
        return true;
    }

    /** For each relevant node, the next node on a shortest path towards the target (breadth-first from it). */
    private Map<String, String> chainsToTarget(String target, Set<String> relevant) {
        Map<String, String> next = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(target);
        next.put(target, target);
        while (!queue.isEmpty()) {
            String u = queue.poll();
            for (String p : children(u, relevant)) {
                if (next.putIfAbsent(p, u) == null) {
                    queue.add(p);
                }
            }
        }
        return next;
    }

    private static List<String> chain(String id, String target, Map<String, String> next) {
        if (id.equals(target)) {
            return List.of();
        }
        List<String> chain = new ArrayList<>();
        for (String u = next.get(id); u != null && !u.equals(target) && chain.size() < MAX_CHAIN; u = next.get(u)) {
            chain.add(u);
        }
        chain.add(target);
        return chain;
    }

    private static String spellCycle(Set<String> onStack, String closing) {
        List<String> path = new ArrayList<>();
        boolean in = false;
        for (String id : onStack) {
            in |= id.equals(closing);
            if (in) {
                path.add(id);
            }
        }
        Collections.reverse(path);
        int start = path.indexOf(Collections.min(path));
        List<String> rotated = new ArrayList<>(path.subList(start, path.size()));
        rotated.addAll(path.subList(0, start));
        rotated.add(rotated.get(0));
        return CycleFinder.spell(rotated);
    }

    private static String[] sorted(String[] ids, Comparator<String> order) {
        String[] copy = ids.clone();
        Arrays.sort(copy, order);
        return copy;
    }

    private static final class Frame {
        final String id;
        final String[] children;
        int next;

        Frame(String id, String[] children) {
            this.id = id;
            this.children = children;
        }
    }
}
