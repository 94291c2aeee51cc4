package org.mlatlas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RegionLayoutTest {
    private static final int GROUPS = 4;
    private static final int PER_GROUP = 60;

    /** Four groups of 60, each with three edges a node inside the group and one edge in ten to another group. */
    private static int[][] plantedGroups(long seed) {
        Random r = new Random(seed);
        int n = GROUPS * PER_GROUP;
        int m = n * 3;
        int[] from = new int[m];
        int[] to = new int[m];
        for (int e = 0; e < m; e++) {
            int a = r.nextInt(n);
            int group = a / PER_GROUP;
            int other = r.nextDouble() < 0.1 ? (group + 1 + r.nextInt(GROUPS - 1)) % GROUPS : group;
            int b = other * PER_GROUP + r.nextInt(PER_GROUP);
            from[e] = a;
            to[e] = b == a ? other * PER_GROUP + (b + 1) % PER_GROUP : b;
        }
        return new int[][] {from, to};
    }

    private static int[] groups() {
        int[] g = new int[GROUPS * PER_GROUP];
        for (int i = 0; i < g.length; i++) {
            g[i] = i / PER_GROUP;
        }
        return g;
    }

    private static double[][] settled(ForceLayout layout) {
        for (int i = 0; i < 3000 && layout.stepUnlessSettled(); i++) {
            // settling
        }
        double[] x = new double[layout.size()];
        double[] y = new double[layout.size()];
        layout.copyPositions(x, y);
        return new double[][] {x, y};
    }

    @Test
    void everyAreaBecomesARegionOfItsOwn() {
        int[][] g = plantedGroups(3);
        int[] area = groups();
        double[][] p = settled(RegionLayout.of(area.length, g[0], g[1], area, 70, 42));
        double[] cx = new double[GROUPS];
        double[] cy = new double[GROUPS];
        for (int i = 0; i < area.length; i++) {
            cx[area[i]] += p[0][i] / PER_GROUP;
            cy[area[i]] += p[1][i] / PER_GROUP;
        }
        // a node is in its area's region when its own area's centre is the nearest
        int inOwnRegion = 0;
        for (int i = 0; i < area.length; i++) {
            int nearest = 0;
            for (int a = 1; a < GROUPS; a++) {
                if (Math.hypot(p[0][i] - cx[a], p[1][i] - cy[a]) < Math.hypot(p[0][i] - cx[nearest], p[1][i] - cy[nearest])) {
                    nearest = a;
                }
            }
            inOwnRegion += nearest == area[i] ? 1 : 0;
        }
        assertThat(inOwnRegion).as("nodes nearest their own area's centre").isGreaterThanOrEqualTo(area.length * 97 / 100);
    }

    @Test
    void theSameGraphAndSeedGiveTheSamePositions() {
        int[][] g = plantedGroups(4);
        int[] area = groups();
        double[][] first = settled(RegionLayout.of(area.length, g[0], g[1], area, 70, 42));
        double[][] second = settled(RegionLayout.of(area.length, g[0], g[1], area, 70, 42));
        assertThat(second[0]).containsExactly(first[0]);
        assertThat(second[1]).containsExactly(first[1]);
    }

    @Test
    void areaDiscsWithManyEdgesBetweenThemSitCloserThanUnrelatedOnes() {
        int[] size = {100, 100, 100};
        double[][] weight = {{0, 80, 0}, {80, 0, 1}, {0, 1, 0}};
        double[][] c = RegionLayout.centres(size, weight, 70);
        double related = Math.hypot(c[0][0] - c[1][0], c[0][1] - c[1][1]);
        double unrelated = Math.hypot(c[0][0] - c[2][0], c[0][1] - c[2][1]);
        assertThat(related).isLessThan(unrelated);
        // discs of 100 nodes are 0.55 * 70 * 10 = 385 units wide in radius: they do not overlap
        assertThat(related).isGreaterThan(2 * 385);
    }
}
