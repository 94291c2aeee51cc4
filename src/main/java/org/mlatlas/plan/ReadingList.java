package org.mlatlas.plan;

import java.util.List;

/**
 * A set of readings that together explain every step of a plan that has readings.
 *
 * @param readings    the chosen readings, in plan order of the first step each covers
 * @param minutes     their total reading time
 * @param uncovered   ids of steps no reading explains
 * @param approximate true when found by the greedy approximation rather than proven minimal
 */
public record ReadingList(List<Reading> readings, int minutes, List<String> uncovered, boolean approximate) {
    public ReadingList {
        readings = List.copyOf(readings);
        uncovered = List.copyOf(uncovered);
    }
}
