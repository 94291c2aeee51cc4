package org.mlatlas.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Writes text with its control characters made visible, so that a name holding a terminal escape (ESC [ 2 J
 * clears the screen) is printed as {@code \e[2J} instead of being obeyed. Line feeds and tabs pass; every other
 * C0 control, DEL and the C1 controls are written as {@code \e}, {@code \r} or {@code \\u0085}, and so are the
 * bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which reorder what the terminal
 * shows ("Trojan Source"); right-to-left text itself needs none of them.
 */
public final class TerminalSafeWriter extends FilterWriter {

    private TerminalSafeWriter(Writer out) {
        super(out);
    }

    /** A print writer over {@code out} that escapes control characters (auto-flushing like picocli's). */
    public static PrintWriter wrap(PrintWriter out) {
        return new PrintWriter(new TerminalSafeWriter(out), true);
    }

    /** {@code text} with its control characters escaped. */
    static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escaped(c);
            if (escaped != null && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (sb != null) {
                if (escaped != null) {
                    sb.append(escaped);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static String escaped(char c) {
        if (c == '\n' || c == '\t') {
            return null;
        }
        if (c == 0x1b) {
            return "\\e";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }

    @Override
    public void write(int c) throws IOException {
        String escaped = escaped((char) c);
        if (escaped == null) {
            out.write(c);
        } else {
            out.write(escaped);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(escape(text.substring(offset, offset + length)));
    }
}
