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
        return new Node(base.id(), base.kind(), base.name(), union(base.aliases(), extra.aliases()),
                or(base.summary(), extra.summary()), note(base.notes(), extra.notes()),
                base.fromNotes() || extra.fromNotes(), base.known() || extra.known(),
                union(base.questions(), extra.questions()), union(base.candidates(), extra.candidates()),
                or(base.minutes(), extra.minutes()), base.authors().isEmpty() ? extra.authors() : base.authors(),
                or(base.year(), extra.year()), or(base.venue(), extra.venue()), or(base.arxiv(), extra.arxiv()),
                or(base.url(), extra.url()), or(base.resourceType(), extra.resourceType()), or(base.by(), extra.by()));
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

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        for (String s : b) {
            String n = org.mlatlas.domain.NameMatcher.normalize(s);
            if (all.stream().noneMatch(x -> org.mlatlas.domain.NameMatcher.normalize(x).equals(n))) {
                all.add(s);
            }
        }
        return List.copyOf(all);
    }
}
