package org.mlatlas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    @Test
    void aSourceSitsJustBeforeWhatNeedsIt() {
        // 0 -> 1 -> 2 -> 3 and 4 -> 3: node 4 goes to layer 2, next to 3, not to layer 0
        LayeredLayout layout = new LayeredLayout(5, new int[] {0, 1, 2, 4}, new int[] {1, 2, 3, 3});
        assertThat(layout.layer(4)).isEqualTo(2);
        assertThat(layout.layer(3)).isEqualTo(3);
    }

    @Test
    void crossingsFollowLongEdgesThroughTheirDummyPoints() {
        // a long edge 0 -> 3 over layer 1 of {1, 4}: every order of layer 1 is free of crossings
        LayeredLayout layout = new LayeredLayout(5, new int[] {0, 0, 1, 4, 2}, new int[] {1, 3, 2, 2, 3});
        assertThat(layout.crossings()).isZero();
    }

    @Test
    void theDpoPlanFillsAFrameOfTheRequestedAspect() {
        DpoPlan plan = new DpoPlan();
        LayeredLayout layout = new LayeredLayout(plan.size(), plan.from, plan.to);
        LayeredLayout.Placement p = layout.place(1700, 1100);
        double width = extent(p.xs());
        double height = extent(p.ys());
        // the old layout was 2420 x 810 (aspect 3.0) for a 1.55 frame: two thirds of the height left empty
        assertThat(width / height).isCloseTo(1700.0 / 1100, org.assertj.core.data.Percentage.withPercentage(15));
        assertThat(width).isBetween(1700 * 0.85, 1700 * 1.1);
        assertThat(height).isBetween(1100 * 0.85, 1100 * 1.1);
    }

    @Test
    void theDpoPlanCrossesLessThanBeforeAndNoEdgeRunsThroughANode() {
        DpoPlan plan = new DpoPlan();
        LayeredLayout layout = new LayeredLayout(plan.size(), plan.from, plan.to);
        LayeredLayout.Placement p = layout.place(1700, 1100);
        // the previous layout (longest-path layers, barycentre sweeps, straight rows 90 apart) drew 36 crossings
        // and 6 edges through nodes they do not join
        assertThat(DrawingMetrics.crossings(p.xs(), p.ys(), plan.from, plan.to)).isLessThanOrEqualTo(28);
        assertThat(DrawingMetrics.edgesThroughNodes(p.xs(), p.ys(), plan.from, plan.to)).isEmpty();
        assertEveryEdgeRunsLeftToRight(p, plan.from, plan.to);
    }

    @Test
    void nodesLeaveRoomForTheirLabels() {
        DpoPlan plan = new DpoPlan();
        LayeredLayout.Placement p = new LayeredLayout(plan.size(), plan.from, plan.to).place(1700, 1100);
        assertRoomForLabels(p);
    }

    @Test
    void aSmallPlanStaysCompactAndStraight() {
        // three steps then the target: a chain
        LayeredLayout.Placement p = new LayeredLayout(4, new int[] {0, 1, 2}, new int[] {1, 2, 3}).place(1700, 1100);
        assertThat(p.layerGap()).isEqualTo(LayeredLayout.MAX_LAYER_GAP);
        assertThat(extent(p.xs())).isEqualTo(3 * LayeredLayout.MAX_LAYER_GAP);
        assertThat(extent(p.ys())).isZero();
    }

    @Test
    void aLargePlanKeepsTheAspectAndItsSpacing() {
        int[][] edges = randomPlan(70, 7);
        LayeredLayout layout = new LayeredLayout(71, edges[0], edges[1]);
        LayeredLayout.Placement p = layout.place(1700, 1100);
        assertThat(extent(p.xs()) / extent(p.ys())).isCloseTo(1700.0 / 1100, org.assertj.core.data.Percentage.withPercentage(25));
        assertThat(p.layerGap()).isGreaterThanOrEqualTo(LayeredLayout.MIN_LAYER_GAP);
        assertRoomForLabels(p);
        assertEveryEdgeRunsLeftToRight(p, edges[0], edges[1]);
        // random prerequisites reach far back (long edges everywhere): at most one edge in fifty grazes a node
        assertThat(DrawingMetrics.edgesThroughNodes(p.xs(), p.ys(), edges[0], edges[1]))
                .hasSizeLessThanOrEqualTo(edges[0].length / 50);
    }

    @Test
    void spacingMovesALayerAsLittleAsPossible() {
        // three nodes that all want 0, a row apart: centred on 0
        assertThat(RowAssignment.spaced(new double[] {0, 0, 0}, new double[] {0, 1, 1})).containsExactly(-1, 0, 1);
        // already far enough apart: unchanged
        assertThat(RowAssignment.spaced(new double[] {-5, 0, 7}, new double[] {0, 1, 1})).containsExactly(-5, 0, 7);
    }

    /** Steps 0..n-1, each needing one to three earlier ones, and a target n that needs the last few. */
    private static int[][] randomPlan(int n, long seed) {
        Random random = new Random(seed);
        List<int[]> edges = new ArrayList<>();
        for (int v = 1; v < n; v++) {
            int preds = 1 + random.nextInt(Math.min(3, v));
            for (int k = 0; k < preds; k++) {
                int u = random.nextInt(v);
                int target = v;
                if (edges.stream().noneMatch(e -> e[0] == u && e[1] == target)) {
                    edges.add(new int[] {u, v});
                }
            }
        }
        for (int v = n - 5; v < n; v++) {
            edges.add(new int[] {v, n});
        }
        return new int[][] {edges.stream().mapToInt(e -> e[0]).toArray(), edges.stream().mapToInt(e -> e[1]).toArray()};
    }

    /** Nodes of a layer a row apart and layers far enough apart that labels (up to 3 lines) touch no other node. */
    private static void assertRoomForLabels(LayeredLayout.Placement p) {
        double[] xs = p.xs();
        double[] ys = p.ys();
        assertThat(p.rowGap()).isGreaterThanOrEqualTo(LayeredLayout.MIN_ROW_GAP);
        double labelHalfWidth = (p.layerGap() - 18) / 2;
        double labelReach = DrawingMetrics.RING + 3 * 14; // a ring and three lines, under or over the node
        for (int v = 0; v < xs.length; v++) {
            for (int w = 0; w < xs.length; w++) {
                if (v == w) {
                    continue;
                }
                if (xs[v] == xs[w]) {
                    assertThat(Math.abs(ys[v] - ys[w])).as("nodes %d and %d", v, w).isGreaterThanOrEqualTo(p.rowGap() - 1e-6);
                }
                boolean inLabelColumn = Math.abs(xs[w] - xs[v]) < labelHalfWidth + DrawingMetrics.RING;
                boolean inLabelRows = Math.abs(ys[w] - ys[v]) < labelReach + DrawingMetrics.RING;
                assertThat(inLabelColumn && inLabelRows).as("node %d under the label of %d", w, v).isFalse();
            }
        }
    }

    private static void assertEveryEdgeRunsLeftToRight(LayeredLayout.Placement p, int[] from, int[] to) {
        for (int e = 0; e < from.length; e++) {
            assertThat(p.xs()[from[e]]).as("edge %d", e).isLessThan(p.xs()[to[e]]);
        }
    }

    private static double extent(double[] values) {
        return LayeredLayout.extent(values, values.length);
    }
}
