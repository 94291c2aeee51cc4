package org.mlatlas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    @Test
    void everyEdgeRunsLeftToRight() {
        // probability -> kl, probability -> mle, calculus -> gd -> mle, mle -> bt -> dpo, kl -> dpo
        int[] from = {0, 0, 1, 2, 3, 4, 5};
        int[] to = {5, 3, 2, 3, 4, 6, 6};
        LayeredLayout layout = new LayeredLayout(7, from, to);
        double[] xs = layout.xs(100);
        for (int e = 0; e < from.length; e++) {
            assertThat(xs[from[e]]).as("edge %d", e).isLessThan(xs[to[e]]);
        }
    }

    @Test
    void layersAreLongestPaths() {
        // 0 -> 1 -> 2 and 0 -> 2: node 2 goes to layer 2, not 1
        LayeredLayout layout = new LayeredLayout(3, new int[] {0, 1, 0}, new int[] {1, 2, 2});
        assertThat(layout.layer(0)).isZero();
        assertThat(layout.layer(1)).isEqualTo(1);
        assertThat(layout.layer(2)).isEqualTo(2);
        assertThat(layout.layerCount()).isEqualTo(3);
    }

    @Test
    void barycentreOrderingRemovesAvoidableCrossings() {
        // layer 0: a(0) b(1); layer 1: c(2) d(3); edges a->d, b->c cross in index order, not after sorting
        LayeredLayout layout = new LayeredLayout(4, new int[] {0, 1}, new int[] {3, 2});
        assertThat(layout.crossings()).isZero();
        double[] ys = layout.ys(10);
        assertThat(Math.signum(ys[0] - ys[1])).isEqualTo(Math.signum(ys[3] - ys[2]));
    }

    @Test
    void aCycleDoesNotHangAndStillGivesFinitePositions() {
        LayeredLayout layout = new LayeredLayout(3, new int[] {0, 1, 2}, new int[] {1, 2, 0});
        for (double x : layout.xs(50)) {
            assertThat(x).isFinite();
        }
        assertThat(layout.layerCount()).isEqualTo(3);
    }

    @Test
    void sameInputSameLayout() {
        int[] from = {0, 0, 1, 2, 3, 3, 4};
        int[] to = {1, 2, 3, 3, 4, 5, 5};
        LayeredLayout a = new LayeredLayout(6, from, to);
        LayeredLayout b = new LayeredLayout(6, from, to);
        assertThat(a.ys(10)).containsExactly(b.ys(10));
        assertThat(a.layers()).isEqualTo(b.layers());
    }
}
