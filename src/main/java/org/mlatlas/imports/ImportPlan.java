package org.mlatlas.imports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mlatlas.domain.GraphChange;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.graphdata.Problem;
import org.mlatlas.graphdata.SourceLocation;

/**
 * What an import does to the graph: the nodes it creates, the existing nodes it matched (and how), the matched
 * nodes whose values change, the relationships it adds, what it leaves out and why, and the problems it found
 * in the data and kept (duplicates, dangling references, cycles).
 *
 * @param source        the file or folder
 * @param created       new nodes
 * @param matched       items matched to existing nodes
 * @param updated       new values of matched nodes (notes appended, known set, missing fields filled)
 * @param linked        new relationships
 * @param alreadyLinked relationships of the source that the graph already has
 * @param skipped       what was left out, with reasons
 * @param problems      problems found in the data, kept and reported
 */
public record ImportPlan(String source, List<Node> created, List<Matched> matched, List<Node> updated,
                         List<Relation> linked, int alreadyLinked, List<Skipped> skipped, List<Problem> problems) {

    /**
     * An item of the source matched to an existing node.
     *
     * @param text what the source said
     * @param at   where, or null
     * @param node the node it stands for, with the values the import leaves it (one node shared by every item
     *             that stands for it)
     * @param how  by id, arXiv id, URL, title, question, similar title or mention
     */
    public record Matched(String text, SourceLocation at, Node node, String how) {
    }

    /** The change to write. */
    public GraphChange change() {
        return new GraphChange(created, updated, linked);
    }

    /** How a problem reporting a near miss starts (an item not merged although an existing node looks alike). */
    public static final String NEAR_MISS = "not merged: ";
    /** The reason of a prerequisite left out because it would close a cycle with the graph. */
    public static final String CYCLE_KEPT_OUT = "kept out: would close a prerequisite cycle with the graph";

    /** The items matched to an existing concept of the same meaning ({@link Matching#MEANING}). */
    public List<Matched> sameMeaning() {
        return matched.stream().filter(m -> m.how().startsWith("same meaning")).toList();
    }

    /** One paragraph: created / matched / linked / skipped, with the skip reasons counted. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s: created %d (%s), matched %d, updated %d, linked %d%s, skipped %d",
                source, created.size(), byKind(), matched.size(), updated.size(), linked.size(),
                alreadyLinked == 0 ? "" : " (" + alreadyLinked + " already linked)", skippedCount()));
        if (!skipped.isEmpty()) {
            Map<String, Integer> reasons = new TreeMap<>();
            skipped.forEach(s -> reasons.merge(s.reason(), s.count(), Integer::sum));
            sb.append(": ");
            StringBuilder parts = new StringBuilder();
            reasons.forEach((r, n) -> parts.append(parts.length() == 0 ? "" : "; ").append(n).append(" ").append(r));
            sb.append(parts);
        }
        sb.append('.');
        List<Matched> meaning = sameMeaning();
        if (!meaning.isEmpty()) {
            sb.append(String.format("%nMatched %d concept%s to existing concepts of the same meaning (not duplicated): ", meaning.size(),
                    meaning.size() == 1 ? "" : "s"));
            sb.append(String.join(", ", meaning.stream().map(m -> m.text() + " -> " + m.node().id()).toList())).append('.');
        }
        long nearMisses = problems.stream().filter(p -> p.message().startsWith(NEAR_MISS)).count();
        if (nearMisses > 0) {
            sb.append(String.format("%n%d near miss%s not merged (\"did you mean\", listed above).", nearMisses, nearMisses == 1 ? "" : "es"));
        }
        long keptOut = skipped.stream().filter(x -> x.reason().equals(CYCLE_KEPT_OUT)).count();
        if (keptOut > 0) {
            sb.append(String.format("%n%d prerequisite%s kept out: each would close a cycle with the graph (listed above).", keptOut,
                    keptOut == 1 ? "" : "s"));
        }
        if (!problems.isEmpty()) {
            sb.append(String.format("%n%d problem%s in the data (kept, listed above).", problems.size(), problems.size() == 1 ? "" : "s"));
        }
        return sb.toString();
    }

    /** How many items were left out in all. */
    public int skippedCount() {
        return skipped.stream().mapToInt(Skipped::count).sum();
    }

    /** The full report: every created, matched, linked and skipped item (each list cut at {@code limit}), and every problem. */
    public String details(int limit) {
        StringBuilder sb = new StringBuilder();
        section(sb, "Would create", created.stream().map(n -> n.kind() + " " + n.id() + ": " + n.name()).toList(), limit);
        section(sb, "Matched", matched.stream().map(m -> (m.at() == null ? "" : "line " + m.at().line() + ": ")
                + shorten(m.text()) + " -> " + m.node().id() + " (by " + m.how() + ")").toList(), limit);
        section(sb, "Would update", updated.stream().map(n -> n.id() + ": " + n.name()).toList(), limit);
        section(sb, "Would link", linked.stream().map(r -> r.from() + " " + r.kind() + " " + r.to()
                + (r.note() == null ? "" : "  -- " + shorten(r.note()))).toList(), limit);
        section(sb, "Skipped", skipped.stream().map(Skipped::toString).map(ImportPlan::shorten).toList(), limit);
        section(sb, "Problems (kept)", problems.stream().map(Problem::toString).toList(), limit);
        return sb.toString();
    }

    /**
     * What a real import reports besides its summary, each list cut at {@code limit}: the items matched to
     * concepts of the same meaning, the prerequisites kept out because they would close a cycle, and the
     * problems in the data (near misses among them).
     */
    public String problemList(int limit) {
        StringBuilder sb = new StringBuilder();
        section(sb, "Matched to concepts of the same meaning", sameMeaning().stream()
                .map(m -> m.text() + " -> " + m.node().id() + " (by " + m.how().replaceFirst("^same meaning: ", "") + ")").toList(), limit);
        section(sb, "Kept out (would close a prerequisite cycle)", skipped.stream().filter(x -> x.reason().equals(CYCLE_KEPT_OUT))
                .map(Skipped::what).toList(), limit);
        section(sb, "Problems in the data (kept)", problems.stream().map(Problem::toString).toList(), limit);
        return sb.toString();
    }

    private String byKind() {
        long c = created.stream().filter(n -> n.kind() == NodeKind.CONCEPT).count();
        long p = created.stream().filter(n -> n.kind() == NodeKind.PAPER).count();
        long r = created.stream().filter(n -> n.kind() == NodeKind.RESOURCE).count();
        return c + " concepts, " + p + " papers, " + r + " resources";
    }

    private static void section(StringBuilder sb, String title, List<String> lines, int limit) {
        if (lines.isEmpty()) {
            return;
        }
        sb.append(title).append(" (").append(lines.size()).append("):\n");
        lines.stream().limit(limit).forEach(l -> sb.append("  ").append(l).append('\n'));
        if (lines.size() > limit) {
            sb.append("  ... and ").append(lines.size() - limit).append(" more (--all lists every one)\n");
        }
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
    }
}
