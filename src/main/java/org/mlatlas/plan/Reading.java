package org.mlatlas.plan;

import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;

/**
 * A paper or resource suggested for a step of a plan: the work, how it relates to the step's concept and, for a
 * long work, the part that covers the concept.
 *
 * @param work        the paper or resource
 * @param role        how it relates to the step's concept
 * @param part        the part that covers the concept ("ch. 3.13", "lecture 4"), or null for the whole work
 * @param partMinutes the time that part takes, or null when the edge gives none
 */
public record Reading(Node work, ReadingRole role, String part, Integer partMinutes) {
    /**
     * A work longer than this (in minutes) read whole is a "long work" (a book, a course): it does not time a step
     * unless the edge names the part's minutes.
     */
    public static final int LONG_WORK_MINUTES = 180;

    /** The reading that a node is, whole, with the role it plays for some concept. */
    public static Reading of(Node work, ReadingRole role) {
        return new Reading(work, role, null, null);
    }

    /** The work's id. */
    public String id() {
        return work.id();
    }

    /** The work's title. */
    public String title() {
        return work.name();
    }

    /** Paper or resource. */
    public NodeKind kind() {
        return work.kind();
    }

    /** The work's arXiv id, or null. */
    public String arxiv() {
        return work.arxiv();
    }

    /** Where to read it: the URL, or the arXiv page; null when neither is known. */
    public String url() {
        return work.link();
    }

    /**
     * The time this reading takes: the part's minutes when the edge gives them, else the whole work's (null for a
     * named part without minutes, or a work without an estimate).
     */
    public Integer minutes() {
        if (partMinutes != null) {
            return partMinutes;
        }
        return part == null ? work.minutes() : null;
    }

    /** True when the work as a whole is long (over {@link #LONG_WORK_MINUTES}): a book, a course. */
    public boolean isLongWork() {
        return work.minutes() != null && work.minutes() > LONG_WORK_MINUTES;
    }

    /** True for a long work read whole, without a part or part minutes. */
    public boolean isWholeLongWork() {
        return partMinutes == null && part == null && isLongWork();
    }

    /** True when the reading times a step: its minutes are known and it is not a whole long work. */
    public boolean isTimed() {
        return minutes() != null && !isWholeLongWork();
    }

    /**
     * What makes two readings the same thing to read: the work and its named part, or the work alone when it is
     * read whole. Null when it cannot be told: a part without a name, or a whole long work (its step is timed by
     * an estimate of the part the concept needs, which is unknown).
     */
    public String sameReadingKey() {
        if (part != null) {
            return work.id() + "\n" + part;
        }
        return partMinutes == null && !isWholeLongWork() ? work.id() : null;
    }
}
