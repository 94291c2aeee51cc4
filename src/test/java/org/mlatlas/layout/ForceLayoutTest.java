package org.mlatlas.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {

    /** A random sparse graph: n nodes, m edges, fixed seed. */
    static int[][] randomGraph(int n, int m, long seed) {
        Random r = new Random(seed);
        int[] from = new int[m];
        int[] to = new int[m];
        for (int e = 0; e < m; e++) {
            from[e] = r.nextInt(n);
            to[e] = (from[e] + 1 + r.nextInt(n - 1)) % n;
        }
        return new int[][] {from, to};
    }

    private static double[][] positions(ForceLayout layout) {
        double[] x = new double[layout.size()];
        double[] y = new double[layout.size()];
        layout.copyPositions(x, y);
        return new double[][] {x, y};
    }

    @Test
    void positionsStayFiniteAfterManySteps() {
        int[][] g = randomGraph(500, 1500, 1);
        ForceLayout layout = new ForceLayout(500, g[0], g[1], 50, 7);
        layout.run(200);
        double[][] p = positions(layout);
        for (int i = 0; i < 500; i++) {
            assertThat(p[0][i]).isFinite();
            assertThat(p[1][i]).isFinite();
        }
    }

    @Test
    void coincidentStartingPointsSeparate() {
        ForceLayout layout = new ForceLayout(3, new int[] {0}, new int[] {1}, 50, 1);
        for (int i = 0; i < 3; i++) {
            layout.place(i, 10, 10);
        }
        layout.run(20);
        double[][] p = positions(layout);
        assertThat(Math.hypot(p[0][0] - p[0][2], p[1][0] - p[1][2])).isGreaterThan(1);
        assertThat(p[0][0]).isFinite();
    }

    @Test
    void pinnedNodesStayWhereTheyWerePut() {
        int[][] g = randomGraph(100, 300, 2);
        ForceLayout layout = new ForceLayout(100, g[0], g[1], 50, 3);
        layout.pin(5, 123.0, -45.0);
        layout.run(50);
        double[][] p = positions(layout);
        assertThat(p[0][5]).isEqualTo(123.0);
        assertThat(p[1][5]).isEqualTo(-45.0);
        assertThat(layout.isPinned(5)).isTrue();
    }

    @Test
    void sameSeedGivesSamePositions() {
        int[][] g = randomGraph(200, 600, 4);
        ForceLayout a = new ForceLayout(200, g[0], g[1], 50, 99);
        ForceLayout b = new ForceLayout(200, g[0], g[1], 50, 99);
        a.run(30);
        b.run(30);
        assertThat(positions(a)[0]).containsExactly(positions(b)[0]);
        assertThat(positions(a)[1]).containsExactly(positions(b)[1]);
    }

    @Test
    void connectedNodesEndCloserThanUnconnectedOnes() {
        // two triangles joined by nothing: within-triangle distances are shorter than across
        int[] from = {0, 1, 2, 3, 4, 5};
        int[] to = {1, 2, 0, 4, 5, 3};
        ForceLayout layout = new ForceLayout(6, from, to, 50, 5);
        layout.run(300);
        double[][] p = positions(layout);
        double within = Math.hypot(p[0][0] - p[0][1], p[1][0] - p[1][1]);
        double across = Math.hypot(p[0][0] - p[0][3], p[1][0] - p[1][3]);
        assertThat(within).isLessThan(across);
    }

    @Test
    void barnesHutForcesApproximateTheExactOnes() {
        int[][] g = randomGraph(300, 900, 6);
        ForceLayout approx = new ForceLayout(300, g[0], g[1], 50, 8);
        ForceLayout exact = new ForceLayout(300, g[0], g[1], 50, 8).theta(0);
        ForceLayout naive = new ForceLayout(300, g[0], g[1], 50, 8);
        approx.step();
        exact.step();
        naive.stepNaive();
        double[][] a = positions(approx);
        double[][] e = positions(exact);
        double[][] nv = positions(naive);
        double worst = 0;
        for (int i = 0; i < 300; i++) {
            worst = Math.max(worst, Math.abs(e[0][i] - nv[0][i]) + Math.abs(e[1][i] - nv[1][i]));
        }
        assertThat(worst).as("theta 0 is the exact sum").isLessThan(1e-6);
        double meanMove = 0;
        for (int i = 0; i < 300; i++) {
            meanMove += Math.hypot(a[0][i] - nv[0][i], a[1][i] - nv[1][i]);
        }
        assertThat(meanMove / 300).isLessThan(approx.temperature() * 20);
    }

    @Test
    void refusesEdgesOutsideTheGraph() {
        assertThatThrownBy(() -> new ForceLayout(2, new int[] {0}, new int[] {2}, 50, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    }

    @Test
    void emptyGraphSteps() {
        ForceLayout layout = new ForceLayout(0, new int[0], new int[0], 50, 1);
        layout.step();
        assertThat(layout.iterations()).isEqualTo(1);
    }

    @Test
    void anAspectSpreadsTheLayoutWiderThanTall() {
        int[][] g = randomGraph(300, 600, 9);
        ForceLayout layout = new ForceLayout(300, g[0], g[1], 50, 4).aspect(1.6);
        layout.run(300);
        double[][] p = positions(layout);
        double w = java.util.Arrays.stream(p[0]).max().orElseThrow() - java.util.Arrays.stream(p[0]).min().orElseThrow();
        double h = java.util.Arrays.stream(p[1]).max().orElseThrow() - java.util.Arrays.stream(p[1]).min().orElseThrow();
        assertThat(w / h).isGreaterThan(1.2);
        assertThatThrownBy(() -> layout.aspect(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> layout.cooling(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slowerCoolingTakesMoreStepsToSettle() {
        int[][] g = randomGraph(100, 200, 3);
        ForceLayout fast = new ForceLayout(100, g[0], g[1], 50, 4);
        ForceLayout slow = new ForceLayout(100, g[0], g[1], 50, 4).cooling(0.985);
        while (!fast.settled()) {
            fast.step();
        }
        while (!slow.settled()) {
            slow.step();
        }
        assertThat(slow.iterations()).isGreaterThan(fast.iterations());
    }
}
