package org.mlatlas.imports;

import java.nio.file.Path;

final class MarkdownReader {
    private MarkdownReader() {
    }

    static ImportDraft read(Path path) {
        throw new ImportException(null, "not yet");
    }
}
