package org.mlatlas.plan;

/**
 * What a step adds to a plan's time, and how that time is known.
 *
 * @param minutes    the minutes the step adds to the plan: its first reading's (part) minutes, the rest of them when an
 *                   earlier step read some of it, an estimate, or 0 when that reading was already read in an earlier
 *                   step or the step is a milestone with nothing of its own to read
 * @param estimated  true when no timed reading gives the time and it is estimated ({@link Planner#estimate})
 * @param sharedWith the 1-based number of the earlier step that already reads this step's first reading, or 0
 * @param restAfter  when an earlier step read some of this step's first reading (an overlapping part of the same work,
 *                   or some parts of a work this step reads whole), the last such step (1-based), the step's minutes
 *                   being the rest; else 0
 */
public record StepTime(int minutes, boolean estimated, int sharedWith, int restAfter) {

    /** The time of a timed reading. */
    public static StepTime read(int minutes) {
        return new StepTime(minutes, false, 0, 0);
    }

    /** An estimate, for a step without a timed reading. */
    public static StepTime estimate(int minutes) {
        return new StepTime(minutes, true, 0, 0);
    }

    /** A step whose first reading was already read in step {@code step} (1-based): it adds nothing. */
    public static StepTime sharedWith(int step) {
        return new StepTime(0, false, step, 0);
    }

    /** The rest of a reading that earlier steps read some of, the last of them step {@code step} (1-based). */
    public static StepTime rest(int minutes, int step) {
        return new StepTime(minutes, false, 0, step);
    }

    /** A milestone with nothing of its own to read: knowing the steps before it is knowing it. */
    public static StepTime milestone() {
        return new StepTime(0, false, 0, 0);
    }

    /** True when the first reading was already read in an earlier step. */
    public boolean isShared() {
        return sharedWith > 0;
    }

    /** True when the step reads only the rest of a reading that earlier steps read some of. */
    public boolean isRest() {
        return restAfter > 0;
    }
}
