package org.mlatlas.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns what a person types into full-text queries, strictest first, with typos tolerated. */
final class LuceneQuery {
    private LuceneQuery() {
    }

    /**
     * Queries to try in order: every word (exact, prefix or fuzzy) must match; then any word may.
     * Special characters are escaped, so input never changes the query's structure.
     */
    static List<String> forText(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.]+")) {
            String word = w.replaceAll("(^\\.+|\\.+$)", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> clauses = words.stream().map(LuceneQuery::clause).toList();
        String all = String.join(" AND ", clauses);
        String any = String.join(" OR ", clauses);
        return all.equals(any) ? List.of(all) : List.of(all, any);
    }

    private static String clause(String word) {
        String w = escape(word);
        if (word.length() <= 2) {
            return "(" + w + "^3 OR " + w + "*)";
        }
        String fuzz = word.length() >= 6 ? "~2" : "~1";
        return "(" + w + "^3 OR " + w + "* OR " + w + fuzz + ")";
    }

    private static String escape(String word) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toCharArray()) {
            if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
