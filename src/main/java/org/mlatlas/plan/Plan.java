package org.mlatlas.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.ReadingRole;

/**
 * The answer to "what should I read before the target?". Built with {@link #builder}.
 *
 * @param target         the node asked about
 * @param outcome        what kind of answer this is
 * @param known          the known nodes that cut the plan short (they and what only they needed are left out), by id;
 *                       a known milestone, or a node named known with its prerequisites ({@code --known}), stands for
 *                       its whole prerequisite closure and is listed in its place
 * @param knownByClosure for each of {@code known} that stands for its closure, the target's prerequisites (or the target
 *                       itself, when it is already known) taken as known because it stands on them, by id; in the
 *                       order of {@code known}, only those with any
 * @param steps          prerequisites in reading order, the target last (empty when the target is already known)
 * @param cycles         prerequisite cycles met on the way (from imported data), spelled out; each was cut to
 *                       give an order
 * @param readingList    with {@code --papers}: the smallest-time set of readings that covers the steps
 * @param shortcuts      for a plan that starts from scratch, the milestones whose knowing would shorten it, the most
 *                       relevant (the largest share of it inside the plan) first; empty otherwise
 * @param paper          for a paper or resource target, the concepts it is read for
 */
public record Plan(Node target, Outcome outcome, List<Node> known, Map<String, List<String>> knownByClosure,
                   List<PlanStep> steps, List<String> cycles, Optional<ReadingList> readingList,
                   List<MilestoneShortcut> shortcuts, Optional<PaperConcepts> paper) {

    /** What kind of answer a plan is. */
    public enum Outcome {
        /** Prerequisites to read first, then the target. */
        PLANNED,
        /** The user already knows the target: nothing to read. */
        ALREADY_KNOWN,
        /** The target has no prerequisites (or all are known): read it directly. */
        NOTHING_BEFORE
    }

    public Plan {
        known = List.copyOf(known);
        knownByClosure = Collections.unmodifiableMap(new LinkedHashMap<>(knownByClosure));
        steps = List.copyOf(steps);
        cycles = List.copyOf(cycles);
        shortcuts = List.copyOf(shortcuts);
    }

    /** A plan for {@code target} with this outcome and, until set, nothing else. */
    public static Builder builder(Node target, Outcome outcome) {
        return new Builder(target, outcome);
    }

    /** The plan's time: the steps' minutes, each reading counted once. */
    public int totalMinutes() {
        return steps.stream().mapToInt(PlanStep::minutes).sum();
    }

    /** How many steps are timed by an estimate rather than a reading. */
    public int estimatedSteps() {
        return (int) steps.stream().filter(s -> s.time().estimated()).count();
    }

    /** True when nothing the user knows cut the plan: it starts from scratch. */
    public boolean startsFromScratch() {
        return outcome == Outcome.PLANNED && known.isEmpty();
    }

    /**
     * A milestone that would shorten a plan that starts from scratch.
     *
     * @param milestone the milestone concept
     * @param steps     how many steps the plan has (the target included) when the milestone is known
     */
    public record MilestoneShortcut(Node milestone, int steps) {
    }

    /**
     * The concepts a paper or resource target is read for.
     *
     * @param role     {@code INTRODUCES} or {@code EXPLAINER}: the concepts it introduces (else explains), planned with
     *                 their prerequisites before it, the paper as their reading; {@code COVERS}: it introduces and
     *                 explains none, and these are the concepts it covers, to plan on their own
     * @param concepts the concepts, by id
     */
    public record PaperConcepts(ReadingRole role, List<Node> concepts) {
        public PaperConcepts {
            concepts = List.copyOf(concepts);
        }

        /** True when the concepts are steps of the plan (the paper introduces or explains them). */
        public boolean planned() {
            return role != ReadingRole.COVERS;
        }
    }

    /** Builds a {@link Plan}; every list is empty and every option absent until set. */
    public static final class Builder {
        private final Node target;
        private final Outcome outcome;
        private List<Node> known = List.of();
        private Map<String, List<String>> knownByClosure = Map.of();
        private List<PlanStep> steps = List.of();
        private List<String> cycles = List.of();
        private Optional<ReadingList> readingList = Optional.empty();
        private List<MilestoneShortcut> shortcuts = List.of();
        private Optional<PaperConcepts> paper = Optional.empty();

        private Builder(Node target, Outcome outcome) {
            this.target = target;
            this.outcome = outcome;
        }

        public Builder known(List<Node> value, Map<String, List<String>> byClosure) {
            known = value;
            knownByClosure = byClosure;
            return this;
        }

        public Builder steps(List<PlanStep> value) {
            steps = value;
            return this;
        }

        public Builder cycles(List<String> value) {
            cycles = value;
            return this;
        }

        public Builder readingList(Optional<ReadingList> value) {
            readingList = value;
            return this;
        }

        public Builder shortcuts(List<MilestoneShortcut> value) {
            shortcuts = value;
            return this;
        }

        public Builder paper(Optional<PaperConcepts> value) {
            paper = value;
            return this;
        }

        public Plan build() {
            return new Plan(target, outcome, known, knownByClosure, steps, cycles, readingList, shortcuts, paper);
        }
    }
}
