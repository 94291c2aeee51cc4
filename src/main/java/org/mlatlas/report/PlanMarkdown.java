package org.mlatlas.report;

import java.util.List;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.PlanStep;
import org.mlatlas.plan.Reading;
import org.mlatlas.plan.ReadingList;

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
        String size = PlanWording.size(plan);
        out.append(Character.toUpperCase(size.charAt(0))).append(size.substring(1)).append('.');
        if (!plan.known().isEmpty()) {
            out.append(" Left out because you know them: ").append(PlanWording.known(plan, Integer.MAX_VALUE, true)).append('.');
        }
        out.append("\n\n");
        String paper = PlanWording.paper(plan);
        if (paper != null) {
            out.append(paper).append("\n\n");
        }
        List<String> scratch = PlanWording.fromScratch(plan);
        for (int i = 0; i < scratch.size(); i++) {
            out.append(i == 0 ? "" : "- ").append(scratch.get(i)).append(i == 0 && scratch.size() > 1 ? "\n\n" : "\n");
        }
        if (!scratch.isEmpty()) {
            out.append('\n');
        }
        for (PlanStep step : plan.steps()) {
            out.append("- [ ] **").append(step.node().name()).append("** (`").append(step.node().id()).append("`, ")
                    .append(step.node().milestone() ? "milestone, " : "").append(PlanWording.stepTime(step)).append(')');
            if (!step.neededFor().isEmpty()) {
                out.append(": for ").append(String.join(" → ", step.neededFor()));
            }
            out.append('\n');
            for (int i = 0; i < step.readings().size(); i++) {
                Reading r = step.readings().get(i);
                out.append("  - ").append(i > 0 && PlanWording.isOriginal(r) ? PlanWording.originalLabel(r) + ": " : "")
                        .append(link(r, PlanWording.title(step, i)));
                String time = PlanWording.readingTime(step, i);
                out.append(time == null ? "" : " (" + time + ")").append('\n');
            }
        }
        plan.readingList().ifPresent(list -> {
            out.append("\n### Shortest reading list").append(list.approximate() ? " (approximate)" : "")
                    .append(", about ").append(Minutes.format(list.minutes())).append(' ').append(PlanWording.TIME_KIND).append("\n\n");
            if (list.entries().stream().anyMatch(ReadingList.Entry::curated)) {
                out.append(PlanWording.CURATED_KEPT).append("\n\n");
            }
            for (ReadingList.Entry e : list.entries()) {
                out.append("- [ ] ").append(link(e.reading(), PlanWording.title(e.reading()))).append(" (").append(PlanWording.entryTime(e))
                        .append(e.curated() ? ", curated" : "").append("): for ")
                        .append(String.join(", ", e.steps())).append('\n');
            }
        });
        return out.toString();
    }

    private static String link(Reading r, String title) {
        return r.url() == null ? title : "[" + title.replace("]", "\\]") + "](" + r.url() + ")";
    }
}
