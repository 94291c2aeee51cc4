package org.mlatlas.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Node;

/**
 * Lookups of nodes by id, arXiv id, URL, label (name, title, alias) and question, for matching imports. Every
 * lookup costs about the same however many nodes the index holds (hash and sorted maps, and a trigram index
 * for near-equal labels), so an import's matching time grows linearly with its size.
 */
final class GraphIndex {
    /** Labels longer than this many words are not looked for inside a text (no curated name is that long). */
    private static final int MAX_MENTION_WORDS = 30;

    private final Map<String, Node> byId = new HashMap<>();
    private final Map<String, String> byArxiv = new HashMap<>();
    private final Map<String, String> byUrl = new HashMap<>();
    private final Map<String, List<String>> byLabel = new HashMap<>();
    /** The same lists as {@link #byLabel}, in the order of their labels: for labels that start with a text. */
    private final java.util.NavigableMap<String, List<String>> byLabelSorted = new java.util.TreeMap<>();
    private final Map<String, List<String>> byQuestion = new HashMap<>();
    /**
     * The labels of the graph the index was made from, by trigram ({@link #trigram}): candidates for near-equal
     * labels. Each list is in ascending order of label number, so of label length ({@link #baseLabels}).
     */
    private final int[][] baseLabelsByTrigram = new int[TRIGRAMS][];
    /** Every label's words but its last, and so on: {@link #mentioned} stops at a run of words no label starts with. */
    private final java.util.Set<String> labelStarts = new java.util.HashSet<>();
    /** The graph's labels, numbered for {@link #baseLabelsByTrigram}: shortest first. */
    private final String[] baseLabels;
    /** Scratch counts of shared trigrams per base label, and the labels counted (one lookup at a time). */
    private final int[] sharedCounts;
    private final int[] touched;
    /** For each length up to the longest base label's plus one, the number of the first base label that long or longer. */
    private final int[] firstOfLength;

    /**
     * An index of a graph's nodes. Nodes added later (those an import creates) are found by every lookup but
     * {@link #similar}'s near-equal labels, which look only at the graph's own labels.
     */
    GraphIndex(Iterable<Node> nodes) {
        nodes.forEach(this::add);
        baseLabels = byLabelSorted.keySet().toArray(String[]::new);
        java.util.Arrays.sort(baseLabels, java.util.Comparator.comparingInt(String::length)); // stable: then alphabetical
        sharedCounts = new int[baseLabels.length];
        touched = new int[baseLabels.length];
        int longestLabel = baseLabels.length == 0 ? 0 : baseLabels[baseLabels.length - 1].length();
        firstOfLength = new int[longestLabel + 2];
        for (int length = 0, l = 0; length < firstOfLength.length; length++) {
            while (l < baseLabels.length && baseLabels[l].length() < length) {
                l++;
            }
            firstOfLength[length] = l;
        }
        int[] count = new int[TRIGRAMS];
        int[][] mine = new int[baseLabels.length][];
        for (int l = 0; l < baseLabels.length; l++) {
            mine[l] = trigrams(baseLabels[l]);
            for (int trigram : mine[l]) {
                count[trigram]++;
            }
        }
        for (int g = 0; g < TRIGRAMS; g++) {
            baseLabelsByTrigram[g] = count[g] == 0 ? NONE : new int[count[g]];
            count[g] = 0;
        }
        for (int l = 0; l < baseLabels.length; l++) {
            for (int trigram : mine[l]) {
                baseLabelsByTrigram[trigram][count[trigram]++] = l;
            }
        }
    }

    /** Adds (or replaces) a node; a node added again indexes only the names and questions it did not have. */
    void add(Node n) {
        Node before = byId.put(n.id(), n);
        if (n.arxiv() != null) {
            byArxiv.putIfAbsent(n.arxiv(), n.id());
        }
        if (n.url() != null) {
            byUrl.putIfAbsent(normalizeUrl(n.url()), n.id());
            Links.arxivId(n.url()).ifPresent(a -> byArxiv.putIfAbsent(a, n.id()));
        }
        if (before == null || !before.name().equals(n.name())) {
            label(byLabel, n.name(), n.id());
        }
        java.util.Set<String> oldAliases = before == null ? java.util.Set.of() : new java.util.HashSet<>(before.aliases());
        java.util.Set<String> oldQuestions = before == null ? java.util.Set.of() : new java.util.HashSet<>(before.questions());
        n.aliases().stream().filter(a -> !oldAliases.contains(a)).forEach(a -> label(byLabel, a, n.id()));
        n.questions().stream().filter(q -> !oldQuestions.contains(q)).forEach(q -> label(byQuestion, q, n.id()));
    }

    /**
     * Indexes what merging items into an indexed node added to it: {@code node} is the node as merged so far
     * (its lists may lag: {@link MergedNode#head}), {@code newAliases} and {@code newQuestions} what the merges
     * added since it was last indexed. The same as {@link #add} of the whole merged node, without going through
     * everything the node had.
     */
    void extend(Node node, List<String> newAliases, List<String> newQuestions) {
        byId.put(node.id(), node);
        if (node.arxiv() != null) {
            byArxiv.putIfAbsent(node.arxiv(), node.id());
        }
        if (node.url() != null) {
            byUrl.putIfAbsent(normalizeUrl(node.url()), node.id());
            Links.arxivId(node.url()).ifPresent(a -> byArxiv.putIfAbsent(a, node.id()));
        }
        newAliases.forEach(a -> label(byLabel, a, node.id()));
        newQuestions.forEach(q -> label(byQuestion, q, node.id()));
    }

