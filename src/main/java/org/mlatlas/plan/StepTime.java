package org.mlatlas.plan;

import java.util.List;

/**
 * What a step adds to a plan, and how that time is known.
 *
 * @param minutes      the minutes the step adds to the plan: its first reading's (part) minutes, the rest of them when
 *                     earlier steps read some of it, an estimate, or 0 when that reading was already read in an earlier
 *                     step or the step is a milestone with nothing of its own to read
 * @param estimated    true when no timed reading gives the time and it is estimated ({@link Planner#estimate})
 * @param sharedWith   the 1-based number of the earlier step that already reads this step's first reading, or 0
 * @param partlyReadIn when earlier steps read some of this step's first reading (overlapping parts of the same work, or
 *                     some parts of a work this step reads whole), every such step (1-based, ascending), the step's
 *                     minutes being the rest; else empty
 */
public record StepTime(int minutes, boolean estimated, int sharedWith, List<Integer> partlyReadIn) {
    public StepTime {
        partlyReadIn = List.copyOf(partlyReadIn);
    }

    /** The time of a timed reading. */
    public static StepTime read(int minutes) {
        return new StepTime(minutes, false, 0, List.of());
    }

    /** An estimate, for a step without a timed reading. */
    public static StepTime estimate(int minutes) {
        return new StepTime(minutes, true, 0, List.of());
    }

    /** A step whose first reading was already read in step {@code step} (1-based): it adds nothing. */
    public static StepTime sharedWith(int step) {
        return new StepTime(0, false, step, List.of());
    }

    /** The rest of a reading that one earlier step, {@code step} (1-based), read some of. */
    public static StepTime rest(int minutes, int step) {
        return rest(minutes, List.of(step));
    }

    /** The rest of a reading that the earlier steps {@code steps} (1-based, ascending) read some of. */
    public static StepTime rest(int minutes, List<Integer> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("the rest of a reading needs the steps that read some of it");
        }
        return new StepTime(minutes, false, 0, steps);
    }

    /** A milestone with nothing of its own to read: knowing the steps before it is knowing it. */
    public static StepTime milestone() {
        return new StepTime(0, false, 0, List.of());
    }

    /** True when the first reading was already read in an earlier step. */
    public boolean isShared() {
        return sharedWith > 0;
    }

    /** True when the step reads only the rest of a reading that earlier steps read some of. */
    public boolean isRest() {
        return !partlyReadIn.isEmpty();
    }

    /** The last earlier step (1-based) that read some of the first reading, or 0 when the step is not a rest. */
    public int restAfter() {
        return partlyReadIn.isEmpty() ? 0 : partlyReadIn.get(partlyReadIn.size() - 1);
    }
}
