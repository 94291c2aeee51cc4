package org.mlatlas.store;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;

/**
 * The graph as a Cypher script that recreates it in an empty Neo4j database ({@code cypher-shell -f}): one
 * statement per line, nodes with exactly the properties this store writes, then relationships. Every value
 * is a literal escaped for Cypher (quotes, backslashes, newlines, control characters), so no text in the
 * graph can break out of its string.
 */
public final class CypherScript {
    private CypherScript() {
    }

    /** Writes the script for {@code graph} to {@code out} (not closed). */
    public static void write(AtlasGraph graph, Writer out) throws IOException {
        out.write("// ML Atlas graph: " + graph.nodes().size() + " nodes, " + graph.relations().size()
                + " relationships. Run it in an empty database, e.g. cypher-shell -f graph.cypher\n");
        out.write(Queries.SCRIPT_INDEX + "\n");
        for (Node n : graph.nodes()) {
            out.write(Queries.scriptCreateNode(n.kind(), map(new TreeMap<>(NodeMapping.toProperties(n)))) + "\n");
        }
        for (Relation r : graph.relations()) {
            Map<String, Object> props = new LinkedHashMap<>();
            Map<String, Object> row = NodeMapping.toRow(r);
            if (row.get("note") != null) {
                props.put("note", row.get("note"));
            }
            if (row.get("role") != null) {
                props.put("role", row.get("role"));
            }
            if (row.get("minutes") != null) {
                props.put("minutes", row.get("minutes"));
            }
            if (row.get("part") != null) {
                props.put("part", row.get("part"));
            }
            out.write(Queries.scriptCreateRelation(literal(r.from()), r.kind(), literal(r.to()), props.isEmpty() ? "" : map(props)) + "\n");
        }
        out.flush();
    }

    private static String map(Map<String, Object> props) {
        List<String> entries = new ArrayList<>();
        props.forEach((k, v) -> entries.add("`" + k.replace("`", "``") + "`: " + value(v)));
        return "{" + String.join(", ", entries) + "}";
    }

    private static String value(Object v) {
        if (v instanceof String s) {
            return literal(s);
        }
        if (v instanceof Collection<?> c) {
            List<String> items = new ArrayList<>();
            c.forEach(x -> items.add(value(x)));
            return "[" + String.join(", ", items) + "]";
        }
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        throw new IllegalArgumentException("no Cypher literal for " + v.getClass().getSimpleName());
    }

    /** A single-quoted Cypher string literal. */
    static String literal(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('\'').toString();
    }
}
