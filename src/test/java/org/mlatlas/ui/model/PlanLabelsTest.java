package org.mlatlas.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanLabelsTest {

    @Test
    void aLongNameIsWrappedWhole() {
        // the old plan picture cut it to "Reinforcement learning from human feed…"
        assertThat(PlanLabels.wrap("Reinforcement learning from human feedback (RLHF)", String::length, 24))
                .containsExactly("Reinforcement learning", "from human feedback", "(RLHF)");
        assertThat(PlanLabels.wrap("one two three four five six seven eight", String::length, 9))
                .containsExactly("one two", "three", "four five", "six seven", "eight");
    }

    @Test
    void aWordWiderThanTheLineGetsItsOwnLine() {
        assertThat(PlanLabels.wrap("a Backpropagation b", String::length, 6)).containsExactly("a", "Backpropagation", "b");
    }

    @Test
    void aLabelsBoxHoldsItsLinesMeasuredInTheCanvasFont() {
        PlanLabels labels = new PlanLabels();
        PlanLabels.Label label = labels.label("Direct preference optimization", 100, false);
        assertThat(label.lines()).hasSizeGreaterThan(1);
        assertThat(String.join(" ", label.lines())).isEqualTo("Direct preference optimization");
        assertThat(label.height()).isEqualTo(label.lines().size() * PlanLabels.LINE);
        assertThat(label.width()).isLessThanOrEqualTo(100 + 2 * PlanLabels.PAD + 1).isGreaterThan(40);
        // the target's bold label is wider than the same text in the regular font
        assertThat(labels.label("Optimization", 200, true).width()).isGreaterThan(labels.label("Optimization", 200, false).width());
    }
}
