package org.mlatlas.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        Viewport v = new Viewport();
        v.pan(30, 40);
        double wx = v.toWorldX(200);
        double wy = v.toWorldY(150);
        v.zoomAt(200, 150, 2.5);
        assertThat(v.toScreenX(wx)).isCloseTo(200, within(1e-9));
        assertThat(v.toScreenY(wy)).isCloseTo(150, within(1e-9));
        assertThat(v.scale()).isEqualTo(2.5);
    }

    @Test
    void fitFramesTheBoxInsideTheMargin() {
        Viewport v = new Viewport();
        v.fit(-500, -100, 500, 100, 800, 600, 20);
        assertThat(v.toScreenX(-500)).isCloseTo(20, within(1e-9));
        assertThat(v.toScreenX(500)).isCloseTo(780, within(1e-9));
        assertThat(v.toScreenY(0)).isCloseTo(300, within(1e-9));
    }

    @Test
    void fittingOnePointCentresIt() {
        Viewport v = new Viewport();
        v.fit(new double[] {5}, new double[] {7}, 1, null, 100, 100, 10);
        assertThat(v.toScreenX(5)).isCloseTo(50, within(1e-9));
        assertThat(v.toScreenY(7)).isCloseTo(50, within(1e-9));
    }

    @Test
    void labelPlacerDropsOverlapsAndKeepsTheMostImportant() {
        int[] order = LabelPlacer.order(new double[] {1, 5, 3}, null);
        assertThat(order).containsExactly(1, 2, 0);
        LabelPlacer placer = new LabelPlacer(500, 500);
        assertThat(placer.tryPlace(10, 10, 100, 12)).isTrue();
        assertThat(placer.tryPlace(60, 15, 100, 12)).isFalse();
        assertThat(placer.tryPlace(10, 30, 100, 12)).isTrue();
        assertThat(placer.tryPlace(900, 30, 100, 12)).as("off screen").isFalse();
        assertThat(placer.count()).isEqualTo(2);
    }
}
