package org.mlatlas.plan;

import java.util.List;
import java.util.Optional;
import org.mlatlas.domain.Node;

/**
 * The answer to "what should I read before the target?".
 *
 * @param target      the node asked about
 * @param outcome     what kind of answer this is
 * @param known       the known nodes that cut the plan short (they and what only they needed are left out), by id;
 *                    a known milestone stands for its whole prerequisite closure and is listed in its place
 * @param steps       prerequisites in reading order, the target last (empty when the target is already known)
 * @param cycles      prerequisite cycles met on the way (from imported data), spelled out; each was cut to
 *                    give an order
 * @param readingList with {@code --papers}: the smallest-time set of readings that covers the steps
 * @param shortcuts   for a plan that starts from scratch, the milestones whose knowing would shorten it, the one
 *                    that assumes least first; empty otherwise
 */
public record Plan(Node target, Outcome outcome, List<Node> known, List<PlanStep> steps, List<String> cycles,
                   Optional<ReadingList> readingList, List<MilestoneShortcut> shortcuts) {

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
        shortcuts = List.copyOf(shortcuts);
    }

    /** The plan's time: the steps' minutes, each reading counted once. */
    public int totalMinutes() {
        return steps.stream().mapToInt(PlanStep::minutes).sum();
    }

    /** How many steps are timed by an estimate rather than a reading. */
    public int estimatedSteps() {
        return (int) steps.stream().filter(s -> s.time().estimated()).count();
    }

    /** True when nothing the user knows cut the plan: it starts from scratch. */
    public boolean startsFromScratch() {
        return outcome == Outcome.PLANNED && known.isEmpty();
    }

    /**
     * A milestone that would shorten a plan that starts from scratch.
     *
     * @param milestone the milestone concept
     * @param steps     how many steps the plan has (the target included) when the milestone is known
     */
    public record MilestoneShortcut(Node milestone, int steps) {
    }
}
