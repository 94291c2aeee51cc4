package org.mlatlas.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Node;

/** Lookups of nodes by id, arXiv id, URL, label (name, title, alias) and question, for matching imports. */
final class GraphIndex {
    private final Map<String, Node> byId = new HashMap<>();
    private final Map<String, String> byArxiv = new HashMap<>();
    private final Map<String, String> byUrl = new HashMap<>();
    private final Map<String, List<String>> byLabel = new HashMap<>();
    private final Map<String, List<String>> byQuestion = new HashMap<>();

    GraphIndex(Iterable<Node> nodes) {
        nodes.forEach(this::add);
    }

    /** Adds (or replaces) a node. */
    void add(Node n) {
        byId.put(n.id(), n);
        if (n.arxiv() != null) {
            byArxiv.putIfAbsent(n.arxiv(), n.id());
        }
        if (n.url() != null) {
            byUrl.putIfAbsent(normalizeUrl(n.url()), n.id());
            Links.arxivId(n.url()).ifPresent(a -> byArxiv.putIfAbsent(a, n.id()));
        }
        label(byLabel, n.name(), n.id());
        n.aliases().forEach(a -> label(byLabel, a, n.id()));
        n.questions().forEach(q -> label(byQuestion, q, n.id()));
    }

    private static void label(Map<String, List<String>> index, String text, String id) {
        String key = NameMatcher.normalize(text);
        if (!key.isEmpty()) {
            List<String> ids = index.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
    }

    Optional<Node> id(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Node> arxiv(String arxiv) {
        return arxiv == null ? Optional.empty() : id(byArxiv.getOrDefault(arxiv, ""));
    }

    Optional<Node> url(String url) {
        return url == null ? Optional.empty() : id(byUrl.getOrDefault(normalizeUrl(url), ""));
    }

    /** Nodes with this name, title or alias (ignoring case, accents and punctuation). */
    List<Node> label(String text) {
        return byLabel.getOrDefault(NameMatcher.normalize(text), List.of()).stream().map(byId::get).toList();
    }

    /** Nodes that list this question. */
    List<Node> question(String text) {
        return byQuestion.getOrDefault(NameMatcher.normalize(text), List.of()).stream().map(byId::get).toList();
    }

    /**
     * The one node whose title this text starts (at least three words: a title shortened in notes) or whose
     * label is within a few edits of it; empty when none or several.
     */
    Optional<Node> similar(String text) {
        String t = NameMatcher.normalize(text);
        if (t.length() < 8) {
            return Optional.empty();
        }
        List<String> hits = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byLabel.entrySet()) {
            String label = e.getKey();
            boolean prefix = t.split(" ").length >= 3 && label.startsWith(t + " ");
            boolean close = Math.abs(label.length() - t.length()) <= 2 && editDistance(label, t) <= Math.max(1, t.length() / 12);
            if (prefix || close) {
                e.getValue().stream().filter(id -> !hits.contains(id)).forEach(hits::add);
            }
        }
        return hits.size() == 1 ? id(hits.get(0)) : Optional.empty();
    }

    /**
     * The node a text mentions: a label of two words or more anywhere in it, or a one-word label of at least
     * three letters that starts it (six letters elsewhere). A label at the start wins, then the longer one;
     * every node with the best label.
     */
    List<Node> mentioned(String text) {
        String t = " " + NameMatcher.normalize(text) + " ";
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String label : byLabel.keySet()) {
            int at = t.indexOf(" " + label + " ");
            if (at < 0) {
                continue;
            }
            boolean words = label.contains(" ");
            boolean start = at == 0;
            if (!words && !(start && label.length() >= 3) && label.length() < 6) {
                continue;
            }
            int rank = (start ? 0 : 1_000) + (words ? 0 : 500) - label.length();
            if (rank < bestRank) {
                bestRank = rank;
                best = label;
            }
        }
        return best == null ? List.of() : byLabel.get(best).stream().map(byId::get).toList();
    }

    /** A URL reduced to what identifies the page: no scheme, no www., no fragment, no trailing slash. */
    static String normalizeUrl(String url) {
        String u = url.trim();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        u = u.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        int slash = u.indexOf('/');
        return slash < 0 ? u.toLowerCase(Locale.ROOT) : u.substring(0, slash).toLowerCase(Locale.ROOT) + u.substring(slash);
    }

    /** Levenshtein distance (insertions, deletions, substitutions), for title similarity. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
