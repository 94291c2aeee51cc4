package org.mlatlas.plan;

import java.util.List;
import java.util.Optional;
import org.mlatlas.domain.Node;

/**
 * One step of a reading plan.
 *
 * @param node      the concept (or paper) to learn
 * @param neededFor why it is there: the chain of ids from this step up to the target, target last (a chain
 *                  longer than {@link Planner#MAX_CHAIN} links keeps its first links and the target); empty
 *                  for the target itself
 * @param readings  the first reading (the one the step's time comes from) first, then other good readings, and the
 *                  paper that introduced the idea (the "original paper") when it is not the first; empty when
 *                  nothing explains the node
 * @param time      the minutes the step adds to the plan, and whether they are estimated or already read
 * @param readIn    for each of {@code readings}, in the same order, the earlier step (1-based) that already read it
 *                  (the same part, or the whole work), or 0
 */
public record PlanStep(Node node, List<String> neededFor, List<Reading> readings, StepTime time, List<Integer> readIn) {
    public PlanStep {
        neededFor = List.copyOf(neededFor);
        readings = List.copyOf(readings);
        readIn = List.copyOf(readIn);
        if (readIn.size() != readings.size()) {
            throw new IllegalArgumentException("readIn has " + readIn.size() + " entries for " + readings.size() + " readings");
        }
    }

    /** The earlier step (1-based) that already read the listed reading {@code index}, or 0. */
    public int readIn(int index) {
        return readIn.get(index);
    }

    /** The minutes the step adds to the plan. */
    public int minutes() {
        return time.minutes();
    }

    /** The reading the step starts with (and is timed by), if any. */
    public Optional<Reading> firstReading() {
        return readings.isEmpty() ? Optional.empty() : Optional.of(readings.get(0));
    }

    /** True for a milestone that has nothing of its own to read. */
    public boolean isMilestoneCheckpoint() {
        return node.milestone() && readings.isEmpty();
    }
}
