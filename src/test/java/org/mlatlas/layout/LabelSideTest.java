package org.mlatlas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelSideTest {

    @Test
    void aLabelGoesOverTheNodeWhenItsEdgesLeaveDownwards() {
        // edges to the lower right and lower left cross the box under the node, none crosses the one over it
        double[] ex = {150, -150};
        double[] ey = {120, 130};
        assertThat(LabelSide.below(0, 0, 120, 28, 14, ex, ey, 2)).isFalse();
    }

    @Test
    void aLabelStaysUnderTheNodeWhenNothingCrossesThere() {
        double[] ex = {150, -150};
        double[] ey = {-120, 0};
        assertThat(LabelSide.below(0, 0, 120, 28, 14, ex, ey, 2)).isTrue();
        assertThat(LabelSide.below(0, 0, 120, 28, 14, ex, ey, 0)).isTrue();
    }

    @Test
    void segmentsAndBoxes() {
        assertThat(LabelSide.hitsBox(0, 0, 10, 10, 4, 4, 6, 6)).isTrue();
        assertThat(LabelSide.hitsBox(0, 0, 10, 0, 4, 4, 6, 6)).isFalse();
        assertThat(LabelSide.hitsBox(0, 5, 3, 5, 4, 4, 6, 6)).isFalse();
    }
}
