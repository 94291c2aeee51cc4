package org.mlatlas.graphdata;

/**
 * Where something was read: a file, a line and a column (both from 1).
 *
 * @param file   the file as the user would name it
 * @param line   line number, from 1
 * @param column column number, from 1
 */
public record SourceLocation(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
