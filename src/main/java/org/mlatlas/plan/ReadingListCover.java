package org.mlatlas.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlatlas.domain.Node;

/**
 * Chooses the readings for {@code atlas path --papers}: the set of readings with the least total time that
 * together explain every step that has any reading (weighted set cover), working from the same part-minutes as
 * the plan.
 *
 * <p>The candidates for a step are its explainers and introducing papers (and its curated first reading); a reading
 * that merely covers the concept is a candidate only for a step that has nothing better. A candidate is what the
 * plan would read: a named part of a work (costing the part's minutes; the same part covers every step it explains),
 * a short work read whole (its minutes), or, for an unnamed part or a long work without part minutes, the part the
 * step needs (the edge's minutes, or the step's estimate). A long work read whole is a candidate too, at its whole
 * time, covering every step it explains; it is chosen only when that is cheaper than its parts and the other readings.
 * A short work read whole covers every step a part of it explains. Each step's curated {@code firstReading} that the plan
 * reads is kept fixed in the list, and only the rest is minimised. Every step's first reading together is a cover that costs no more than the plan, so the list never takes longer
 * than the plan. Exact by branch and bound while the search stays small; otherwise the better of the greedy
 * cost-per-step approximation and the plan's own readings, flagged as approximate.
 */
final class ReadingListCover {
    private static final int SEARCH_BUDGET = 200_000;

    private ReadingListCover() {
    }

    private static final class Candidate {
        final Reading reading;
        final int cost;
        final boolean estimated;
        final BitSet steps = new BitSet();

        Candidate(Reading reading, int cost, boolean estimated) {
            this.reading = reading;
            this.cost = cost;
            this.estimated = estimated;
        }
    }

    static ReadingList cover(List<PlanStep> steps, PrerequisiteGraph graph) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        BitSet universe = new BitSet();
        List<String> uncovered = new ArrayList<>();
        String[] firstKeys = new String[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            PlanStep step = steps.get(i);
            if (step.isMilestoneCheckpoint()) {
                continue;
            }
            if (step.readings().isEmpty()) {
                uncovered.add(step.node().id());
                continue;
            }
            universe.set(i);
            Reading first = step.readings().get(0);
            boolean onlyCovers = PrerequisiteGraph.roleRank(first.role()) > 1;
            int estimate = Planner.estimate(step.node(), graph.level(step.node().id()));
            for (Reading r : graph.readingsOf(step.node())) {
                if (PrerequisiteGraph.roleRank(r.role()) > 1 && !onlyCovers && !r.id().equals(first.id())) {
                    continue;
                }
                String key = add(candidates, step, i, r, estimate);
                if (r.equals(first) || firstKeys[i] == null && within(r, first, graph)) {
                    firstKeys[i] = key; // a first reading that also reads the paper's introduction stands for its own part
                }
                boolean itself = r.id().equals(step.node().id());
                if (r.isLongWork() && !itself) {
                    Candidate whole = candidates.computeIfAbsent(r.id() + "\n(whole)",
                            k -> new Candidate(Reading.of(r.work(), r.role()), r.work().minutes(), false));
                    whole.steps.set(i);
                }
                boolean aPart = r.part() != null || r.partMinutes() != null;
                if (aPart && !itself && (candidates.containsKey(r.id()) || !r.isLongWork() && r.work().minutes() != null)) {
                    // the work read whole covers every step a part of it explains
                    candidates.computeIfAbsent(r.id(), k -> new Candidate(Reading.of(r.work(), r.role()), r.work().minutes(), false))
                            .steps.set(i);
                }
            }
        }
        coverInsideParts(candidates.values(), graph);
        List<Candidate> all = new ArrayList<>(candidates.values());
        List<String> keys = new ArrayList<>(candidates.keySet());
        BitSet[] sets = all.stream().map(c -> c.steps).toArray(BitSet[]::new);
        int[] cost = all.stream().mapToInt(c -> c.cost).toArray();

