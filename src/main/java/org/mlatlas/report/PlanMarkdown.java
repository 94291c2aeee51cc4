package org.mlatlas.report;

import org.mlatlas.plan.Plan;
import org.mlatlas.plan.PlanStep;
import org.mlatlas.plan.Reading;

/** A plan as a Markdown checklist, to paste into notes. */
public final class PlanMarkdown {
    private PlanMarkdown() {
    }

    /** The checklist, ending with a newline. */
    public static String format(Plan plan) {
        StringBuilder out = new StringBuilder("## Reading plan: ").append(plan.target().name()).append("\n\n");
        if (plan.outcome() == Plan.Outcome.ALREADY_KNOWN) {
            return out.append("Already known: nothing to read first.\n").toString();
        }
        out.append("About ").append(Minutes.format(plan.totalMinutes())).append(", ")
                .append(plan.steps().size()).append(" steps.");
        if (!plan.known().isEmpty()) {
            out.append(" Skipped as known: ").append(String.join(", ", plan.known())).append('.');
        }
        out.append("\n\n");
        for (PlanStep step : plan.steps()) {
            out.append("- [ ] **").append(step.node().name()).append("** (`").append(step.node().id()).append("`, ")
                    .append(Minutes.format(step.minutes())).append(')');
            if (!step.neededFor().isEmpty()) {
                out.append(": for ").append(String.join(" → ", step.neededFor()));
            }
            out.append('\n');
            for (Reading r : step.readings()) {
                String link = r.url() != null ? r.url() : r.arxiv() != null ? "https://arxiv.org/abs/" + r.arxiv() : null;
                out.append("  - ").append(link == null ? r.title() : "[" + r.title().replace("]", "\\]") + "](" + link + ")")
                        .append(" (").append(Minutes.format(r.minutes())).append(")\n");
            }
        }
        plan.readingList().ifPresent(list -> {
            out.append("\n### Shortest reading list").append(list.approximate() ? " (approximate)" : "").append("\n\n");
            for (Reading r : list.readings()) {
                out.append("- [ ] ").append(r.title()).append(" (").append(Minutes.format(r.minutes())).append(")\n");
            }
        });
        return out.toString();
    }
}
