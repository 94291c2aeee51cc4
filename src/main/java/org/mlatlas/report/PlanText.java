package org.mlatlas.report;

import java.util.List;
import org.mlatlas.domain.Node;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.PlanStep;
import org.mlatlas.plan.Reading;
import org.mlatlas.plan.ReadingList;

/** A plan as readable text for the terminal. */
public final class PlanText {
    /**
     * How many of the concepts a known node (not a milestone: its number only) made known the text names; Markdown and
     * JSON name all.
     */
    private static final int KNOWN_IDS_SHOWN = 12;

    private PlanText() {
    }

    /** The plan as text, ending with a newline. */
    public static String format(Plan plan) {
        StringBuilder out = new StringBuilder();
        Node target = plan.target();
        switch (plan.outcome()) {
            case ALREADY_KNOWN -> {
                Node known = plan.known().get(0);
                String through = known.id().equals(target.id()) ? ""
                        : known.milestone() ? " through the milestone " + known.name() + " (" + known.id() + ")"
                        : " through " + known.name() + " (" + known.id() + "), which stands on it";
                boolean onlyThroughClosure = !known.id().equals(target.id()) && !known.milestone();
                return "You already know " + label(target) + through + ": nothing to read first.\n"
                        + (known.known() ? "(Run `atlas forget " + known.id() + "` to plan it again.)\n"
                        : "(Known for this query only: leave " + known.id() + " out of --known"
                        + (onlyThroughClosure ? ", or name it with --known-only," : "") + " to plan it again.)\n");
            }
            case NOTHING_BEFORE -> out.append(label(target)).append(plan.known().isEmpty()
                    ? " has no prerequisites: start with its readings, "
                    : " needs nothing you don't already know: start with its readings, ")
                    .append(PlanWording.totalTime(plan)).append(".\n");
            case PLANNED -> out.append("What to read before ").append(label(target)).append(": ")
                    .append(PlanWording.size(plan)).append(".\n");
        }
        String paper = PlanWording.paper(plan);
        if (paper != null) {
            out.append(paper).append('\n');
        }
        List<String> scratch = PlanWording.fromScratch(plan);
        for (int i = 0; i < scratch.size(); i++) {
            out.append(i == 0 ? "" : "  ").append(scratch.get(i)).append('\n');
        }
        if (!plan.known().isEmpty()) {
            out.append("Left out because you know them: ").append(PlanWording.known(plan, KNOWN_IDS_SHOWN, false)).append(".\n");
        }
        for (String cycle : plan.cycles()) {
            out.append("Warning: prerequisite cycle in the data (cut to give an order): ").append(cycle).append('\n');
        }
        out.append('\n');
        int width = String.valueOf(plan.steps().size()).length();
        for (int i = 0; i < plan.steps().size(); i++) {
            PlanStep step = plan.steps().get(i);
            out.append(String.format("%" + width + "d. %s  [%s]%s%n", i + 1, label(step.node()),
                    PlanWording.stepTime(step), step.neededFor().isEmpty() ? "  <- target" : ""));
            String indent = " ".repeat(width + 2);
            if (!step.neededFor().isEmpty()) {
                out.append(indent).append("why: needed for ").append(String.join(" -> ", step.neededFor())).append('\n');
            }
            if (step.readings().isEmpty() && !step.isMilestoneCheckpoint()) {
                out.append(indent).append("read: (no reading in the graph yet)\n");
            }
            for (int r = 0; r < step.readings().size(); r++) {
                out.append(indent).append(PlanWording.lead(step, step.readings().get(r))).append(": ").append(reading(step, r))
                        .append('\n');
            }
        }
        plan.readingList().ifPresent(list -> readingList(out, list));
        return out.toString();
    }

    private static void readingList(StringBuilder out, ReadingList list) {
        out.append("\nShortest reading list covering the plan (").append(list.entries().size()).append(" readings, about ")
                .append(Minutes.format(list.minutes())).append(' ').append(PlanWording.TIME_KIND).append(list.approximate()
                        ? ", approximate: greedy set cover)" : ", minimal)").append(":\n");
        if (list.entries().stream().anyMatch(ReadingList.Entry::curated)) {
            out.append("  ").append(PlanWording.CURATED_KEPT).append('\n');
        }
        for (ReadingList.Entry e : list.entries()) {
            out.append("  - ").append(PlanWording.title(e.reading())).append(" [").append(PlanWording.entryTime(e)).append(']');
            if (e.curated()) {
                out.append(" (curated)");
            }
            if (e.reading().url() != null) {
                out.append(' ').append(e.reading().url());
            }
            out.append("\n      for ").append(String.join(", ", e.steps())).append('\n');
        }
        if (!list.uncovered().isEmpty()) {
            out.append("  Not covered by any reading: ").append(String.join(", ", list.uncovered())).append('\n');
        }
    }

    static String label(Node node) {
        return node.name() + " (" + node.id() + (node.milestone() ? ", milestone" : "") + ")";
    }

    private static String reading(PlanStep step, int index) {
        Reading r = step.readings().get(index);
        StringBuilder sb = new StringBuilder(PlanWording.title(step, index));
        if (index == 0 && PlanWording.isOriginal(r) && !r.id().equals(step.node().id())) {
            sb.append(" (").append(PlanWording.originalLabel(r)).append(')');
        }
        String time = PlanWording.readingTime(step, index);
        if (time != null) {
            sb.append(" [").append(time).append(']');
        }
        if (r.url() != null) {
            sb.append(' ').append(r.url());
        }
        return sb.toString();
    }
}
