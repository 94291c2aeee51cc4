package org.mlatlas.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeId;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.graphdata.SourceLocation;

/**
 * Reads Markdown and Obsidian notes with commonmark-java (and its autolink extension for bare URLs). Every
 * line of a paragraph and every list item is an item:
 * <ul>
 *   <li>{@code [title](url)} links and bare URLs: arXiv {@code abs/} and {@code pdf/} links become papers
 *       (matched by arXiv id), other addresses resources (GitHub: repo, YouTube: video, blogs, docs, sites);</li>
 *   <li>{@code [[Target]]}, {@code [[Target|alias]]} and {@code [[Target||alias]]} wiki-links, and
 *       {@code [text](Page Name)} links to a note, name a node by its title;</li>
 *   <li>plain text names a topic (a concept) or, after a year ("2024 Some Title"), a paper; a question ("what
 *       is X?") is kept on the node that answers it; a list on one line ("a, b, c") names each;</li>
 *   <li>{@code [x]} marks the item known; a trailing remark in parentheses, text beside a link and long
 *       remarks nested under an item are kept as the user's note;</li>
 *   <li>an item nested under another ("Integrated gradients:" then a link) proposes that the reading
 *       EXPLAINS the concept above it.</li>
 * </ul>
 * Everything is matched loosely ({@link Matching#SIMILAR}); items marked fromNotes.
 */
