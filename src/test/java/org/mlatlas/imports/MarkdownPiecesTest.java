package org.mlatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.bench.SyntheticNotes;
import org.mlatlas.support.SharedData;

/**
 * Large notes are parsed a piece at a time ({@link MarkdownReader#pieces}), never as one syntax tree: cut at every
 * place it may be cut, a file reads exactly as in one piece (the same items, places, notes and links).
 */
class MarkdownPiecesTest {
    /** Lists, nesting, loose lists, numbered lists, quotes, indented code, headings, wiki links, remarks, questions. */
    private static final String NOTES = """
            sleeper agents
            model organisms

            - [Direct Preference Optimization](https://arxiv.org/abs/2305.18290) (the closed-form one)
            \t- The clipping is the trick.
            \t- [[KL divergence]]

            - second item of the same list, after a blank line
              continued under it

            \t- an indented line after a blank line

            1. first numbered
            2. second numbered

            3. third numbered, after a blank line
            - Integrated gradients:
            \t- https://arxiv.org/abs/1703.01365

            > a quote
            > on two lines

            > another quote

                indented code
                - a topic in code

            # A heading
            A Setext heading
            ----------------
            [x] rlhf
            [ ] lora, dpo; attention
            what is instruction tuning?
            how does attention work?

            2023 Look Before You Leap: A Universal Emergent Decomposition
            there is a lot to understand about the dynamics of fine tuning:
            \t- You can see the pretraining step as a sort of meta optimization (and the fine tuning as the true one).

            -
            - a list with an empty item first

            last line""";

    @Test
    void cutAtEveryPlaceItMayBeCutAFileReadsAsInOnePiece(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.md"), NOTES + "\n\n" + NOTES.replace("sleeper", "waking"));
        assertThat(MarkdownReader.pieces(Files.readString(file), 0)).hasSizeGreaterThan(20);
        assertSameInPieces(file);

        Path crlf = Files.writeString(dir.resolve("crlf.md"), Files.readString(file).replace("\n", "\r\n"));
        assertThat(MarkdownReader.pieces(Files.readString(crlf), 0)).hasSizeGreaterThan(20);
        assertSameInPieces(crlf);
    }

    @Test
    void syntheticNotesReadAsInOnePiece(@TempDir Path dir) throws Exception {
        Path synthetic = SyntheticNotes.write(dir.resolve("synthetic.md"), 1, 42);
        assertThat(MarkdownReader.pieces(Files.readString(synthetic), 64 * 1024)).hasSizeBetween(10, 20);
        assertSameInPieces(synthetic);
    }

    @Test
    void theUsersNotesReadAsInOnePiece() {
        assertSameInPieces(SharedData.require("seed/ml-reading-notes.md"));
    }

    @Test
    void noCutAfterWhatMayOpenAFenceOrHtmlBlockNorAnywhereWhenALinkReferenceMayBeDefined(@TempDir Path dir) throws Exception {
        String fence = NOTES + "\n\n```\ncode\n\nnot a topic\n```\n\n" + NOTES;
        int fenceAt = fence.indexOf("```");
        assertThat(MarkdownReader.pieces(fence, 0)).isNotEmpty().allMatch(cut -> cut < fenceAt);
        assertSameInPieces(Files.writeString(dir.resolve("fence.md"), fence));

        String html = NOTES + "\n\n<!--\n\nnot a topic\n\n-->\n\n" + NOTES;
        int htmlAt = html.indexOf("<!--");
        assertThat(MarkdownReader.pieces(html, 0)).isNotEmpty().allMatch(cut -> cut < htmlAt);
        assertSameInPieces(Files.writeString(dir.resolve("html.md"), html));

        String reference = "[x] known\n\n" + NOTES + "\n\n[x]: https://example.org/x\n";
        assertThat(MarkdownReader.pieces(reference, 0)).isEmpty();
        assertThat(MarkdownReader.pieces("a\rb\n\nc", 0)).isEmpty();
    }

    private static void assertSameInPieces(Path file) {
        ImportDraft whole = MarkdownReader.read(file, ImportProgress.NONE, Integer.MAX_VALUE);
        ImportDraft pieces = MarkdownReader.read(file, ImportProgress.NONE, 0);
        assertThat(pieces.proposals()).isNotEmpty().containsExactlyElementsOf(whole.proposals());
        assertThat(pieces.relations()).containsExactlyElementsOf(whole.relations());
        assertThat(pieces.skipped()).containsExactlyElementsOf(whole.skipped());
        assertThat(pieces.problems()).containsExactlyElementsOf(whole.problems());
        assertThat(List.of(whole.source())).containsExactly(pieces.source());
    }
}
