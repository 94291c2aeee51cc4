package org.mlatlas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** Culling and level-of-detail decisions. */
class LodTest {

    @Test
    void clipKeepsTheVisiblePartOfASegment() {
        double[] t = new double[2];
        assertThat(Lod.clip(10, 10, 20, 20, 0, 0, 100, 100, t)).isTrue();
        assertThat(t).containsExactly(0, 1);
        assertThat(Lod.clip(-50, 50, 150, 50, 0, 0, 100, 100, t)).isTrue();
        assertThat(t[0]).isCloseTo(0.25, offset(1e-12));
        assertThat(t[1]).isCloseTo(0.75, offset(1e-12));
        assertThat(Lod.clip(-50, -10, 150, -10, 0, 0, 100, 100, t)).as("above the view").isFalse();
        assertThat(Lod.clip(-10, 50, 50, -10, 0, 0, 100, 100, t)).as("cuts the corner").isTrue();
        assertThat(Lod.clip(-20, 5, 5, -20, 0, 0, 100, 100, t)).as("passes the corner outside").isFalse();
    }

    @Test
    void culling() {
        assertThat(Lod.outside(-5, -5, -1, 50, 100, 100)).isTrue();
        assertThat(Lod.outside(-5, 50, 150, 50, 100, 100)).as("crosses the view").isFalse();
        assertThat(Lod.nodeVisible(-3, 50, 5, 100, 100)).isTrue();
        assertThat(Lod.nodeVisible(-30, 50, 5, 100, 100)).isFalse();
        assertThat(Lod.nodeVisible(50, 104, 2, 100, 100)).as("its ring may show").isTrue();
    }

    @Test
    void arrowheadsShrinkWhenZoomedOutButNeverDisappear() {
        assertThat(Lod.arrowSize(0.01)).isEqualTo(Lod.MIN_ARROW);
        assertThat(Lod.arrowSize(0.3)).isLessThan(Lod.arrowSize(1));
        assertThat(Lod.arrowSize(8)).isLessThan(Lod.FOCUS_ARROW);
        // left out only where the edge's visible part is too short to carry one
        assertThat(Lod.drawArrow(3, Lod.MIN_ARROW)).isFalse();
        assertThat(Lod.drawArrow(8, Lod.MIN_ARROW)).isTrue();
    }

    @Test
    void denserViewsGetFainterEdgesWithinBounds() {
        assertThat(Lod.edgeAlpha(0)).isEqualTo(0.85);
        assertThat(Lod.edgeAlpha(0.01)).isGreaterThan(Lod.edgeAlpha(0.05));
        assertThat(Lod.edgeAlpha(0.05)).isGreaterThan(Lod.edgeAlpha(0.2));
        assertThat(Lod.edgeAlpha(50)).isEqualTo(0.22);
    }
}
