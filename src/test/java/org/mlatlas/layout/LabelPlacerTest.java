package org.mlatlas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** Label level of detail and collision avoidance. */
class LabelPlacerTest {

    @Test
    void overlappingLabelsAreRefused() {
        LabelPlacer p = new LabelPlacer(500, 500);
        assertThat(p.tryPlace(10, 10, 100, 16)).isTrue();
        assertThat(p.tryPlace(60, 20, 100, 16)).isFalse();
        assertThat(p.tryPlace(10, 30, 100, 16)).isTrue();
        assertThat(p.tryPlace(600, 10, 10, 10)).as("outside the view").isFalse();
        assertThat(p.count()).isEqualTo(2);
    }

    @Test
    void aLabelGoesRightOfItsNodeThenLeftAboveOrBelow() {
        LabelPlacer p = new LabelPlacer(500, 500);
        double[] at = new double[2];
        assertThat(p.placeNear(100, 100, 5, 60, 14, at)).isTrue();
        assertThat(at[0]).as("right").isGreaterThan(105);
        p.block(200, 193, 80, 14); // something right of the second node
        assertThat(p.placeNear(190, 200, 5, 60, 14, at)).isTrue();
        assertThat(at[0] + 60).as("left").isLessThan(185);
        assertThat(p.placeNear(480, 300, 5, 60, 14, at)).as("no room on the right: left").isTrue();
        assertThat(at[0] + 60).isLessThanOrEqualTo(475);
    }

    @Test
    void blockedBoxesAreNotLabelsButKeepLabelsAway() {
        LabelPlacer p = new LabelPlacer(300, 300);
        p.block(0, 0, 300, 100);
        assertThat(p.count()).isZero();
        assertThat(p.tryPlace(10, 50, 40, 14)).isFalse();
        double[] at = new double[2];
        assertThat(p.placeNear(150, 105, 3, 40, 14, at)).as("below the blocked band").isTrue();
        assertThat(at[1]).isGreaterThanOrEqualTo(100);
    }

    @Test
    void labelsAreTriedForcedFirstThenByImportance() {
        BitSet forced = new BitSet();
        forced.set(2);
        assertThat(LabelPlacer.order(new double[] {1, 5, 0, 3}, forced)).containsExactly(2, 1, 3, 0);
    }
}
