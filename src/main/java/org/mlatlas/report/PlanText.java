package org.mlatlas.report;

import org.mlatlas.domain.Node;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.PlanStep;
import org.mlatlas.plan.Reading;
import org.mlatlas.plan.ReadingList;

/** A plan as readable text for the terminal. */
public final class PlanText {
    private PlanText() {
    }

    /** The plan as text, ending with a newline. */
    public static String format(Plan plan) {
        StringBuilder out = new StringBuilder();
        Node target = plan.target();
        switch (plan.outcome()) {
            case ALREADY_KNOWN -> {
                return "You already know " + label(target) + ": nothing to read first.\n"
                        + "(Run `atlas forget " + target.id() + "` to plan it again.)\n";
            }
            case NOTHING_BEFORE -> out.append(label(target)).append(plan.known().isEmpty()
                    ? " has no prerequisites: start with its readings.\n"
                    : " needs nothing you don't already know: start with its readings.\n");
            case PLANNED -> out.append("What to read before ").append(label(target)).append(": ")
                    .append(plan.steps().size() - 1).append(plan.steps().size() == 2 ? " step" : " steps")
                    .append(" then the target, about ").append(Minutes.format(plan.totalMinutes())).append(".\n");
        }
        if (!plan.known().isEmpty()) {
            out.append("Left out because you know them: ").append(String.join(", ", plan.known())).append(".\n");
        }
        for (String cycle : plan.cycles()) {
            out.append("Warning: prerequisite cycle in the data (cut to give an order): ").append(cycle).append('\n');
        }
        out.append('\n');
        int width = String.valueOf(plan.steps().size()).length();
        for (int i = 0; i < plan.steps().size(); i++) {
            PlanStep step = plan.steps().get(i);
            out.append(String.format("%" + width + "d. %s  [%s]%s%n", i + 1, label(step.node()),
                    Minutes.format(step.minutes()), step.neededFor().isEmpty() ? "  <- target" : ""));
            String indent = " ".repeat(width + 2);
            if (!step.neededFor().isEmpty()) {
                out.append(indent).append("why: needed for ").append(String.join(" -> ", step.neededFor())).append('\n');
            }
            if (step.readings().isEmpty()) {
                out.append(indent).append("read: (no reading in the graph yet)\n");
            }
            for (Reading r : step.readings()) {
                out.append(indent).append("read: ").append(reading(r)).append('\n');
            }
        }
        plan.readingList().ifPresent(list -> readingList(out, list));
        return out.toString();
    }

    private static void readingList(StringBuilder out, ReadingList list) {
        out.append("\nShortest reading list covering the plan (").append(list.readings().size()).append(" readings, ")
                .append(Minutes.format(list.minutes())).append(list.approximate()
                        ? ", approximate: greedy set cover)" : ", minimal)").append(":\n");
        for (Reading r : list.readings()) {
            out.append("  - ").append(reading(r)).append('\n');
        }
        if (!list.uncovered().isEmpty()) {
            out.append("  Not covered by any reading: ").append(String.join(", ", list.uncovered())).append('\n');
        }
    }

    static String label(Node node) {
        return node.name() + " (" + node.id() + ")";
    }

    private static String reading(Reading r) {
        StringBuilder sb = new StringBuilder(r.title()).append(" [").append(Minutes.format(r.minutes())).append(']');
        String link = r.url() != null ? r.url() : r.arxiv() != null ? "https://arxiv.org/abs/" + r.arxiv() : null;
        if (link != null) {
            sb.append(' ').append(link);
        }
        return sb.toString();
    }
}