final class MarkdownReader {
    private static final Pattern WIKI = Pattern.compile("\\[\\[([^\\]|]+?)(?:\\|+([^\\]]*))?\\]\\]");
    private static final Pattern NOTE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)]+)\\)");
    private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX])\\]\\s*");
    private static final Pattern TRAILING_REMARK = Pattern.compile("^(.*\\S)\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)\\s*$");
    private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d\\d)\\s+(.+)$");
    private static final Pattern WHAT_IS = Pattern.compile("(?i)^(?:what|who)\\s+(?:is|are)\\s+(?:an?\\s+|the\\s+)?(.+?)\\s*\\??$");
    private static final Pattern HOW_WORKS = Pattern.compile("(?i)^how\\s+(?:do|does)\\s+(.+?)\\s+work(?:\\s+these days)?\\s*\\??$");
    private static final Pattern QUESTION = Pattern.compile("(?i)^(what|how|why|when|where|which|who|is|are|does|do|can|should)\\b.*");
    private static final int SHORT = 8;
    // compiled once: String.replaceAll, replaceFirst, matches and split compile their pattern at every call
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DASH = Pattern.compile("^-\\s+");
    private static final Pattern LEADING_FILLER = Pattern.compile("^(and|by|also|see)\\b\\s*");
    private static final Pattern TRAILING_COLON = Pattern.compile("[:\\-–]+$");
    private static final Pattern FILLER = Pattern.compile("(?i)(and|by|see|also|link)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");

    /** About how much text is parsed at a time (see {@link #pieces}). */
    static final int PIECE_CHARS = 1 << 20;

    private final Path file;
    private final ImportDraft draft;

    private final ImportProgress progress;
    private int reportedLine;
    /** The line index, in the file, of the first line of the piece being read. */
    private int lineOffset;

    private MarkdownReader(Path file, ImportProgress progress) {
        this.file = file;
        this.progress = progress;
        this.draft = new ImportDraft(file.toString());
    }

    static ImportDraft read(Path file) {
        return read(file, ImportProgress.NONE);
    }

    /** Reads notes, telling {@code progress} how many of the file's lines are done. */
    static ImportDraft read(Path file, ImportProgress progress) {
        return read(file, progress, PIECE_CHARS);
    }

    /** {@link #read(Path, ImportProgress)}, parsing about {@code pieceChars} characters at a time. */
    static ImportDraft read(Path file, ImportProgress progress, int pieceChars) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(new SourceLocation(file.toString(), 1, 1), "cannot read: " + e.getMessage());
        }
        Parser parser = Parser.builder().extensions(List.of(AutolinkExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        MarkdownReader reader = new MarkdownReader(file, progress);
        progress.start("reading " + file.getFileName(), text.lines().count());
        String clean = text.replace("\u00C2\u00A0", " ").replace('\u00A0', ' ');
        text = null;
        int start = 0;
        int line = 0;
        for (int cut : pieces(clean, pieceChars)) {
            reader.lineOffset = line;
            reader.blocks(parser.parse(clean.substring(start, cut)), null);
            line += count(clean, '\n', start, cut);
            start = cut;
        }
        reader.lineOffset = line;
        reader.blocks(parser.parse(start == 0 ? clean : clean.substring(start)), null);
        progress.end();
        return reader.draft;
    }

    /**
     * Where to cut the text into pieces of about {@code every} characters that commonmark parses one by one into
     * the same blocks as the whole (so large notes are never held as one syntax tree): before a line that starts
     * in the first column after a blank line. There no block is open but lists and block quotes, which such a line
     * closes (a list item on it starts a list of its own, which reads the same), and paragraphs, which the blank
     * line closed. Fenced code and HTML blocks can run past blank lines, so there is no cut after the first line
     * that may open one (one starting with {@code ```}, {@code ~~~} or {@code <}); and none at all when the text may
     * define a link reference ({@code ]:}), which links anywhere in it use, or ends a line with a bare CR.
     */
    static List<Integer> pieces(String text, int every) {
        List<Integer> cuts = new ArrayList<>();
        if (text.contains("]:") || bareCarriageReturn(text)) {
            return cuts;
        }
        boolean afterBlank = false;
        int last = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int first = start;
            while (first < end && (text.charAt(first) == ' ' || text.charAt(first) == '\t' || text.charAt(first) == '\r')) {
                first++;
            }
            boolean blank = first == end;
            if (!blank && (text.startsWith("```", first) || text.startsWith("~~~", first) || text.charAt(first) == '<')) {
                break;
            }
            if (afterBlank && !blank && first == start && start - last >= every) {
                cuts.add(start);
                last = start;
            }
            afterBlank = blank;
            start = end + 1;
        }
        return cuts;
    }

    private static boolean bareCarriageReturn(String text) {
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, char c, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** A line as read: its text without links, its links, where it is. */
    private record Line(String text, List<String[]> links, SourceLocation at) {
    }

    private void blocks(org.commonmark.node.Node parent, String parentId) {
        for (org.commonmark.node.Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph paragraph) {
                String last = parentId;
                for (Line line : lines(paragraph)) {
                    boolean lazyChild = line.text.startsWith("- ") && last != null && line.links.isEmpty();
                    Line l = lazyChild ? new Line(line.text.substring(2).trim(), line.links, line.at) : line;
                    String id = item(l, lazyChild ? last : parentId);
                    if (!lazyChild && id != null) {
                        last = id;
                    }
                }
            } else if (block instanceof BulletList || block instanceof OrderedList) {
                for (org.commonmark.node.Node li = block.getFirstChild(); li != null; li = li.getNext()) {
                    listItem((ListItem) li, parentId);
                }
            } else if (block instanceof IndentedCodeBlock code) {
                int line = code.getSourceSpans().isEmpty() ? 1 : lineOffset + code.getSourceSpans().get(0).getLineIndex() + 1;
                for (String l : code.getLiteral().split("\n")) {
                    String t = DASH.matcher(l.trim()).replaceFirst("");
                    if (!t.isEmpty()) {
                        item(new Line(t, List.of(), new SourceLocation(file.toString(), line, 1)), parentId);
                    }
                    line++;
                }
            } else if (block instanceof Heading) {
                continue;
            } else if (!(block instanceof Document)) {
                blocks(block, parentId);
            }
        }
    }

    private void listItem(ListItem li, String parentId) {
        String itemId = parentId;
        boolean first = true;
        for (org.commonmark.node.Node child = li.getFirstChild(); child != null; child = child.getNext()) {
            if (first && child instanceof Paragraph paragraph) {
                List<Line> lines = lines(paragraph);
                for (int i = 0; i < lines.size(); i++) {
                    String id = item(lines.get(i), i == 0 ? parentId : itemId);
                    if (i == 0 && id != null) {
                        itemId = id;
                    }
                }
            } else {
                blocksOf(child, itemId);
            }
            first = false;
        }
    }

    private void blocksOf(org.commonmark.node.Node block, String parentId) {
        if (block instanceof BulletList || block instanceof OrderedList) {
            for (org.commonmark.node.Node li = block.getFirstChild(); li != null; li = li.getNext()) {
                listItem((ListItem) li, parentId);
            }
        } else if (block instanceof Paragraph paragraph) {
            for (Line line : lines(paragraph)) {
                item(line, parentId);
            }
        }
    }

    /** Splits a paragraph at its line breaks; links are taken out of the text. */
    private List<Line> lines(Paragraph paragraph) {
        List<Line> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String[]> links = new ArrayList<>();
        int[] lineNo = {-1};
        for (org.commonmark.node.Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (lineNo[0] < 0) {
                lineNo[0] = line(n);
            }
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                lines.add(new Line(text.toString().trim(), List.copyOf(links), location(lineNo[0])));
                text.setLength(0);
                links.clear();
                lineNo[0] = -1;
            } else if (n instanceof Link link) {
                links.add(new String[] {childrenText(link).trim(), link.getDestination()});
            } else {
                text.append(plainText(n));
            }
        }
        lines.add(new Line(text.toString().trim(), List.copyOf(links), location(lineNo[0] < 0 ? line(paragraph) : lineNo[0])));
        return lines.stream().filter(l -> !l.text.isEmpty() || !l.links.isEmpty()).toList();
    }

    private static String plainText(org.commonmark.node.Node n) {
        if (n instanceof Text t) {
            return t.getLiteral();
        }
        if (n instanceof Code c) {
            return c.getLiteral();
        }
        if (n instanceof Link link) {
            return "[" + childrenText(link) + "](" + link.getDestination() + ")";
        }
        return childrenText(n);
    }

    private static String childrenText(org.commonmark.node.Node n) {
        StringBuilder sb = new StringBuilder();
        for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            sb.append(c instanceof SoftLineBreak ? " " : plainText(c));
        }
        return sb.toString();
    }

    /** The line index in the file where {@code n} starts (0 when commonmark does not say). */
    private int line(org.commonmark.node.Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : lineOffset + spans.get(0).getLineIndex();
    }

    private SourceLocation location(int lineIndex) {
        return new SourceLocation(file.toString(), Math.max(0, lineIndex) + 1, 1);
    }

    /**
     * Turns one line into items; returns the id of its main item (what nested lines hang under), or null.
     */
    private String item(Line line, String parentId) {
        if (line.at.line() - reportedLine >= 500) {
            reportedLine = line.at.line();
            progress.step(reportedLine);
        }
        String text = SPACES.matcher(line.text).replaceAll(" ").trim();
        boolean known = false;
        Matcher box = CHECKBOX.matcher(text);
        if (box.find()) {
            known = !box.group(1).isBlank();
            text = text.substring(box.end());
        }
        List<String[]> links = new ArrayList<>(line.links);
        List<String[]> wikis = new ArrayList<>();
        Matcher wiki = WIKI.matcher(text);
        while (wiki.find()) {
            wikis.add(new String[] {wiki.group(1).trim(), wiki.group(2) == null ? null : wiki.group(2).trim()});
        }
        text = WIKI.matcher(text).replaceAll(" ").trim();
        Matcher noteLink = NOTE_LINK.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (noteLink.find()) {
            String dest = noteLink.group(2).trim();
            if (Links.isWebAddress(dest)) {
                links.add(new String[] {noteLink.group(1).trim(), dest});
            } else {
                wikis.add(new String[] {dest, null});
            }
            noteLink.appendReplacement(rest, " ");
        }
        noteLink.appendTail(rest);
        text = SPACES.matcher(rest).replaceAll(" ").trim();
        String remark = null;
        Matcher trailing = TRAILING_REMARK.matcher(text);
        if (text.startsWith("(") && text.endsWith(")") && text.indexOf(')') == text.length() - 1) {
            remark = text.substring(1, text.length() - 1).trim();
            text = "";
        } else if (trailing.matches()) {
            text = trailing.group(1).trim();
            remark = trailing.group(2).trim();
        }
        String main = null;
        for (String[] link : links) {
            String id = link(link[0], link[1], known, line.at);
            main = main == null ? id : main;
        }
        for (String[] w : wikis) {
            String id = draft.propose(new Proposal(node(NodeId.slug(w[0]), NodeKind.CONCEPT, w[0], null, known, null),
                    Matching.SIMILAR, false, "[[" + w[0] + "]]", line.at));
            if (w[1] != null && !w[1].isBlank()) {
                String alias = draft.propose(new Proposal(node(NodeId.slug(w[1]), NodeKind.CONCEPT, w[1], null, false, null),
                        Matching.SIMILAR, false, w[1], line.at, true, List.of(), List.of()));
                draft.relate(new Relation(id, RelationKind.EXPLAINS, alias, null, null));
            }
            main = main == null ? id : main;
        }
        String words = TRAILING_COLON.matcher(LEADING_FILLER.matcher(text).replaceFirst("")).replaceFirst("").trim();
        if (main != null) {
            String note = join(words.length() > 2 ? text : null, remark);
            if (note != null) {
                note(main, note);
            }
            if (!links.isEmpty() && !words.isEmpty() && words(words) <= 12 && !FILLER.matcher(words).matches()) {
                String beside = topic(words, null, false, true, line.at);
                if (beside != null) {
                    draft.relate(new Relation(main, RelationKind.EXPLAINS, beside, null, null));
                }
            }
            explains(main, parentId);
            return main;
        }
        if (words.isEmpty()) {
            return null;
        }
        Matcher year = YEAR.matcher(words);
        if (year.matches()) {
            String title = year.group(2).trim();
            Node paper = Node.builder("paper:" + NodeId.slug(title), NodeKind.PAPER, title).notes(remark).fromNotes(true)
                    .known(known).year(Integer.parseInt(year.group(1))).build();
            String id = draft.propose(new Proposal(paper, Matching.SIMILAR, false, line.text, line.at));
            explains(id, parentId);
            return id;
        }
        if (isQuestion(words)) {
            return question(words, remark, known, line.at);
        }
        Proposal parent = parentId == null ? null : draft.current(parentId);
        boolean header = text.endsWith(":");
        if (parent != null && !header && (words(words) > SHORT || parent.node().kind() != NodeKind.CONCEPT)) {
            note(parentId, join(words, remark));
            return parentId;
        }
        String id = topic(words, remark, known, words(words) > SHORT, line.at);
        if (id != null && remark != null) {
            note(id, remark);
        }
        return id;
    }

    private String link(String label, String url, boolean known, SourceLocation at) {
        String title = label.isBlank() || label.equals(url) || Links.isWebAddress(label) ? null : label;
        String arxiv = Links.arxivId(url).orElse(null);
        if (arxiv != null) {
            Node paper = Node.builder(NodeId.forArxiv(arxiv), NodeKind.PAPER, title == null ? "arXiv " + arxiv : title)
                    .fromNotes(true).known(known).arxiv(arxiv).build();
            return draft.propose(new Proposal(paper, Matching.EXACT, false, title == null ? url : title, at));
        }
        String name = title == null ? Links.titleOf(url) : title;
        Node resource = Node.builder("res:" + NodeId.slug(name), NodeKind.RESOURCE, name).fromNotes(true).known(known)
                .url(url).resourceType(Links.resourceType(url)).build();
        return draft.propose(new Proposal(resource, Matching.EXACT, false, title == null ? url : title, at));
    }

    /** A topic (a concept); with {@code optional}, only when it matches an existing node. */
    private String topic(String text, String remark, boolean known, boolean optional, SourceLocation at) {
        List<String> parts = new ArrayList<>();
        for (String list : remark == null ? List.of(text) : List.of(text, remark)) {
            String[] items = LIST_SEPARATOR.split(list);
            for (String part : items.length > 1 ? items : new String[0]) {
                if (!part.isBlank()) {
                    parts.add(part.trim());
                }
            }
        }
        Node concept = node(NodeId.slug(text), NodeKind.CONCEPT, capitalized(text), null, known, null);
        return draft.propose(new Proposal(concept, Matching.SIMILAR, false, text, at, optional,
                remark == null ? List.of() : List.of(text + " " + remark), parts));
    }

    private String question(String text, String remark, boolean known, SourceLocation at) {
        String question = remark == null ? text : text + " (" + remark + ")";
        Matcher what = WHAT_IS.matcher(text);
        Matcher how = HOW_WORKS.matcher(text);
        String subject = what.matches() ? what.group(1) : how.matches() ? how.group(1) : null;
        boolean create = subject != null && words(subject) <= 4;
        String name = subject != null ? subject : text;
        Node concept = node(NodeId.slug(name), NodeKind.CONCEPT, capitalized(name), null, known, List.of(question));
        List<String> hints = subject == null ? List.of(text, question) : List.of(text, question, subject);
        return draft.propose(new Proposal(concept, Matching.SIMILAR, false, question, at, !create, hints, List.of()));
    }

    private void explains(String reading, String parentId) {
        Proposal parent = parentId == null ? null : draft.current(parentId);
        if (parent != null && parent.node().kind() == NodeKind.CONCEPT && !parentId.equals(reading)) {
            draft.relate(new Relation(reading, RelationKind.EXPLAINS, parentId, null, null));
        }
    }

    private void note(String id, String note) {
        Proposal p = draft.current(id);
        if (p != null && note != null && !note.isBlank()) {
            Node n = p.node();
            draft.propose(new Proposal(node(id, n.kind(), n.name(), note, false, null), p.matching(), false, p.text(), p.at(),
                    p.optional(), p.hints(), p.parts()));
        }
    }

    private static Node node(String id, NodeKind kind, String name, String notes, boolean known, List<String> questions) {
        return Node.builder(id, kind, name).notes(notes).fromNotes(true).known(known).questions(questions)
                .resourceType(kind == NodeKind.RESOURCE ? "site" : null).build();
    }

    private static boolean isQuestion(String text) {
        return text.endsWith("?") || QUESTION.matcher(text).matches() && words(text) >= 3;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : SPACES.split(text.trim()).length;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + " (" + b + ")";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
