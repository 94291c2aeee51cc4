package org.mlatlas.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Node;

/**
 * A node that many items of a source are merged into, one after another: the same values as folding
 * {@link NodeMerge#fill} over them, in time proportional to what each item brings rather than to what the node
 * has gathered so far. (Folding {@code fill} copies the node's lists and notes at every item: a node named by
 * thousands of lines of a large notes file made the import quadratic in time and, through the copies kept,
 * in memory.)
 *
 * <p>{@link #node()} is the merged node, built when asked for after a change. {@link #head()} is cheaper: the
 * node with its id, kind, name, flags and single values as merged so far, but lists and notes as when last built;
 * for lookups that look only at those.
 */
final class MergedNode {
    /** Notes shorter than this are searched directly; longer ones through a {@link Substrings} index. */
    private static final int INDEX_NOTES_FROM = 4096;

    private Node head;
    private Node built;
    private final Items aliases;
    private final Items questions;
    private final Items candidates;
    private final Notes notes;
    private List<String> authors;

    MergedNode(Node base) {
        head = base;
        built = base;
        aliases = new Items(base.aliases());
        questions = new Items(base.questions());
        candidates = new Items(base.candidates());
        notes = new Notes(base.notes());
        authors = base.authors();
    }

    /**
     * Merges {@code extra} in as {@code NodeMerge.fill(node(), extra)} would.
     *
     * @param newAliases   where to add the aliases the node gains, in order (or null)
     * @param newQuestions where to add the questions the node gains, in order (or null)
     * @return true when the node changed
     */
    boolean fill(Node extra, List<String> newAliases, List<String> newQuestions) {
        boolean listsChanged = aliases.union(extra.aliases(), newAliases);
        listsChanged |= questions.union(extra.questions(), newQuestions);
        listsChanged |= candidates.union(extra.candidates(), null);
        listsChanged |= notes.append(extra.notes());
        if (authors.isEmpty() && !extra.authors().isEmpty()) {
            authors = extra.authors();
            listsChanged = true;
        }
        Node h = head;
        boolean headChanged = h.summary() == null && extra.summary() != null
                || !h.fromNotes() && extra.fromNotes() || !h.known() && extra.known()
                || h.minutes() == null && extra.minutes() != null || h.year() == null && extra.year() != null
                || h.venue() == null && extra.venue() != null || h.arxiv() == null && extra.arxiv() != null
                || h.url() == null && extra.url() != null || h.resourceType() == null && extra.resourceType() != null
                || h.by() == null && extra.by() != null || !h.milestone() && extra.milestone()
                || h.area() == null && extra.area() != null;
        if (headChanged) {
            head = h.toBuilder().summary(or(h.summary(), extra.summary())).fromNotes(h.fromNotes() || extra.fromNotes())
                    .known(h.known() || extra.known()).minutes(or(h.minutes(), extra.minutes()))
                    .year(or(h.year(), extra.year())).venue(or(h.venue(), extra.venue())).arxiv(or(h.arxiv(), extra.arxiv()))
                    .url(or(h.url(), extra.url())).resourceType(or(h.resourceType(), extra.resourceType()))
                    .by(or(h.by(), extra.by())).milestone(h.milestone() || extra.milestone()).area(or(h.area(), extra.area()))
                    .build();
        }
        if (headChanged || listsChanged) {
            built = null;
            return true;
        }
        return false;
    }

    /** The merged node. */
    Node node() {
        if (built == null) {
            built = head.toBuilder().aliases(aliases.list()).questions(questions.list()).candidates(candidates.list())
                    .notes(notes.value()).authors(authors).build();
            head = built;
        }
        return built;
    }

    /** The node's id, kind, name, flags and single values as merged so far; its lists and notes may lag. */
    Node head() {
        return head;
    }

    /** The merged aliases (a view). */
    List<String> aliases() {
        return aliases.view();
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }

    /** A list merged as {@code NodeMerge.union} merges: new items kept unless spelled like one it has. */
    private static final class Items {
        private List<String> items;
        private List<String> copy;
        private Set<String> exact;
        private Set<String> keys;

        Items(List<String> items) {
            this.items = items;
            this.copy = items;
        }

        boolean union(List<String> more, List<String> added) {
            if (more.isEmpty()) {
                return false;
            }
            if (exact == null) {
                exact = new HashSet<>(items);
            }
            if (exact.containsAll(more)) {
                return false;
            }
            boolean changed = false;
            if (keys == null) {
                // the first time something may be added: the list loses repeats, as union's LinkedHashSet does
                keys = new HashSet<>();
                items.forEach(x -> keys.add(NameMatcher.normalize(x)));
                List<String> distinct = new ArrayList<>(new LinkedHashSet<>(items));
                changed = distinct.size() != items.size();
                items = distinct;
            }
            for (String s : more) {
                if (keys.add(NameMatcher.normalize(s))) {
                    items.add(s);
                    exact.add(s);
                    if (added != null) {
                        added.add(s);
                    }
                    changed = true;
                }
            }
            if (changed) {
                copy = null;
            }
            return changed;
        }

        List<String> list() {
            if (copy == null) {
                copy = List.copyOf(items);
            }
            return copy;
        }

        List<String> view() {
            return Collections.unmodifiableList(items);
        }
    }

    /** Notes merged as {@code NodeMerge.note} merges: a note is appended on a new line unless they contain it. */
    private static final class Notes {
        private StringBuilder text;
        private boolean blank;
        private String value;
        private Substrings index;

        Notes(String notes) {
            value = notes;
            text = notes == null ? null : new StringBuilder(notes);
            blank = notes == null || notes.isBlank();
        }

        boolean append(String note) {
            if (note == null || note.isBlank() || text != null && contains(note)) {
                return false;
            }
            if (blank) {
                text = new StringBuilder(note);
                index = null;
                blank = false;
            } else {
                text.append('\n').append(note);
                if (index != null) {
                    index.append("\n");
                    index.append(note);
                }
            }
            value = null;
            return true;
        }

        private boolean contains(String note) {
            if (text.length() < INDEX_NOTES_FROM) {
                return text.indexOf(note) >= 0;
            }
            if (index == null) {
                index = new Substrings();
                index.append(text);
            }
            return index.contains(note);
        }

        String value() {
            if (value == null && text != null) {
                value = text.toString();
            }
            return value;
        }
    }
}
