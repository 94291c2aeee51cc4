package org.mlatlas.exports;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;

/**
 * Writes papers as BibTeX entries ({@code @article} with a venue, else {@code @misc}; arXiv papers with
 * {@code eprint} and {@code archivePrefix}) and other readings as {@code @online}, keyed by node id, through
 * jbibtex's formatter. Text is UTF-8 with BibTeX's special characters escaped; concepts are left out.
 */
public final class BibTexWriter {
    private BibTexWriter() {
    }

    /** Writes the papers and resources among {@code nodes}, ordered by id. */
    public static void write(Collection<Node> nodes, Writer out) throws IOException {
        BibTeXDatabase database = new BibTeXDatabase();
        List<Node> readings = new ArrayList<>(nodes.stream().filter(n -> n.kind() != NodeKind.CONCEPT).toList());
        readings.sort(Comparator.comparing(Node::id));
        for (Node n : readings) {
            database.addObject(entry(n));
        }
        new BibTeXFormatter().format(database, out);
    }

    private static BibTeXEntry entry(Node n) {
        boolean paper = n.kind() == NodeKind.PAPER;
        String type = !paper ? "online" : n.venue() != null ? "article" : "misc";
        BibTeXEntry e = new BibTeXEntry(new Key(type), new Key(n.id()));
        put(e, "title", n.name());
        if (paper && !n.authors().isEmpty()) {
            List<String> names = n.authors().stream().map(a -> a.equals("et al.") ? "others" : a).toList();
            put(e, "author", String.join(" and ", names));
        } else if (!paper && n.by() != null) {
            put(e, "author", n.by());
        }
        if (n.year() != null) {
            put(e, "year", n.year().toString());
        }
        if (paper && n.venue() != null) {
            put(e, "journal", n.venue());
        }
        if (n.arxiv() != null) {
            e.addField(new Key("eprint"), new StringValue(n.arxiv(), StringValue.Style.BRACED));
            e.addField(new Key("archivePrefix"), new StringValue("arXiv", StringValue.Style.BRACED));
        }
        if (n.url() != null) {
            if (n.url().matches("(?i)^https?://(dx\\.)?doi\\.org/.+")) {
                e.addField(new Key("doi"), new StringValue(n.url().replaceFirst("(?i)^https?://(dx\\.)?doi\\.org/", ""), StringValue.Style.BRACED));
            }
            e.addField(new Key("url"), new StringValue(n.url(), StringValue.Style.BRACED));
        }
        if (!paper && n.resourceType() != null) {
            put(e, "type", n.resourceType());
        }
        return e;
    }

    private static void put(BibTeXEntry e, String field, String text) {
        e.addField(new Key(field), new StringValue(escape(text), StringValue.Style.BRACED));
    }

    /** Escapes BibTeX's special characters so that any text stays inside its braces and reads back the same. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
