package org.mlatlas.plan;

import java.util.List;
import org.mlatlas.domain.Node;

/**
 * One step of a reading plan.
 *
 * @param node      the concept (or paper) to learn
 * @param neededFor why it is there: the chain of ids from this step up to the target, target last (a chain
 *                  longer than {@link Planner#MAX_CHAIN} links keeps its first links and the target); empty
 *                  for the target itself
 * @param readings  the best readings first
 * @param minutes   the time the step takes: its first reading's minutes (or the node's own estimate); 0 when
 *                  unknown
 */
public record PlanStep(Node node, List<String> neededFor, List<Reading> readings, int minutes) {
    public PlanStep {
        neededFor = List.copyOf(neededFor);
        readings = List.copyOf(readings);
    }
}