    private void label(Map<String, List<String>> index, String text, String id) {
        String key = NameMatcher.normalize(text);
        if (!key.isEmpty()) {
            List<String> ids = index.get(key);
            if (ids == null) {
                ids = new ArrayList<>(1);
                index.put(key, ids);
                if (index == byLabel) {
                    byLabelSorted.put(key, ids);
                    for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
                        labelStarts.add(key.substring(0, space));
                    }
                }
            }
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
        java.util.Set<String> hits = new java.util.LinkedHashSet<>();
        if (t.split(" ").length >= 3) {
            for (List<String> ids : byLabelSorted.subMap(t + " ", true, t + " \uffff", true).values()) {
                hits.addAll(ids);
                if (hits.size() > 1) {
                    return Optional.empty();
                }
            }
        }
        int edits = Math.max(1, t.length() / 12);
        for (String label : nearLabels(t, edits)) {
            if (Math.abs(label.length() - t.length()) <= 2 && editDistance(label, t) <= edits) {
                hits.addAll(byLabel.get(label));
                if (hits.size() > 1) {
                    return Optional.empty();
                }
            }
        }
        return hits.size() == 1 ? id(hits.iterator().next()) : Optional.empty();
    }

    /**
     * The graph's labels that may be within {@code edits} edits of {@code t}: an edit changes at most three of a
     * string's trigrams, so such a label shares all but {@code 3 * edits} of {@code t}'s distinct trigrams. Only
     * labels at most two characters longer or shorter are counted: a binary search finds them in each trigram's
     * list, which is in order of length.
     */
    private List<String> nearLabels(String t, int edits) {
        int[] mine = trigrams(t);
        int needed = mine.length - 3 * edits;
        int shortest = firstOfLength(t.length() - 2);
        int longest = firstOfLength(t.length() + 3);
        int count = 0;
        for (int trigram : mine) {
            int[] labels = baseLabelsByTrigram[trigram];
            int i = java.util.Arrays.binarySearch(labels, shortest);
            for (i = i < 0 ? -i - 1 : i; i < labels.length && labels[i] < longest; i++) {
                if (sharedCounts[labels[i]]++ == 0) {
                    touched[count++] = labels[i];
                }
            }
        }
        List<String> near = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int label = touched[k];
            if (sharedCounts[label] >= needed) {
                near.add(baseLabels[label]);
            }
            sharedCounts[label] = 0;
        }
        return near;
    }

    /** The number of the first base label at least {@code length} characters long (or their count). */
    private int firstOfLength(int length) {
        return firstOfLength[Math.max(0, Math.min(length, firstOfLength.length - 1))];
    }

    private static final int[] NONE = new int[0];
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("(?i)^https?://");
    private static final java.util.regex.Pattern WWW = java.util.regex.Pattern.compile("(?i)^www\\.");

    /** Trigrams are numbered from the three characters of a {@link NameMatcher#normalize}d text: a-z, 0-9, space. */
    private static final int SYMBOLS = 37;
    private static final int TRIGRAMS = SYMBOLS * SYMBOLS * SYMBOLS;

    /** The distinct trigrams of a normalized text, by number, in ascending order. */
    private static int[] trigrams(String s) {
        if (s.length() < 3) {
            return NONE;
        }
        int[] grams = new int[s.length() - 2];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = trigram(s.charAt(i), s.charAt(i + 1), s.charAt(i + 2));
        }
        java.util.Arrays.sort(grams);
        int n = 0;
        for (int i = 0; i < grams.length; i++) {
            if (i == 0 || grams[i] != grams[i - 1]) {
                grams[n++] = grams[i];
            }
        }
        return n == grams.length ? grams : java.util.Arrays.copyOf(grams, n);
    }

    private static int trigram(char a, char b, char c) {
        return (symbol(a) * SYMBOLS + symbol(b)) * SYMBOLS + symbol(c);
    }

    private static int symbol(char c) {
        if (c >= 'a' && c <= 'z') {
            return 11 + c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 1 + c - '0';
        }
        if (c == ' ') {
            return 0;
        }
        throw new IllegalArgumentException("not a normalized label: a '" + c + "'");
    }

    /**
     * The node a text mentions: a label of two words or more anywhere in it, or a one-word label of at least
     * three letters that starts it (six letters elsewhere). A label at the start wins, then the longer one;
     * every node with the best label.
     */
    List<Node> mentioned(String text) {
        String normalized = NameMatcher.normalize(text);
        if (normalized.isEmpty()) {
            return List.of();
        }
        String[] words = normalized.split(" ");
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int start = 0; start < words.length; start++) {
            StringBuilder label = new StringBuilder();
            for (int end = start; end < words.length && end - start < MAX_MENTION_WORDS; end++) {
                label.append(end == start ? "" : " ").append(words[end]);
                String l = label.toString();
                boolean several = end > start;
                boolean atStart = start == 0;
                if (byLabel.containsKey(l) && (several || atStart && l.length() >= 3 || l.length() >= 6)) {
                    int rank = (atStart ? 0 : 1_000) + (several ? 0 : 500) - l.length();
                    if (rank < bestRank) {
                        bestRank = rank;
                        best = l;
                    }
                }
                if (!labelStarts.contains(l)) {
                    break; // no label goes on with more words
                }
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
        u = WWW.matcher(SCHEME.matcher(u).replaceFirst("")).replaceFirst("");
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
