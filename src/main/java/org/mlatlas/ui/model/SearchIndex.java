package org.mlatlas.ui.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Node;

/** Search-box completion over names, aliases, ids and titles: exact, then prefix, then word, then contains, then typos. */
final class SearchIndex {
    private SearchIndex() {
    }

    static List<Node> complete(Collection<Node> nodes, String text, int limit) {
        String q = normalize(text);
        if (q.isEmpty()) {
            return List.of();
        }
        record Hit(Node node, int rank, int length) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Node n : nodes) {
            int best = Integer.MAX_VALUE;
            List<String> labels = new ArrayList<>(n.aliases());
            labels.add(0, n.name());
            labels.add(n.id());
            for (String label : labels) {
                String l = normalize(label);
                int rank = l.equals(q) ? 0 : l.startsWith(q) ? 1 : (" " + l).contains(" " + q) ? 2 : l.contains(q) ? 3 : 9;
                best = Math.min(best, rank);
            }
            if (best < 9) {
                hits.add(new Hit(n, best, n.name().length()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparingInt(Hit::length).thenComparing(h -> h.node().id()));
        Set<Node> out = new LinkedHashSet<>();
        hits.stream().limit(limit).forEach(h -> out.add(h.node()));
        if (out.size() < limit) {
            out.addAll(new NameMatcher(nodes).suggest(text, limit - out.size()));
        }
        return out.stream().limit(limit).toList();
    }

    /**
     * The ids of every node whose name, an alias or its id contains {@code text} (ignoring case, accents and
     * punctuation): what the canvas highlights while the user types.
     */
    static Set<String> matching(Collection<Node> nodes, String text) {
        String q = normalize(text);
        Set<String> ids = new LinkedHashSet<>();
        if (q.isEmpty()) {
            return ids;
        }
        for (Node n : nodes) {
            if (normalize(n.name()).contains(q) || normalize(n.id()).contains(q)
                    || n.aliases().stream().anyMatch(a -> normalize(a).contains(q))) {
                ids.add(n.id());
            }
        }
        return ids;
    }

    private static String normalize(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
