package org.mlatlas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;

/** What a node's label on the canvas says. */
class LabelTextTest {

    @Test
    void aPapersLabelEndsWithItsYearAndOtherLabelsAreTheName() {
        assertThat(Labels.label(Node.builder("arxiv:1706.03762", NodeKind.PAPER, "Attention Is All You Need").year(2017).build()))
                .isEqualTo("Attention Is All You Need (2017)");
        assertThat(Labels.label(Node.builder("p", NodeKind.PAPER, "A paper without a year").build()))
                .isEqualTo("A paper without a year");
        assertThat(Labels.label(Node.builder("lora", NodeKind.CONCEPT, "LoRA").year(2021).build()))
                .as("only papers carry a year").isEqualTo("LoRA");
        assertThat(Labels.label(Node.builder("p2", NodeKind.PAPER,
                "Training language models to follow instructions with human feedback").year(2022).build()))
                .as("a long title is shortened, the year kept").endsWith("… (2022)");
    }
}
