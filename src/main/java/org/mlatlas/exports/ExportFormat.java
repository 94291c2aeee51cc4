package org.mlatlas.exports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats {@code atlas export} writes. */
public enum ExportFormat {
    /** The graph-data JSON format (lossless: importing it gives the same graph). */
    JSON("json"),
    /** GraphML with every node and relationship attribute (Gephi, Cytoscape, yEd). */
    GRAPHML("graphml"),
    /** GEXF 1.2 with every attribute (Gephi). */
    GEXF("gexf"),
    /** Graphviz DOT, nodes shaped by kind. */
    DOT("dot"),
    /** BibTeX entries for papers (and @misc for other readings), for JabRef and Zotero. */
    BIBTEX("bibtex"),
    /** A Cypher script that recreates the graph in an empty Neo4j database. */
    CYPHER("cypher"),
    /** A plan as a Markdown checklist (with --plan). */
    MARKDOWN("markdown");

    private final String word;

    ExportFormat(String word) {
        this.word = word;
    }

    /** The name used with {@code --format}. */
    public String word() {
        return word;
    }

    /** The usual file extension of the format ("bib", "md", "cypher", ...). */
    public String extension() {
        return switch (this) {
            case BIBTEX -> "bib";
            case MARKDOWN -> "md";
            default -> word;
        };
    }

    /** Parses a {@code --format} value (also bib, md, graphviz). */
    public static Optional<ExportFormat> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "bib" -> Optional.of(BIBTEX);
            case "md" -> Optional.of(MARKDOWN);
            case "graphviz", "gv" -> Optional.of(DOT);
            default -> Arrays.stream(values()).filter(f -> f.word.equals(t)).findFirst();
        };
    }

    /** The format names, for messages: "json, graphml, ...". */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::word).collect(Collectors.joining(", "));
    }
}
