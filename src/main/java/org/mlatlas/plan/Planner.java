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
import org.mlatlas.domain.UnknownIdException;

/**
 * Answers "what should I read before X?" on a {@link PrerequisiteGraph}.
 *
 * <p>The steps are the target's prerequisite ancestors that the user does not know, in an order where every
 * prerequisite comes before what needs it. The order is a depth-first post-order from the target: each
 * branch is finished before the next begins, so a chain of ideas is read together; among the prerequisites of
 * one node, the deeper branch (the longer chain of prerequisites below it) comes first, then the smaller id.
 * Known nodes are left out, and so is every node whose every path to the target runs through a known node.
 * A prerequisite cycle (possible in imported data) never hangs the planner: the edge that closes it is cut
 * and the cycle is reported in {@link Plan#cycles()}.
 */
public final class Planner {
    /** How many readings a step lists. */
    public static final int READINGS_PER_STEP = 3;
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
     * @param extraKnown  ids to treat as known for this query only, besides the nodes marked known
     * @param readingList also choose the smallest-time set of readings covering the steps
     * @throws UnknownIdException when no node has that id (the message suggests close ids)
     */
    public Plan plan(String targetId, Set<String> extraKnown, boolean readingList) {
        Node target = graph.source().node(targetId).orElseThrow(() -> new UnknownIdException(targetId,
                new NameMatcher(graph.source().nodes()).didYouMean(targetId)));
        if (isKnown(target, extraKnown)) {
            return new Plan(target, Plan.Outcome.ALREADY_KNOWN, List.of(target.id()), List.of(), 0, List.of(), Optional.empty());
        }
        Set<String> knownHit = new TreeSet<>();
        Set<String> relevant = relevantAncestors(target, extraKnown, knownHit);
        List<String> cycles = new ArrayList<>();
        Map<String, Integer> height = heights(target.id(), relevant, cycles);
        List<String> order = postOrder(target.id(), relevant, height);
        Map<String, String> towardTarget = chainsToTarget(target.id(), relevant);

        List<PlanStep> steps = new ArrayList<>(order.size());
        int total = 0;
        for (String id : order) {
            Node node = graph.source().node(id).orElseThrow();
            List<Reading> all = graph.readingsOf(node);
            List<Reading> best = all.subList(0, Math.min(READINGS_PER_STEP, all.size()));
            int minutes = stepMinutes(node, best);
            steps.add(new PlanStep(node, chain(id, target.id(), towardTarget), best, minutes));
            total += minutes;
        }
        Plan.Outcome outcome = order.size() == 1 ? Plan.Outcome.NOTHING_BEFORE : Plan.Outcome.PLANNED;
        Optional<ReadingList> list = readingList ? Optional.of(ReadingListCover.cover(steps, graph)) : Optional.empty();
        return new Plan(target, outcome, List.copyOf(knownHit), steps, total, cycles, list);
    }

    private boolean isKnown(Node node, Set<String> extraKnown) {
        return node.known() || extraKnown.contains(node.id());
    }

    /** Ancestors reachable from the target without passing through a known node. */
    private Set<String> relevantAncestors(Node target, Set<String> extraKnown, Set<String> knownHit) {
        Set<String> relevant = new HashSet<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push(target.id());
        while (!stack.isEmpty()) {
            for (String p : graph.prerequisitesOf(stack.pop())) {
                if (p.equals(target.id()) || relevant.contains(p)) {
                    continue;
                }
                Node node = graph.source().node(p).orElseThrow();
                if (isKnown(node, extraKnown)) {
                    knownHit.add(p);
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

    /**
     * A step's time: its best reading's, capped by the concept's own estimate when it has one (imported time
     * estimates such as Metacademy's): a concept whose only timed reading is a whole book is not 60 hours.
     */
    static int stepMinutes(Node concept, List<Reading> best) {
        Integer reading = best.isEmpty() ? null : best.get(0).minutes();
        Integer own = concept.minutes();
        if (reading == null) {
            return own == null ? 0 : own;
        }
        return own == null ? reading : Math.min(reading, own);
    }
}
