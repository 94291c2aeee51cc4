package org.mlatlas.plan;

import java.util.List;
import java.util.Optional;
import org.mlatlas.domain.Node;

/**
 * The answer to "what should I read before the target?".
 *
 * @param target       the node asked about
 * @param outcome      what kind of answer this is
 * @param known        ids of known nodes that cut the plan short (they and what only they needed are left out)
 * @param steps        prerequisites in reading order, the target last (empty when the target is already known)
 * @param totalMinutes the sum of the steps' minutes
 * @param cycles       prerequisite cycles met on the way (from imported data), spelled out; each was cut to
 *                     give an order
 * @param readingList  with {@code --papers}: the smallest-time set of readings that covers the steps
 */
public record Plan(Node target, Outcome outcome, List<String> known, List<PlanStep> steps, int totalMinutes,
                   List<String> cycles, Optional<ReadingList> readingList) {

    /** What kind of answer a plan is. */
    public enum Outcome {
        /** Prerequisites to read first, then the target. */
        PLANNED,
        /** The user already knows the target: nothing to read. */
        ALREADY_KNOWN,
        /** The target has no prerequisites (or all are known): read it directly. */
        NOTHING_BEFORE
    }

    public Plan {
        known = List.copyOf(known);
        steps = List.copyOf(steps);
        cycles = List.copyOf(cycles);
    }
}
