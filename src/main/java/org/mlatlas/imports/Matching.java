package org.mlatlas.imports;

/** How far the importer may go to find the existing node a proposed node stands for. */
public enum Matching {
    /** Only a node with the same id (data that brings its own ids: graph-data JSON, Cora). */
    ID,
    /** Same id, then same arXiv id, then same URL; never by title (lectures: many are called "Introduction"). */
    URL,
    /** Same id, then same arXiv id, then same URL, then the same name, title or alias (ignoring case and punctuation). */
    EXACT,
    /**
     * As {@link #EXACT}, then a node of any kind whose question is this text, a title that this text starts
     * (a short title in notes), a near spelling, or a name mentioned in the text (hand-written notes).
     */
    SIMILAR,
    /**
     * For the concepts of another curated prerequisite graph (Metacademy): the same id, or an existing concept
     * of the same meaning: its id or name spelled alike (hyphens, underscores, case, punctuation, singular or
     * plural) or, when nothing stronger claims it, one of its aliases; near misses are reported, not merged
     * ({@link MeaningMatcher}).
     */
    MEANING
}
