package org.mlatlas.domain;

import java.util.List;
import java.util.Objects;

/**
 * A concept, paper or resource. Fields that do not apply to a kind are null or empty (a concept has no
 * authors). Relationships are held apart, in {@link Relation}s.
 *
 * @param id           stable id ({@link NodeId})
 * @param kind         concept, paper or resource
 * @param name         a concept's name, or a paper's or resource's title
 * @param aliases      other names and abbreviations ("RLHF")
 * @param summary      one to three sentences in the project's own words, or null
 * @param notes        the user's own remark, verbatim, or null
 * @param fromNotes    true when the item comes from the user's reading notes
 * @param known        true when the user knows the concept or has read the paper
 * @param questions    questions from the notes that this node answers
 * @param candidates   for an unresolved item, the ids it may refer to
 * @param minutes      estimated reading (or learning) time in minutes, or null
 * @param authors      a paper's authors, in order
 * @param year         year of publication, or null
 * @param venue        where a paper appeared, or null
 * @param arxiv        a paper's arXiv id without version, or null
 * @param url          where to read it, or null
 * @param resourceType a resource's type (blog, video, repo, docs, book, course, site, slides), or null
 * @param by           a resource's author or publisher, or null
 */
public record Node(String id, NodeKind kind, String name, List<String> aliases, String summary, String notes,
                   boolean fromNotes, boolean known, List<String> questions, List<String> candidates,
                   Integer minutes, List<String> authors, Integer year, String venue, String arxiv, String url,
                   String resourceType, String by) {

    /** The resource types graph-data accepts. */
    public static final List<String> RESOURCE_TYPES = List.of("blog", "video", "repo", "docs", "book", "course", "site", "slides");

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        questions = List.copyOf(questions == null ? List.of() : questions);
        candidates = List.copyOf(candidates == null ? List.of() : candidates);
        authors = List.copyOf(authors == null ? List.of() : authors);
    }

    /** A concept with just an id and a name. */
    public static Node concept(String id, String name) {
        return new Node(id, NodeKind.CONCEPT, name, List.of(), null, null, false, false, List.of(), List.of(),
                null, List.of(), null, null, null, null, null, null);
    }

    /** A paper with just an id, a title and a reading time. */
    public static Node paper(String id, String title, Integer minutes) {
        return new Node(id, NodeKind.PAPER, title, List.of(), null, null, false, false, List.of(), List.of(),
                minutes, List.of(), null, null, null, null, null, null);
    }

    /** A copy with {@code known} set. */
    public Node withKnown(boolean value) {
        return new Node(id, kind, name, aliases, summary, notes, fromNotes, value, questions, candidates, minutes,
                authors, year, venue, arxiv, url, resourceType, by);
    }

    /** A copy with the user's note replaced. */
    public Node withNotes(String value) {
        return new Node(id, kind, name, aliases, summary, value, fromNotes, known, questions, candidates, minutes,
                authors, year, venue, arxiv, url, resourceType, by);
    }

    /** A copy with these aliases. */
    public Node withAliases(List<String> value) {
        return new Node(id, kind, name, value, summary, notes, fromNotes, known, questions, candidates, minutes,
                authors, year, venue, arxiv, url, resourceType, by);
    }

    /** The address to open: the URL, or the arXiv abstract page. */
    public String link() {
        if (url != null) {
            return url;
        }
        return arxiv == null ? null : "https://arxiv.org/abs/" + arxiv;
    }
}
