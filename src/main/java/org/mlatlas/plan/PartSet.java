package org.mlatlas.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections a part label of a reading names, as a set, so that overlapping parts of one work are told apart from
 * different ones: "§2.1" lies inside "§2", "§1, §3 and §4" meets "§3", "sec. 5.2-5.3" holds "sec. 5.3".
 *
 * <p>A label parses when it starts with a reference, a prefix ({@code §}, {@code sec.}, {@code section(s)},
 * {@code ch.}, {@code chapter(s)}: one numbering; {@code part(s)}; {@code lecture(s)}) and a number ("2", "2.1",
 * a roman "II"), or a range of two numbers of the same depth ("1-3", "5.2-5.3"), and every further reference follows
 * a separator (",", "and", ";", "&amp;", "+") as a prefix and number or a bare number. Text in parentheses and titles
 * after a number ("§3 Method and experiment details") are skipped; a separator followed by a word such as "the",
 * "its", "one" or "appendix" names something that is not a numbered section, and then the label does not parse:
 * {@link #parse} gives null and the part is compared by its text, as before.
 *
 * <p>Each reference is a half-open interval of section numbers in lexicographic order, a number standing for itself
 * and everything under it: "§2" is [2, 3), "sec. 5.2-5.3" [5.2, 5.4). Sets of one numbering compare by their merged
 * intervals; different numberings (sections, parts, lectures) never meet.
 */
final class PartSet {
    private static final Pattern REFERENCE = Pattern.compile(
            "(§|secs?\\.|sections?\\b|ch\\.|chs\\.|chapters?\\b|parts?\\b|lectures?\\b)\\s*" + "(" + number() + ")"
                    + "(?:\\s*(?:-|–|—|to)\\s*(" + number() + "))?(?![\\w.])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile("(" + number() + ")(?:\\s*(?:-|–|—)\\s*(" + number() + "))?(?![\\w.])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*;\\s*|\\s*&\\s*|\\s*\\+\\s*",
            Pattern.CASE_INSENSITIVE);
    /** Words that, after a separator, start something other than a title: the label names more than sections. */
    private static final Set<String> NOT_A_TITLE = Set.of("the", "its", "their", "his", "her", "one", "two", "three",
            "a", "an", "some", "all", "any", "appendix", "appendices", "app.", "figure", "fig.", "table", "more", "parts",
            "part", "sections", "section", "chapter", "chapters", "lecture", "lectures", "from", "through", "up");
    private static final int MOST_UNITS = 100;

    /** One numbering's interval [from, to) of section numbers. */
    private record Range(String numbering, int[] from, int[] to) {
    }

    private final List<Range> ranges;

    private PartSet(List<Range> ranges) {
        this.ranges = merged(ranges);
    }

    private static String number() {
        return "\\d+(?:\\.\\d+)*|[ivxl]+";
    }

    /** The sections a label names; null when it does not parse (see the class comment). */
    static PartSet parse(String label) {
        if (label == null) {
            return null;
        }
        String text = withoutParentheses(label).strip();
        List<Range> found = new ArrayList<>();
        Matcher ref = REFERENCE.matcher(text);
        if (!ref.lookingAt()) {
            return null;
        }
        String numbering = numbering(ref.group(1));
        if (!add(found, numbering, ref.group(2), ref.group(3))) {
            return null;
        }
        int pos = ref.end();
        Matcher sep = SEPARATOR.matcher(text);
        while (sep.find(pos)) {
            int after = sep.end();
            ref.region(after, text.length());
            Matcher bare = BARE.matcher(text).region(after, text.length());
            if (ref.lookingAt()) {
                numbering = numbering(ref.group(1));
                if (!add(found, numbering, ref.group(2), ref.group(3))) {
                    return null;
                }
                pos = ref.end();
            } else if (bare.lookingAt() && Character.isDigit(text.charAt(after))) {
                if (!add(found, numbering, bare.group(1), bare.group(2))) {
                    return null;
                }
                pos = bare.end();
            } else if (startsOtherThanATitle(text.substring(after))) {
                return null;
            } else {
                pos = after;
            }
        }
        return new PartSet(found);
    }

    /** True when every section of {@code other} is in this set. */
    boolean contains(PartSet other) {
        for (Range r : other.ranges) {
            boolean inside = false;
            for (Range m : ranges) {
                if (m.numbering.equals(r.numbering) && compare(m.from, r.from) <= 0 && compare(r.to, m.to) <= 0) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /** True when this set and {@code other} share a section. */
    boolean intersects(PartSet other) {
        for (Range a : ranges) {
            for (Range b : other.ranges) {
                if (a.numbering.equals(b.numbering) && compare(a.from, b.to) < 0 && compare(b.from, a.to) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sections of both sets. */
    PartSet union(PartSet other) {
        List<Range> all = new ArrayList<>(ranges);
        all.addAll(other.ranges);
        return new PartSet(all);
    }

    /**
     * The share of this set's sections that {@code other} meets, counting each numbered section this set names as
     * one unit ("sec. 1-3" has three; a section meets when any of it is in {@code other}); a range whose ends have
     * different parents ("5.8-6.2") counts as one unit.
     */
    double shareMetBy(PartSet other) {
        int units = 0;
        int met = 0;
        for (Range r : ranges) {
            for (PartSet unit : units(r)) {
                units++;
                if (unit.intersects(other)) {
                    met++;
                }
            }
        }
        return units == 0 ? 0 : (double) met / units;
    }

    /** The first section this set names, to order parts of one work: ch. 5 before ch. 6. */
    static final Comparator<PartSet> IN_ORDER = (a, b) -> {
        Range x = a.ranges.get(0);
        Range y = b.ranges.get(0);
        int c = x.numbering.compareTo(y.numbering);
        return c != 0 ? c : compare(x.from, y.from);
    };

    /** Section 1 of a work, with everything under it: a paper's introduction. */
    static final PartSet INTRODUCTION = parse("§1");

    /**
     * The sections this set names, one unit each as {@link #shareMetBy} counts them: "§1 and §3-4" has three, "§1",
     * "§3" and "§4".
     */
    List<PartSet> units() {
        List<PartSet> all = new ArrayList<>();
        for (Range r : ranges) {
            all.addAll(units(r));
        }
        return all;
    }

    /**
     * The opening of a part label up to the reference after it, when that opening names sections inside §1 only:
     * "§1 Introduction" of "§1 Introduction and §2 Evaluating ..."; the whole label when nothing follows; null when the
     * label does not start with a reference inside §1 ("§1-3 (...)", "§2 ...").
     */
    static String introductionOf(String label) {
        if (label == null) {
            return null;
        }
        Matcher ref = REFERENCE.matcher(label);
        if (!ref.lookingAt()) {
            return null;
        }
        PartSet opening = parse(label.substring(0, ref.end()));
        if (opening == null || !INTRODUCTION.contains(opening)) {
            return null;
        }
        Matcher sep = SEPARATOR.matcher(label);
        int from = ref.end();
        while (sep.find(from)) {
            Matcher next = REFERENCE.matcher(label).region(sep.end(), label.length());
            boolean bare = sep.end() < label.length() && Character.isDigit(label.charAt(sep.end()));
            if (next.lookingAt() || bare) {
                return label.substring(0, sep.start()).strip();
            }
            from = Math.max(sep.end(), from + 1);
        }
        return label.strip();
    }

    /** True when both sets start in the same numbering (sections, parts or lectures), so {@link #IN_ORDER} is meaningful. */
    boolean sameNumbering(PartSet other) {
        return ranges.get(0).numbering.equals(other.ranges.get(0).numbering);
    }

    private static List<PartSet> units(Range r) {
        int depth = r.from.length;
        int[] last = predecessor(r.to);
        boolean sameParent = last.length == depth && Arrays.equals(Arrays.copyOf(r.from, depth - 1), Arrays.copyOf(last, depth - 1));
        int count = sameParent ? last[depth - 1] - r.from[depth - 1] + 1 : 1;
        if (!sameParent || count > MOST_UNITS) {
            return List.of(new PartSet(List.of(r)));
        }
        List<PartSet> units = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int[] from = r.from.clone();
            from[depth - 1] += i;
            units.add(new PartSet(List.of(new Range(r.numbering, from, successor(from)))));
        }
        return units;
    }

    private static boolean add(List<Range> found, String numbering, String first, String last) {
        int[] from = parseNumber(first);
        int[] to = last == null ? from : parseNumber(last);
        if (from == null || to == null || from.length != to.length || compare(from, to) > 0) {
            return false;
        }
        found.add(new Range(numbering, from, successor(to)));
        return true;
    }

    private static int[] parseNumber(String text) {
        if (Character.isDigit(text.charAt(0))) {
            String[] pieces = text.split("\\.");
            int[] n = new int[pieces.length];
            for (int i = 0; i < pieces.length; i++) {
                if (pieces[i].length() > 6) {
                    return null;
                }
                n[i] = Integer.parseInt(pieces[i]);
            }
            return n;
        }
        int roman = roman(text.toLowerCase(Locale.ROOT));
        return roman <= 0 ? null : new int[] {roman};
    }

    /** A roman numeral up to 89 (I to LXXXIX), or 0 when the text is not one written the usual way. */
    private static int roman(String text) {
        int value = 0;
        int previous = Integer.MAX_VALUE;
        for (int i = 0; i < text.length(); i++) {
            int v = switch (text.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 0;
            };
            if (v == 0) {
                return 0;
            }
            value += v > previous ? v - 2 * previous : v;
            previous = v;
        }
        return value;
    }

    private static String numbering(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        if (p.startsWith("part")) {
            return "part";
        }
        return p.startsWith("lecture") ? "lecture" : "section";
    }

    private static boolean startsOtherThanATitle(String rest) {
        int end = 0;
        while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
            end++;
        }
        String word = rest.substring(0, end).toLowerCase(Locale.ROOT);
        return word.isEmpty() || NOT_A_TITLE.contains(word) || !Character.isLetterOrDigit(word.charAt(0));
    }

    private static String withoutParentheses(String label) {
        StringBuilder out = new StringBuilder(label.length());
        int depth = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int[] successor(int[] n) {
        int[] next = n.clone();
        next[next.length - 1]++;
        return next;
    }

    private static int[] predecessor(int[] n) {
        int[] previous = n.clone();
        previous[previous.length - 1]--;
        return previous;
    }

    /** Lexicographic order of section numbers, a number before everything under it ("2" &lt; "2.1" &lt; "3"). */
    private static int compare(int[] a, int[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static List<Range> merged(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(Range::numbering).thenComparing(Range::from, PartSet::compare));
        List<Range> out = new ArrayList<>(sorted.size());
        for (Range r : sorted) {
            Range last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.numbering.equals(r.numbering) && compare(r.from, last.to) <= 0) {
                if (compare(r.to, last.to) > 0) {
                    out.set(out.size() - 1, new Range(last.numbering, last.from, r.to));
                }
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
