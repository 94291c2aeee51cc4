package org.mlatlas.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeId;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.graphdata.SourceLocation;

/**
 * Reads BibTeX (JabRef, Zotero, arXiv, Google Scholar exports) with jbibtex: each entry becomes a paper (or,
 * for {@code @online} and web-page {@code @misc}, a resource). LaTeX accents and braces are turned into plain
 * text; the arXiv id comes from {@code eprint} (with {@code archivePrefix} or {@code eprinttype} arXiv), an
 * arxiv.org {@code url} or an "arXiv:..." journal; a {@code doi} becomes the URL when there is none.
 */
final class BibTexReader {
    private static final Set<String> WEB_TYPES = Set.of("online", "electronic", "www", "webpage");
    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern ARXIV_IN_TEXT = Pattern.compile("(?i)arxiv[:\\s]*(\\d{4}\\.\\d{4,5}(v\\d+)?|[a-z-]+/\\d{7})");

    private BibTexReader() {
    }

    static ImportDraft read(Path file) {
        BibTeXDatabase database;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            BibTeXParser parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    // month abbreviations and other undefined macros stay as their names
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // a crossref to an entry outside the file is not an error
                }
            };
            database = parser.parse(reader);
        } catch (ParseException e) {
            org.jbibtex.Token at = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : e.currentToken;
            throw new ImportException(at == null ? new SourceLocation(file.toString(), 1, 1)
                    : new SourceLocation(file.toString(), at.beginLine, at.beginColumn), "malformed BibTeX: unexpected "
                    + (at == null || at.image == null || at.image.isEmpty() ? "end of file" : "\"" + at.image + "\""));
        } catch (TokenMgrException e) {
            Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
            SourceLocation at = m.find() ? new SourceLocation(file.toString(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                    : new SourceLocation(file.toString(), 1, 1);
            throw new ImportException(at, "malformed BibTeX: " + e.getMessage());
        } catch (IOException e) {
            throw new ImportException(new SourceLocation(file.toString(), 1, 1), "cannot read: " + e.getMessage());
        }
        if (database.getEntries().isEmpty()) {
            throw new ImportException(new SourceLocation(file.toString(), 1, 1),
                    "no BibTeX entry (such as @article{key, title = {...}}) in the file");
        }
        ImportDraft draft = new ImportDraft(file.toString());
        List<String> lines = lines(file);
        for (BibTeXEntry entry : database.getEntries().values()) {
            String key = entry.getKey().getValue();
            SourceLocation at = locate(file, lines, key);
            String title = field(entry, "title");
            if (title == null || title.isBlank()) {
                draft.skip(at, "@" + entry.getType().getValue() + "{" + key, "an entry without a title");
                continue;
            }
            draft.propose(new Proposal(node(entry, key, title), Matching.EXACT, false, title, at));
        }
        return draft;
    }

    private static Node node(BibTeXEntry entry, String key, String title) {
        String type = entry.getType().getValue().toLowerCase(Locale.ROOT);
        String url = field(entry, "url");
        String doi = field(entry, "doi");
        String arxiv = arxiv(entry, url).orElse(null);
        String venue = firstOf(field(entry, "journal"), field(entry, "journaltitle"), field(entry, "booktitle"));
        if (venue != null && venue.toLowerCase(Locale.ROOT).startsWith("arxiv")) {
            venue = null;
        }
        if (url == null && doi != null) {
            url = "https://doi.org/" + doi.replaceFirst("(?i)^https?://(dx\\.)?doi\\.org/", "");
        }
        Integer year = year(firstOf(field(entry, "year"), field(entry, "date")));
        List<String> authors = authors(raw(entry, "author"));
        boolean web = WEB_TYPES.contains(type) || (type.equals("misc") && arxiv == null && venue == null && url != null
                && field(entry, "howpublished") != null);
        if (web) {
            String kind = field(entry, "type");
            String resourceType = kind != null && Node.RESOURCE_TYPES.contains(kind.toLowerCase(Locale.ROOT))
                    ? kind.toLowerCase(Locale.ROOT) : Links.resourceType(url == null ? "" : url);
            String id = key.startsWith("res:") && NodeId.isValid(key) ? key : "res:" + NodeId.slug(key);
            return Node.builder(id, NodeKind.RESOURCE, title).year(year).url(url).resourceType(resourceType)
                    .by(authors.isEmpty() ? null : String.join(", ", authors)).build();
        }
        String id = arxiv != null ? NodeId.forArxiv(arxiv) : key.startsWith("paper:") && NodeId.isValid(key) ? key : "paper:" + NodeId.slug(key);
        return Node.builder(id, NodeKind.PAPER, title).authors(authors).year(year).venue(venue).arxiv(arxiv)
                .url(url).build();
    }

    private static Optional<String> arxiv(BibTeXEntry entry, String url) {
        String eprint = field(entry, "eprint");
        String prefix = firstOf(field(entry, "archiveprefix"), field(entry, "eprinttype"));
        if (eprint != null && (prefix == null || prefix.equalsIgnoreCase("arxiv"))) {
            Optional<String> id = Links.parseArxivId(eprint);
            if (id.isPresent()) {
                return id;
            }
        }
        if (url != null) {
            Optional<String> id = Links.arxivId(url);
            if (id.isPresent()) {
                return id;
            }
        }
        for (String f : List.of("journal", "note", "howpublished")) {
            String v = field(entry, f);
            if (v != null) {
                Matcher m = ARXIV_IN_TEXT.matcher(v);
                if (m.find()) {
                    return Links.parseArxivId(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** "Vaswani, Ashish and Shazeer, Noam and others" as ["Ashish Vaswani", "Noam Shazeer", "et al."]. */
    private static List<String> authors(String raw) {
        List<String> authors = new ArrayList<>();
        if (raw == null) {
            return authors;
        }
        for (String part : splitAnd(raw)) {
            String name = plain(part).trim();
            if (name.equalsIgnoreCase("others")) {
                authors.add("et al.");
                continue;
            }
            int comma = name.indexOf(',');
            if (comma > 0) {
                String[] pieces = name.split(",");
                name = (pieces.length > 2 ? pieces[2].trim() + " " : "") + pieces[pieces.length > 1 ? 1 : 0].trim() + " " + pieces[0].trim();
            }
            if (!name.isBlank()) {
                authors.add(name.replaceAll("\\s+", " ").trim());
            }
        }
        return authors;
    }

    /** Splits on " and " outside braces. */
    private static List<String> splitAnd(String raw) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String lower = raw.toLowerCase(Locale.ROOT);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && Character.isWhitespace(c) && lower.startsWith("and", i + 1) && i + 4 < raw.length()
                    && Character.isWhitespace(raw.charAt(i + 4))) {
                parts.add(raw.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        parts.add(raw.substring(start));
        return parts;
    }

    private static String field(BibTeXEntry entry, String name) {
        String raw = raw(entry, name);
        if (raw == null) {
            return null;
        }
        String text = name.equals("url") || name.equals("doi") || name.equals("eprint") ? raw.trim() : plain(raw);
        return text.isBlank() ? null : text;
    }

    private static String raw(BibTeXEntry entry, String name) {
        for (java.util.Map.Entry<Key, Value> f : entry.getFields().entrySet()) {
            if (f.getKey().getValue().equalsIgnoreCase(name)) {
                return f.getValue().toUserString();
            }
        }
        return null;
    }

    /** LaTeX to plain text: accents to Unicode, braces and commands dropped, spaces folded. */
    static String plain(String latex) {
        if (latex.indexOf('\\') < 0 && latex.indexOf('{') < 0 && latex.indexOf('~') < 0) {
            return latex.replaceAll("\\s+", " ").trim();
        }
        latex = hungarian(latex);
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(latex)).replaceAll("\\s+", " ").trim();
        } catch (ParseException | RuntimeException e) {
            return latex.replaceAll("[{}]", "").replaceAll("\\s+", " ").trim();
        }
    }

    /** {@code \\H{o}} (the double acute, as in Erdős), which jbibtex's printer does not know, as Unicode. */
    private static String hungarian(String latex) {
        Matcher m = Pattern.compile("\\\\H\\s*\\{?([oOuU])\\}?").matcher(latex);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String c = switch (m.group(1)) {
                case "o" -> "\u0151";
                case "O" -> "\u0150";
                case "u" -> "\u0171";
                default -> "\u0170";
            };
            m.appendReplacement(sb, c);
        }
        return m.appendTail(sb).toString();
    }

    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile("\\d{4}").matcher(text);
        return m.find() ? Integer.parseInt(m.group()) : null;
    }

    @SafeVarargs
    private static <T> T firstOf(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static SourceLocation locate(Path file, List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf("{" + key + ",");
            if (at >= 0 && lines.get(i).trim().startsWith("@")) {
                return new SourceLocation(file.toString(), i + 1, lines.get(i).indexOf('@') + 1);
            }
        }
        return new SourceLocation(file.toString(), 1, 1);
    }
}
