package org.mlatlas.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the readings for {@code atlas path --papers}: the set of readings with the least total time that
 * together explain every step that has any reading (weighted set cover). A reading costs its whole time, even
 * when a step needs only a chapter of it. Exact by branch and bound while the
 * search stays small; otherwise the greedy cost-per-step approximation, flagged as approximate.
 */
final class ReadingListCover {
    /** Minutes assumed for a reading without an estimate. */
    static final int UNKNOWN_MINUTES = 60;
    private static final int SEARCH_BUDGET = 200_000;

    private ReadingListCover() {
    }

    static ReadingList cover(List<PlanStep> steps, PrerequisiteGraph graph) {
        Map<String, Reading> readings = new LinkedHashMap<>();
        Map<String, BitSet> covers = new LinkedHashMap<>();
        BitSet universe = new BitSet();
        List<String> uncovered = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            List<Reading> all = graph.readingsOf(steps.get(i).node());
            if (all.isEmpty()) {
                uncovered.add(steps.get(i).node().id());
                continue;
            }
            universe.set(i);
            for (Reading part : all) {
                // a book chosen for one chapter is still read whole when it covers many steps: cost the whole
                Reading r = Reading.of(graph.source().node(part.id()).orElseThrow(), part.role());
                readings.putIfAbsent(r.id(), r);
                covers.computeIfAbsent(r.id(), k -> new BitSet()).set(i);
            }
        }
        List<String> ids = new ArrayList<>(readings.keySet());
        int[] cost = ids.stream().mapToInt(id -> minutes(readings.get(id))).toArray();
        BitSet[] sets = ids.stream().map(covers::get).toArray(BitSet[]::new);

        List<Integer> greedy = greedy(universe, sets, cost);
        Search search = new Search(universe, sets, cost);
        search.best = new ArrayList<>(greedy);
        search.bestCost = total(greedy, cost);
        search.run(new BitSet(), new ArrayList<>(), 0);
        List<Integer> chosen = search.best;
        chosen.sort(Comparator.comparingInt(i -> sets[i].nextSetBit(0)));
        List<Reading> result = chosen.stream().map(i -> readings.get(ids.get(i))).toList();
        return new ReadingList(result, total(chosen, cost), uncovered, search.exhausted);
    }

    private static int minutes(Reading r) {
        return r.minutes() == null ? UNKNOWN_MINUTES : r.minutes();
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
    }
}
