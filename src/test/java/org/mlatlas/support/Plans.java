package org.mlatlas.support;

import org.mlatlas.plan.Plan;
import org.mlatlas.plan.PlanStep;

/** Looking into plans from tests. */
public final class Plans {
    private Plans() {
    }

    /** The plan's step for concept {@code id}; fails the test when the plan has none. */
    public static PlanStep step(Plan plan, String id) {
        return plan.steps().stream().filter(s -> s.node().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + id + " in the plan"));
    }
}
