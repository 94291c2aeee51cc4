package org.mlatlas.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns what a person types into full-text queries, strictest first, with typos tolerated. */
final class LuceneQuery {
    /** The longest search text: Lucene refuses a fuzzy term of over 1,000 characters; a search stays quick. */
    static final int MAX_CHARACTERS = 200;
    /**
     * The most words a search text may have. Each becomes a clause of a term, a prefix and a fuzzy query that
     * Lucene expands to at most 50 terms: 16 words stay below its limit of 1,024 clauses in any index (200
     * words crashed the search).
     */
    static final int MAX_WORDS = 16;
    /** Words and word length kept for "did you mean" candidates, which any text may ask for. */
    private static final int SUGGESTION_WORDS = 8;
    private static final int SUGGESTION_WORD_LENGTH = 64;

    private LuceneQuery() {
    }

    /**
     * Refuses a text too long to search, in one sentence.
     *
     * @throws IllegalArgumentException over {@link #MAX_CHARACTERS} characters or {@link #MAX_WORDS} words
     */
    static void check(String text) {
        int characters = text.codePointCount(0, text.length());
        if (characters > MAX_CHARACTERS) {
            throw new IllegalArgumentException("a search text has at most " + MAX_CHARACTERS + " characters, this one has "
                    + characters + ": search for a few words of it");
        }
        int words = words(text).size();
        if (words > MAX_WORDS) {
            throw new IllegalArgumentException("a search text has at most " + MAX_WORDS + " words, this one has " + words
                    + ": search for a few of them");
        }
    }

    /**
     * Queries to try in order: every word (exact, prefix or fuzzy) must match; then any word may.
     * Special characters are escaped, so input never changes the query's structure. The text is within
     * {@link #check}'s bounds.
     */
    static List<String> forText(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> clauses = words.stream().map(LuceneQuery::clause).toList();
        String all = String.join(" AND ", clauses);
        String any = String.join(" OR ", clauses);
        return all.equals(any) ? List.of(all) : List.of(all, any);
    }

    /** A query for nodes close to any of the text's first words (of any text: long ones are cut), or none. */
    static List<String> forSuggestions(String text) {
        List<String> words = words(text);
        List<String> clauses = new ArrayList<>();
        for (String word : words.subList(0, Math.min(words.size(), SUGGESTION_WORDS))) {
            clauses.add(clause(word.length() > SUGGESTION_WORD_LENGTH ? word.substring(0, SUGGESTION_WORD_LENGTH) : word));
        }
        return clauses.isEmpty() ? List.of() : List.of(String.join(" OR ", clauses));
    }

    /**
     * The words of a text, in lower case: runs of letters, marks, digits, dots (arXiv ids) and symbols (an emoji
     * is a word, as the index's analyzer keeps it), without leading or trailing dots.
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}\\p{So}\\u200D.]+")) {
            String word = w.replaceAll("(^\\.+|\\.+$)", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String clause(String word) {
        String w = escape(word);
        int length = word.codePointCount(0, word.length());
        if (length <= 2) {
            return "(" + w + "^3 OR " + w + "*)";
        }
        String fuzz = length >= 6 ? "~2" : "~1";
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
