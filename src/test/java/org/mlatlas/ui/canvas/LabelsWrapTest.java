package org.mlatlas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsWrapTest {

    @Test
    void aLongNameTakesThreeLinesInsteadOfBeingCut() {
        // the plan picture showed "Reinforcement learning from human ..." with room to spare
        assertThat(Labels.wrap("Reinforcement learning from human feedback (RLHF)", String::length, 24, 3))
                .containsExactly("Reinforcement learning", "from human feedback", "(RLHF)");
    }

    @Test
    void whatDoesNotFitInTheLastLineIsShortenedWithinTheWidth() {
        var lines = Labels.wrap("one two three four five six seven eight", String::length, 9, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("one two");
        assertThat(lines.get(1)).endsWith("…");
        assertThat(lines.get(1).length() - 1).isLessThanOrEqualTo(9);
    }

    @Test
    void aWordWiderThanTheLineGetsItsOwnLine() {
        assertThat(Labels.wrap("a Backpropagation b", String::length, 6, 3)).containsExactly("a", "Backpropagation", "b");
    }
}
