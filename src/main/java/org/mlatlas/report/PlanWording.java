package org.mlatlas.report;

import java.util.ArrayList;
import java.util.List;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.PlanStep;
import org.mlatlas.plan.Reading;
import org.mlatlas.plan.ReadingList;
import org.mlatlas.plan.StepTime;

/**
 * The words a plan is told in, in one place: the terminal, Markdown, the explorer's status line, its plan panel and
 * the plan picture all say the same size ("42 steps then the target, about 61 h 35 min") and the same step times.
 */
public final class PlanWording {
    /** What a reading list says when it keeps curated first readings (marked "curated"). */
    public static final String CURATED_KEPT = "Readings marked \"curated\" are the ones graph-data names as a step's first"
            + " reading: they are kept, and the rest is the least time that covers the other steps.";

    private PlanWording() {
    }

    /** What a plan's times measure: the time it takes to read or watch, not to study. */
    public static final String TIME_KIND = "reading/viewing time";

    /**
     * The plan's size and total time: "42 steps then the target, about 61 h 35 min reading/viewing time", with "(3 steps
     * estimated)" when some steps are timed by an estimate; "nothing to read first, about 1 h 30 min reading/viewing
     * time"; "already known".
     */
    public static String size(Plan plan) {
        String time = "about " + Minutes.format(plan.totalMinutes()) + " " + TIME_KIND
                + (plan.estimatedSteps() == 0 ? "" : " (" + count(plan.estimatedSteps(), "step") + " estimated)");
        return switch (plan.outcome()) {
            case ALREADY_KNOWN -> "already known, nothing to read";
            case NOTHING_BEFORE -> "nothing to read first, " + time;
            case PLANNED -> count(plan.steps().size() - 1, "step") + " then the target, " + time;
        };
    }

    /** "What to read before Direct preference optimization: 42 steps then the target, about 61 h 35 min". */
    public static String headline(Plan plan) {
        return "What to read before " + plan.target().name() + ": " + size(plan);
    }

    /** A step's time: "45 min", "~45 min, estimated", "already read in step 8", or for a
     * milestone with nothing of its own to read (shown as a milestone beside it) "nothing more to read". */
    public static String stepTime(PlanStep step) {
        StepTime time = step.time();
        if (time.isShared()) {
            return "already read in step " + time.sharedWith();
        }
        if (step.isMilestoneCheckpoint()) {
            return "nothing more to read";
        }
        return time.estimated() ? "~" + Minutes.format(time.minutes()) + ", estimated" : Minutes.format(time.minutes());
    }

    /**
     * A reading's title with its part and, for a resource, who made it and what it is, so that a blog post and the
     * paper it summarises are told apart: "Deep Learning, ch. 3.13 (Goodfellow et al., book)", "Frontier Models are
     * Capable of In-context Scheming (Apollo Research, blog)".
     */
    public static String title(Reading reading) {
        String title = reading.part() == null ? reading.title() : reading.title() + ", " + reading.part();
        String source = source(reading.work());
        return source == null ? title : title + " (" + source + ")";
    }

