package org.mlatlas.imports;

import java.util.LinkedHashSet;
import java.util.List;
import org.mlatlas.domain.Node;

/** Merges what a source says about a node into what the graph already holds, without losing either. */
final class NodeMerge {
    private NodeMerge() {
    }

    /**
     * {@code base} with its missing fields taken from {@code extra}: lists joined (no repeats), flags or-ed, and
     * {@code extra}'s note appended when {@code base}'s note does not already contain it. Id, kind and name
     * stay {@code base}'s.
     */
    static Node fill(Node base, Node extra) {
        return base.toBuilder().aliases(union(base.aliases(), extra.aliases()))
                .summary(or(base.summary(), extra.summary())).notes(note(base.notes(), extra.notes()))
                .fromNotes(base.fromNotes() || extra.fromNotes()).known(base.known() || extra.known())
                .questions(union(base.questions(), extra.questions())).candidates(union(base.candidates(), extra.candidates()))
                .minutes(or(base.minutes(), extra.minutes())).authors(base.authors().isEmpty() ? extra.authors() : base.authors())
                .year(or(base.year(), extra.year())).venue(or(base.venue(), extra.venue())).arxiv(or(base.arxiv(), extra.arxiv()))
                .url(or(base.url(), extra.url())).resourceType(or(base.resourceType(), extra.resourceType()))
                .by(or(base.by(), extra.by())).milestone(base.milestone() || extra.milestone()).area(or(base.area(), extra.area()))
                .build();
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }

    private static String note(String a, String b) {
        if (b == null || b.isBlank() || (a != null && a.contains(b))) {
            return a;
        }
        return a == null || a.isBlank() ? b : a + "\n" + b;
    }

    /** {@code a} then the items of {@code b} that are not already in it (ignoring case, accents, punctuation). */
    private static List<String> union(List<String> a, List<String> b) {
        if (b.isEmpty() || new java.util.HashSet<>(a).containsAll(b)) {
            return a;
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        a.forEach(x -> keys.add(org.mlatlas.domain.NameMatcher.normalize(x)));
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        for (String s : b) {
            if (keys.add(org.mlatlas.domain.NameMatcher.normalize(s))) {
                all.add(s);
            }
        }
        return List.copyOf(all);
    }
}
