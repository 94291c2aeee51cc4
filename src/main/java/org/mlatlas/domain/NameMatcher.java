package org.mlatlas.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds nodes by what a person types: an id, a name, an alias or a title, with typos. Used to resolve a
 * command's argument ("DPO" is {@code dpo}) and to offer "did you mean" suggestions.
 */
public final class NameMatcher {
    private final Collection<Node> nodes;

    /** A matcher over these nodes. */
    public NameMatcher(Collection<Node> nodes) {
        this.nodes = nodes;
    }

    /**
     * The node this text names exactly: its id, or (ignoring case, accents and punctuation) its name, title
     * or one of its aliases. Empty when none or when the text names several different nodes.
     */
    public Optional<Node> resolve(String text) {
        for (Node node : nodes) {
            if (node.id().equals(text)) {
                return Optional.of(node);
            }
        }
        String wanted = key(text);
        List<Node> hits = new ArrayList<>();
        for (Node node : nodes) {
            if (keys(node).contains(wanted)) {
                hits.add(node);
            }
        }
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** Up to {@code limit} nodes whose id, name or aliases are closest to the text, best first. */
    public List<Node> suggest(String text, int limit) {
        String wanted = normalize(text);
        List<Scored> scored = new ArrayList<>();
        for (Node node : nodes) {
            double best = Double.MAX_VALUE;
            List<String> labels = labels(node);
            for (int i = 0; i < labels.size(); i++) {
                // the id and the name count a little more than an alias or an arXiv number
                best = Math.min(best, distance(wanted, normalize(labels.get(i))) + (i < 2 ? 0 : 0.05));
            }
            if (best <= 0.45) {
                scored.add(new Scored(node, best));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).thenComparing(s -> s.node.id()));
        return scored.stream().limit(limit).map(Scored::node).toList();
    }

    /** "did you mean dpo (Direct preference optimization), ...?" or an empty string when nothing is close. */
    public String didYouMean(String text) {
        List<Node> close = suggest(text, 3);
        if (close.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("did you mean ");
        for (int i = 0; i < close.size(); i++) {
            Node n = close.get(i);
            sb.append(i == 0 ? "" : i == close.size() - 1 ? " or " : ", ").append(n.id());
            if (!normalize(n.name()).equals(normalize(n.id()))) {
                sb.append(" (").append(n.name()).append(')');
            }
        }
        return sb.append('?').toString();
    }

    private static List<String> labels(Node node) {
        List<String> labels = new ArrayList<>();
        labels.add(node.id());
        labels.add(node.name());
        labels.addAll(node.aliases());
        if (node.arxiv() != null) {
            labels.add(node.arxiv());
        }
        return labels;
    }

    /**
     * The keys a node is named by exactly: the {@link #key} of its id, name, aliases and arXiv id, without
     * repeats. A text names the node when its key is one of these.
     */
    public static List<String> keys(Node node) {
        return labels(node).stream().map(NameMatcher::key).distinct().toList();
    }

    /**
     * How a label or a typed text is compared: {@link #normalize normalized}; or, when that leaves nothing (a
     * name written only in another script or in symbols, such as "中文" or an emoji), the text itself in lower
     * case, without control characters and surrounding blanks. So "中文" names only a node called "中文", not
     * every node whose name has no Latin letter.
     */
    public static String key(String text) {
        String normalized = normalize(text);
        return normalized.isEmpty() ? text.replaceAll("\\p{Cc}", "").strip().toLowerCase(Locale.ROOT) : normalized;
    }

    /** Lower case, no accents, punctuation folded to single spaces: how names are compared. */
    public static String normalize(String text) {
        String s = text;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) { // accents and other scripts: decompose, drop the marks (rarely needed)
                s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
                break;
            }
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    /**
     * A score in [0, 1]: 0 for equal strings; prefix and word matches score low; otherwise the edit distance
     * relative to the longer string.
     */
    private static double distance(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 1;
        }
        if (a.equals(b)) {
            return 0;
        }
        if (b.startsWith(a) && a.length() >= 3) {
            return 0.1 + 0.1 * (b.length() - a.length()) / b.length();
        }
        if ((" " + b + " ").contains(" " + a + " ") && a.length() >= 3) {
            return 0.2 + 0.4 * (1 - (double) a.length() / b.length());
        }
        if (Math.abs(a.length() - b.length()) > 3) {
            return 2; // more than three edits apart, whatever the edits: not close (and no quadratic work on long text)
        }
        int d = levenshtein(a, b);
        return (double) d / Math.max(a.length(), b.length()) + (d > 3 ? 1 : 0);
    }

    /** Edit distance counting an adjacent transposition ("dop" for "dpo") as one edit. */
    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private record Scored(Node node, double score) {
    }
}