    /**
     * A resource's maker and type ("Apollo Research, blog"; several authors as "Nathan Lambert et al., blog" for three or more names); null for
     * a paper or a resource that names neither.
     */
    private static String source(Node work) {
        if (work.kind() != NodeKind.RESOURCE) {
            return null;
        }
        List<String> parts = new ArrayList<>(2);
        if (work.by() != null && !work.by().isBlank()) {
            String by = work.by().strip();
            String names = by.replaceAll("\\([^)]*\\)", "");
            boolean threeOrMore = names.indexOf(',') >= 0 && names.indexOf(',', names.indexOf(',') + 1) >= 0;
            parts.add(threeOrMore ? names.substring(0, names.indexOf(',')).strip() + " et al." : by);
        }
        if (work.resourceType() != null && !work.resourceType().isBlank()) {
            parts.add(work.resourceType());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** A reading's time: "45 min", "whole work, 40 h 00 min"; null when no time is known. */
    public static String readingTime(Reading reading) {
        Integer minutes = reading.minutes();
        if (minutes == null) {
            return null;
        }
        return reading.isWholeLongWork() ? "whole work, " + Minutes.format(minutes) : Minutes.format(minutes);
    }

    /**
     * The time of a step's listed reading {@code index}: its {@linkplain #readingTime(Reading) time}, followed by
     * "already read in step N" when an earlier step read it; null when neither is known.
     */
    public static String readingTime(PlanStep step, int index) {
        String time = readingTime(step.readings().get(index));
        int readIn = step.readIn(index);
        if (readIn == 0) {
            return time;
        }
        return (time == null ? "" : time + ", ") + "already read in step " + readIn;
    }

    /** A reading-list entry's time: "45 min", "~1 h 00 min, estimated", "whole work, 40 h 00 min". */
    public static String entryTime(ReadingList.Entry entry) {
        if (entry.estimated()) {
            return "~" + Minutes.format(entry.minutes()) + ", estimated";
        }
        return entry.reading().isWholeLongWork() ? "whole work, " + Minutes.format(entry.minutes()) : Minutes.format(entry.minutes());
    }

    /**
     * How a listed reading is introduced: "read" for the first, for one that introduced the idea its
     * {@linkplain #originalLabel original label}, else "also".
     */
    public static String lead(PlanStep step, Reading reading) {
        if (step.readings().get(0) == reading) {
            return "read";
        }
        return isOriginal(reading) ? originalLabel(reading) : "also";
    }

    /** True for a reading that introduced the step's idea. */
    public static boolean isOriginal(Reading reading) {
        return reading.role() == ReadingRole.INTRODUCES;
    }

    /**
     * What a reading that introduced the idea is called, by its kind: "original paper" for a paper, "original post" for
     * a blog post, else "introduced in" (a book, a course, a video).
     */
    public static String originalLabel(Reading reading) {
        if (reading.kind() == NodeKind.PAPER) {
            return "original paper";
        }
        String type = reading.work().resourceType();
        return type != null && (type.equalsIgnoreCase("blog") || type.equalsIgnoreCase("post")) ? "original post" : "introduced in";
    }

    /**
     * For a plan that starts from scratch, the line that says so, then one line per milestone that would shorten it
     * (the one that assumes least first): "if you know Deep learning basics: `atlas path dpo --known
     * deep-learning-basics`, 19 steps then the target (23 fewer)". Empty for a plan that does not start from scratch.
     */
    public static List<String> fromScratch(Plan plan) {
        if (!plan.startsFromScratch()) {
            return List.of();
        }
        if (plan.shortcuts().isEmpty()) {
            return List.of("Starting from scratch: you know none of its prerequisites yet (`atlas know ID` says what you know).");
        }
        List<String> lines = new ArrayList<>();
        lines.add("Starting from scratch. A milestone you know would shorten it:");
        for (Plan.MilestoneShortcut s : plan.shortcuts()) {
            lines.add("if you know " + s.milestone().name() + ": `" + command(plan, s) + "`, " + shortcutSize(plan, s));
        }
        return lines;
    }

    /** The command that plans the target knowing a milestone: {@code atlas path dpo --known deep-learning-basics}. */
    public static String command(Plan plan, Plan.MilestoneShortcut shortcut) {
        return "atlas path " + plan.target().id() + " --known " + shortcut.milestone().id();
    }

    /** "19 steps then the target (23 fewer)". */
    public static String shortcutSize(Plan plan, Plan.MilestoneShortcut shortcut) {
        return count(shortcut.steps() - 1, "step") + " then the target (" + (plan.steps().size() - shortcut.steps()) + " fewer)";
    }

    /** The known nodes that cut the plan, by id, a milestone marked as standing for what it stands on. */
    public static String known(Plan plan) {
        return String.join(", ", plan.known().stream()
                .map(n -> n.milestone() ? n.id() + " (a milestone, with everything it stands on)" : n.id()).toList());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
