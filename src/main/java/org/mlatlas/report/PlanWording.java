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
        String time = totalTime(plan);
        return switch (plan.outcome()) {
            case ALREADY_KNOWN -> "already known, nothing to read";
            case NOTHING_BEFORE -> "nothing to read first, " + time;
            case PLANNED -> count(plan.steps().size() - 1, "step") + " then the target, " + time;
        };
    }

    /** The plan's total time: "about 61 h 35 min reading/viewing time", with "(3 steps estimated)" when some are. */
    public static String totalTime(Plan plan) {
        return "about " + Minutes.format(plan.totalMinutes()) + " " + TIME_KIND
                + (plan.estimatedSteps() == 0 ? "" : " (" + count(plan.estimatedSteps(), "step") + " estimated)");
    }

    /** "What to read before Direct preference optimization: 42 steps then the target, about 61 h 35 min". */
    public static String headline(Plan plan) {
        return "What to read before " + plan.target().name() + ": " + size(plan);
    }

    /**
     * A step's time: "45 min", "~45 min, estimated", "already read in step 8", "15 min, the rest after step 12" (after
     * every earlier step that read some of it: "the rest after steps 12, 33 and 34"), or for a milestone with nothing
     * of its own to read (shown as a milestone beside it) "nothing more to read".
     */
    public static String stepTime(PlanStep step) {
        StepTime time = step.time();
        if (time.isShared()) {
            return "already read in step " + time.sharedWith();
        }
        if (time.isRest()) {
            return Minutes.format(time.minutes()) + ", the rest after " + steps(time.partlyReadIn());
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
     * Earlier steps by number: "step 12"; "steps 33 and 34", "steps 12, 33 and 34"; a run of three or more as a range,
     * "steps 16-18 and 21".
     */
    public static String steps(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return "step " + numbers.get(0);
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < numbers.size(); ) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                items.add(numbers.get(i) + "-" + numbers.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    items.add(String.valueOf(numbers.get(k)));
                }
            }
            i = j + 1;
        }
        return "steps " + (items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1));
    }

    /**
     * The time of a step's listed reading {@code index}: its {@linkplain #readingTime(Reading) time}, followed by
     * "already read in step N" when an earlier step read it, or for a first reading the step reads only the rest of,
     * "partly read in step N" (in every earlier step that read some of it: "partly read in steps 16, 17 and 21");
     * null when neither is known.
     */
    public static String readingTime(PlanStep step, int index) {
        String time = readingTime(step.readings().get(index));
        int readIn = step.readIn(index);
        String before = readIn > 0 ? "already read in step " + readIn
                : index == 0 && step.time().isRest() ? "partly read in " + steps(step.time().partlyReadIn()) : null;
        if (before == null) {
            return time;
        }
        return (time == null ? "" : time + ", ") + before;
    }

    /**
     * A listed reading's title as the step reads it: "rest of " before the first reading of a step that reads only the
     * rest of it, then its {@linkplain #title(Reading) title}.
     */
    public static String title(PlanStep step, int index) {
        String title = title(step.readings().get(index));
        return index == 0 && step.time().isRest() ? "rest of " + title : title;
    }

    /**
     * A reading-list entry's time: "45 min", "~1 h 00 min, estimated", "whole work, 40 h 00 min", "15 min, the rest (an
     * entry above reads part of it)".
     */
    public static String entryTime(ReadingList.Entry entry) {
        if (entry.estimated()) {
            return "~" + Minutes.format(entry.minutes()) + ", estimated";
        }
        if (entry.rest()) {
            return Minutes.format(entry.minutes()) + ", the rest (an entry above reads part of it)";
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

    /**
     * The known nodes that cut the plan, by id, each that stands for what it stands on followed by the prerequisites of
     * the target it made known: by id, at most {@code mostIds} of them (then "and N more"), or only their number for a
     * milestone unless {@code milestoneIds}: "ppo (with everything it stands on: mdp, policy-gradient)",
     * "deep-learning-basics (a milestone, with everything it stands on: 45 concepts of this plan)".
     */
    public static String known(Plan plan, int mostIds, boolean milestoneIds) {
        List<String> parts = new ArrayList<>();
        for (Node n : plan.known()) {
            List<String> ids = plan.knownByClosure().get(n.id());
            String what = n.milestone() ? "a milestone, with everything it stands on" : "with everything it stands on";
            if (ids == null) {
                parts.add(n.milestone() ? n.id() + " (" + what + ")" : n.id());
            } else if (n.milestone() && !milestoneIds) {
                parts.add(n.id() + " (" + what + ": " + count(ids.size(), "concept") + " of this plan)");
            } else if (ids.size() > mostIds) {
                parts.add(n.id() + " (" + what + ": " + String.join(", ", ids.subList(0, mostIds)) + " and "
                        + (ids.size() - mostIds) + " more)");
            } else {
                parts.add(n.id() + " (" + what + ": " + String.join(", ", ids) + ")");
            }
        }
        return String.join(", ", parts);
    }

    /**
     * For a paper or resource target, what it is read for: "Direct Preference Optimization introduces dpo: the plan
     * reads what that needs, then it and the paper, the paper counted once" (or "..., which you already know" when
     * nothing is left to plan), or for one that introduces and explains nothing, the concepts it covers and the command
     * that plans one; null for another target.
     */
    public static String paper(Plan plan) {
        if (plan.paper().isEmpty()) {
            return null;
        }
        Plan.PaperConcepts paper = plan.paper().get();
        List<String> ids = paper.concepts().stream().map(Node::id).toList();
        String title = plan.target().name();
        if (!paper.planned()) {
            return title + " introduces and explains no concept of the graph; it covers " + String.join(", ", ids)
                    + ": plan " + (ids.size() == 1 ? "it" : "one") + " with `atlas path " + ids.get(0) + "`.";
        }
        String verb = paper.role() == ReadingRole.INTRODUCES ? " introduces " : " explains ";
        if (plan.outcome() != Plan.Outcome.PLANNED) {
            return title + verb + String.join(", ", ids) + ", which you already know.";
        }
        String them = ids.size() == 1 ? "it" : "them";
        return title + verb + String.join(", ", ids) + ": the plan reads what " + (ids.size() == 1 ? "that needs" : "they need")
                + ", then " + them + " and the paper, the paper counted once.";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
