package org.mlatlas.plan;

import java.util.List;

/**
 * A set of readings that together explain every step of a plan that has readings.
 *
 * @param entries     the chosen readings (a part of a long work counts as its own reading), in plan order of the
 *                    first step each covers
 * @param minutes     their total reading time
 * @param uncovered   ids of steps no reading explains
 * @param approximate true when found by the greedy approximation rather than proven minimal
 */
public record ReadingList(List<Entry> entries, int minutes, List<String> uncovered, boolean approximate) {
    public ReadingList {
        entries = List.copyOf(entries);
        uncovered = List.copyOf(uncovered);
    }

    /**
     * One reading of the list.
     *
     * @param reading   the work and, when the list reads only a part of it, that part; a long work read whole
     *                  has no part
     * @param minutes   the time the list counts for it: the part's minutes, the whole work's, or an estimate
     * @param estimated true when {@code minutes} is an estimate (no time is known for the part a step needs)
     * @param steps     ids of the plan's steps it covers, in plan order
     * @param curated   true for a step's curated first reading ({@code firstReading} in graph-data) that the plan reads:
     *                  it is kept in the list whatever it costs, and the rest of the list is the least time that
     *                  covers the other steps
     * @param rest      true when an earlier entry reads some of it (an overlapping part of the same work, or parts of a
     *                  work this entry reads whole): {@code minutes} are then the rest's
     */
    public record Entry(Reading reading, int minutes, boolean estimated, List<String> steps, boolean curated, boolean rest) {
        public Entry {
            steps = List.copyOf(steps);
        }
    }
}
