package org.mlatlas.domain;

import java.util.List;
import java.util.Objects;

/**
 * A concept, paper or resource. Fields that do not apply to a kind are null or empty (a concept has no
 * authors). Relationships are held apart, in {@link Relation}s. Build one with {@link #builder}; change a copy
 * with {@link #toBuilder} or a {@code with...} method.
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
 * @param milestone    true for a concept a learner recognises as a stage ("deep learning basics"): knowing it
 *                     means knowing its whole prerequisite closure
 * @param area         the topic area the node belongs to (the graph-data file or the import it came from), or null
 * @param firstReading for a concept, the id of the reading a learner should start with (it explains the concept),
 *                     chosen by a curator over the planner's default choice; or null
 */
public record Node(String id, NodeKind kind, String name, List<String> aliases, String summary, String notes,
                   boolean fromNotes, boolean known, List<String> questions, List<String> candidates,
                   Integer minutes, List<String> authors, Integer year, String venue, String arxiv, String url,
                   String resourceType, String by, boolean milestone, String area, String firstReading) {

    /** The resource types graph-data accepts. */
    public static final List<String> RESOURCE_TYPES = List.of("blog", "video", "repo", "docs", "book", "course", "site", "slides");

    /**
     * The longest name, title or alias: a longer one is a broken field, not a name (and the index of names refuses
     * values past about 32 KB, with Neo4j's own error).
     */
    public static final int MAX_NAME = 1_000;

    /** Why this node's name or one of its aliases is too long, in a sentence quoting its start; empty when none is. */
    public java.util.Optional<String> whyNameTooLong() {
        if (name.length() > MAX_NAME) {
            return java.util.Optional.of(tooLong("a name or title", name));
        }
        return aliases.stream().filter(a -> a.length() > MAX_NAME).findFirst().map(a -> tooLong("an alias", a));
    }

    /**
     * Why this node's name or aliases cannot be stored as they are (too long, or not one line of text), in a sentence;
     * empty when they can.
     */
    public java.util.Optional<String> whyNameRefused() {
        return whyNameTooLong().or(this::whyNameHasControlCharacters);
    }

    /**
     * Why this node's name or one of its aliases holds a line break or another control character, in a sentence
     * naming the character and where it is; empty when none does. A name is one line: a line break in it would
     * print as a line of output the graph never said.
     */
    private java.util.Optional<String> whyNameHasControlCharacters() {
        java.util.Optional<String> inName = controlCharacter("a name or title", name);
        if (inName.isPresent()) {
            return inName;
        }
        return aliases.stream().map(a -> controlCharacter("an alias", a)).flatMap(java.util.Optional::stream).findFirst();
    }

    private static java.util.Optional<String> controlCharacter(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                String shown = c == '\n' ? "a line break" : c == '\t' ? "a tab" : String.format("the control character U+%04X", (int) c);
                return java.util.Optional.of(what + " holds " + shown + " at character " + (i + 1) + "; names are one line of text");
            }
        }
        return java.util.Optional.empty();
    }

    private static String tooLong(String what, String text) {
        return what + " of " + String.format("%,d", text.length()) + " characters (at most " + String.format("%,d", MAX_NAME)
                + "): \"" + text.substring(0, 40) + "...\"";
    }

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        questions = List.copyOf(questions == null ? List.of() : questions);
        candidates = List.copyOf(candidates == null ? List.of() : candidates);
        authors = List.copyOf(authors == null ? List.of() : authors);
        if (minutes != null && minutes < 0) {
            throw new IllegalArgumentException("minutes must be 0 or more, not " + minutes + " (" + id + ")");
        }
    }

    /** A builder for a node with this id, kind and name; every other field starts empty. */
    public static Builder builder(String id, NodeKind kind, String name) {
        return new Builder(id, kind, name);
    }

    /** A concept with just an id and a name. */
    public static Node concept(String id, String name) {
        return builder(id, NodeKind.CONCEPT, name).build();
    }

    /** A paper with just an id, a title and a reading time. */
    public static Node paper(String id, String title, Integer minutes) {
        return builder(id, NodeKind.PAPER, title).minutes(minutes).build();
    }

    /** A builder holding this node's values. */
    public Builder toBuilder() {
        return new Builder(id, kind, name).aliases(aliases).summary(summary).notes(notes).fromNotes(fromNotes)
                .known(known).questions(questions).candidates(candidates).minutes(minutes).authors(authors)
                .year(year).venue(venue).arxiv(arxiv).url(url).resourceType(resourceType).by(by)
                .milestone(milestone).area(area).firstReading(firstReading);
    }

    /** A copy with {@code known} set. */
    public Node withKnown(boolean value) {
        return toBuilder().known(value).build();
    }

    /** A copy with the user's note replaced. */
    public Node withNotes(String value) {
        return toBuilder().notes(value).build();
    }

    /** A copy with these aliases. */
    public Node withAliases(List<String> value) {
        return toBuilder().aliases(value).build();
    }

    /** A copy with another id. */
    public Node withId(String value) {
        return toBuilder().id(value).build();
    }

    /** A copy in this topic area. */
    public Node withArea(String value) {
        return toBuilder().area(value).build();
    }

    /** The address to open: the URL, or the arXiv abstract page. */
    public String link() {
        if (url != null) {
            return url;
        }
        return arxiv == null ? null : "https://arxiv.org/abs/" + arxiv;
    }

    /** Builds a {@link Node}; lists default to empty, everything else to null or false. */
    public static final class Builder {
        private String id;
        private final NodeKind kind;
        private String name;
        private List<String> aliases = List.of();
        private String summary;
        private String notes;
        private boolean fromNotes;
        private boolean known;
        private List<String> questions = List.of();
        private List<String> candidates = List.of();
        private Integer minutes;
        private List<String> authors = List.of();
        private Integer year;
        private String venue;
        private String arxiv;
        private String url;
        private String resourceType;
        private String by;
        private boolean milestone;
        private String area;
        private String firstReading;

        private Builder(String id, NodeKind kind, String name) {
            this.id = id;
            this.kind = kind;
            this.name = name;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder aliases(List<String> value) {
            aliases = value;
            return this;
        }

        public Builder summary(String value) {
            summary = value;
            return this;
        }

        public Builder notes(String value) {
            notes = value;
            return this;
        }

        public Builder fromNotes(boolean value) {
            fromNotes = value;
            return this;
        }

        public Builder known(boolean value) {
            known = value;
            return this;
        }

        public Builder questions(List<String> value) {
            questions = value;
            return this;
        }

        public Builder candidates(List<String> value) {
            candidates = value;
            return this;
        }

        public Builder minutes(Integer value) {
            minutes = value;
            return this;
        }

        public Builder authors(List<String> value) {
            authors = value;
            return this;
        }

        public Builder year(Integer value) {
            year = value;
            return this;
        }

        public Builder venue(String value) {
            venue = value;
            return this;
        }

        public Builder arxiv(String value) {
            arxiv = value;
            return this;
        }

        public Builder url(String value) {
            url = value;
            return this;
        }

        public Builder resourceType(String value) {
            resourceType = value;
            return this;
        }

        public Builder by(String value) {
            by = value;
            return this;
        }

        public Builder milestone(boolean value) {
            milestone = value;
            return this;
        }

        public Builder area(String value) {
            area = value;
            return this;
        }

        public Builder firstReading(String value) {
            firstReading = value;
            return this;
        }

        public Node build() {
            return new Node(id, kind, name, aliases, summary, notes, fromNotes, known, questions, candidates, minutes,
                    authors, year, venue, arxiv, url, resourceType, by, milestone, area, firstReading);
        }
    }
}