        List<Integer> planOwn = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String key = planKey(steps, firstKeys, i);
            if (key == null) {
                continue;
            }
            int index = keys.indexOf(key);
            if (!planOwn.contains(index)) {
                planOwn.add(index);
            }
            if (isCurated(steps.get(i)) && !kept.contains(index)) {
                kept.add(index);
            }
        }
        kept.removeIf(k -> kept.stream().anyMatch(j -> j != k.intValue() && inside(all.get(k), all.get(j), graph)
                && !(inside(all.get(j), all.get(k), graph) && j > k)));
        BitSet left = (BitSet) universe.clone();
        kept.forEach(k -> left.andNot(sets[k]));
        List<Integer> start = greedy(left, sets, cost);
        List<Integer> planRest = new ArrayList<>(planOwn);
        planRest.removeAll(kept);
        if (covers(planRest, sets, left) && total(planRest, cost) < total(start, cost)) {
            start = planRest;
        }
        Search search = new Search(left, sets, cost);
        search.best = new ArrayList<>(start);
        search.bestCost = total(start, cost);
        search.run(new BitSet(), new ArrayList<>(), 0);
        List<Integer> chosen = new ArrayList<>(kept);
        search.best.stream().filter(i -> !kept.contains(i)).forEach(chosen::add);
        chosen.sort(Comparator.comparingInt(i -> sets[i].nextSetBit(0)));
        List<ReadingList.Entry> entries = entries(chosen, all, kept, steps, graph);
        int minutes = entries.stream().mapToInt(ReadingList.Entry::minutes).sum();
        return new ReadingList(entries, minutes, uncovered, search.exhausted);
    }

    /**
     * The chosen readings as entries in plan order, each counted as the plan counts it ({@link ReadSoFar}): the rest
     * of a reading that an earlier entry read some of; a reading an earlier entry read all of is no entry of its own,
     * its steps go to that entry.
     */
    private static List<ReadingList.Entry> entries(List<Integer> chosen, List<Candidate> all, List<Integer> kept,
                                                   List<PlanStep> steps, PrerequisiteGraph graph) {
        ReadSoFar read = new ReadSoFar(graph);
        List<Integer> taken = new ArrayList<>();
        List<BitSet> covered = new ArrayList<>();
        List<Integer> minutes = new ArrayList<>();
        List<Boolean> rest = new ArrayList<>();
        for (int i : chosen) {
            Candidate c = all.get(i);
            Node node = steps.get(c.steps.nextSetBit(0)).node();
            ReadSoFar.Seen seen = read.seen(c.reading, node);
            if (seen.isRead()) {
                covered.get(seen.readIn() - 1).or(c.steps);
                continue;
            }
            int counted = seen.isPartlyRead() ? seen.rest() : c.cost;
            taken.add(i);
            covered.add((BitSet) c.steps.clone());
            minutes.add(counted);
            rest.add(seen.isPartlyRead());
            read.record(c.reading, node, taken.size(), c.estimated ? 0 : counted);
        }
        List<ReadingList.Entry> entries = new ArrayList<>(taken.size());
        for (int e = 0; e < taken.size(); e++) {
            Candidate c = all.get(taken.get(e));
            List<String> ids = new ArrayList<>();
            covered.get(e).stream().forEach(s -> ids.add(steps.get(s).node().id()));
            entries.add(new ReadingList.Entry(c.reading, minutes.get(e), c.estimated, ids, kept.contains(taken.get(e)), rest.get(e)));
        }
        return entries;
    }

    /**
     * Makes each named part of a work cover the steps of every other part of it that lies inside it ({@link PartSet}):
     * "§1, §3 and §4" covers what "§3" explains.
     */
    private static void coverInsideParts(java.util.Collection<Candidate> candidates, PrerequisiteGraph graph) {
        List<Candidate> parts = candidates.stream().filter(c -> graph.sections(c.reading.part()).isPresent()).toList();
        for (Candidate outer : parts) {
            for (Candidate inner : parts) {
                if (outer != inner && inside(inner, outer, graph)) {
                    outer.steps.or(inner.steps);
                }
            }
        }
    }

    /** True when all of {@code inner}'s reading lies inside {@code outer}'s: a part inside a part, or any part of a work read whole. */
    private static boolean inside(Candidate inner, Candidate outer, PrerequisiteGraph graph) {
        if (!inner.reading.id().equals(outer.reading.id())) {
            return false;
        }
        if (!ReadSoFar.isPart(outer.reading)) {
            return ReadSoFar.isPart(inner.reading);
        }
        PartSet in = graph.sections(inner.reading.part()).orElse(null);
        PartSet out = graph.sections(outer.reading.part()).orElse(null);
        return in != null && out != null && out.contains(in);
    }

    /** True when {@code r} is a part of the work {@code first} reads, lying inside {@code first}'s part. */
    private static boolean within(Reading r, Reading first, PrerequisiteGraph graph) {
        if (!r.id().equals(first.id()) || r.part() == null || first.part() == null) {
            return false;
        }
        PartSet in = graph.sections(r.part()).orElse(null);
        PartSet out = graph.sections(first.part()).orElse(null);
        return in != null && out != null && out.contains(in);
    }

    /** True when the step starts with the reading graph-data curates as its concept's first reading. */
    private static boolean isCurated(PlanStep step) {
        return step.firstReading().map(r -> r.id().equals(step.node().firstReading())).orElse(false);
    }

    /**
     * The candidate that is step {@code i}'s first reading as the plan reads it: for a step that shares an earlier
     * step's reading (the same part, or a part of a work read whole there), that earlier step's; null for a step
     * without readings.
     */
    private static String planKey(List<PlanStep> steps, String[] firstKeys, int i) {
        int sharedWith = steps.get(i).time().sharedWith();
        return sharedWith > 0 && firstKeys[sharedWith - 1] != null ? firstKeys[sharedWith - 1] : firstKeys[i];
    }

    private static boolean covers(List<Integer> chosen, BitSet[] sets, BitSet universe) {
        BitSet covered = new BitSet();
        chosen.forEach(i -> covered.or(sets[i]));
        BitSet missing = (BitSet) universe.clone();
        missing.andNot(covered);
        return missing.isEmpty();
    }

    /** Adds step {@code i} to the candidate that reads {@code r} as the plan would; returns the candidate's key. */
    private static String add(Map<String, Candidate> candidates, PlanStep step, int i, Reading r, int estimate) {
        boolean itself = r.id().equals(step.node().id());
        String key = itself ? r.id() : r.sameReadingKey();
        if (key == null) {
            key = r.id() + "\n#" + i; // a part the step needs, not known to be the same as another step's
        }
        Candidate c = candidates.get(key);
        if (c == null) {
            boolean timed = r.isTimed() || itself && r.minutes() != null;
            c = new Candidate(r, timed ? r.minutes() : estimate, !timed);
            candidates.put(key, c);
        }
        c.steps.set(i);
        return key;
    }

    private static int total(List<Integer> chosen, int[] cost) {
        return chosen.stream().mapToInt(i -> cost[i]).sum();
    }

    private static List<Integer> greedy(BitSet universe, BitSet[] sets, int[] cost) {
        BitSet left = (BitSet) universe.clone();
        List<Integer> chosen = new ArrayList<>();
        while (!left.isEmpty()) {
            int best = -1;
            double bestRatio = Double.MAX_VALUE;
            for (int i = 0; i < sets.length; i++) {
                BitSet gain = (BitSet) sets[i].clone();
                gain.and(left);
                int n = gain.cardinality();
                if (n > 0 && (double) Math.max(cost[i], 1) / n < bestRatio) {
                    bestRatio = (double) Math.max(cost[i], 1) / n;
                    best = i;
                }
            }
            chosen.add(best);
            left.andNot(sets[best]);
        }
        return chosen;
    }

    /** Branch and bound: branch on the readings that cover the first step still uncovered. */
    private static final class Search {
        final BitSet universe;
        final BitSet[] sets;
        final int[] cost;
        List<Integer> best;
        int bestCost;
        int budget = SEARCH_BUDGET;
        boolean exhausted;

        Search(BitSet universe, BitSet[] sets, int[] cost) {
            this.universe = universe;
            this.sets = sets;
            this.cost = cost;
        }

        void run(BitSet covered, List<Integer> chosen, int spent) {
            if (spent >= bestCost) {
                return;
            }
            if (--budget < 0) {
                exhausted = true;
                return;
            }
            BitSet left = (BitSet) universe.clone();
            left.andNot(covered);
            int first = left.nextSetBit(0);
            if (first < 0) {
                best = new ArrayList<>(chosen);
                bestCost = spent;
                return;
            }
            if (spent + lowerBound(left) >= bestCost) {
                return;
            }
            for (int i = 0; i < sets.length && !exhausted; i++) {
                if (sets[i].get(first)) {
                    BitSet next = (BitSet) covered.clone();
                    next.or(sets[i]);
                    chosen.add(i);
                    run(next, chosen, spent + cost[i]);
                    chosen.remove(chosen.size() - 1);
                }
            }
        }

        /**
         * A lower bound on the cost of covering {@code left}: each step still to cover pays at least the cheapest
         * share (cost divided by the steps still to cover it would cover) of a reading that covers it.
         */
        private double lowerBound(BitSet left) {
            double[] share = new double[universe.length()];
            java.util.Arrays.fill(share, Double.MAX_VALUE);
            for (int i = 0; i < sets.length; i++) {
                BitSet gain = (BitSet) sets[i].clone();
                gain.and(left);
                int n = gain.cardinality();
                if (n == 0) {
                    continue;
                }
                double perStep = (double) cost[i] / n;
                for (int s = gain.nextSetBit(0); s >= 0; s = gain.nextSetBit(s + 1)) {
                    share[s] = Math.min(share[s], perStep);
                }
            }
            double bound = 0;
            for (int s = left.nextSetBit(0); s >= 0; s = left.nextSetBit(s + 1)) {
                bound += share[s];
            }
            return bound - 1e-9;
        }
    }
}
