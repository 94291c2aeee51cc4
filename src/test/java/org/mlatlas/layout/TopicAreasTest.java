package org.mlatlas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicAreasTest {
    /** Two cliques of ten (0-9, 10-19) joined by one edge; {@code extra} more edges appended. */
    private static int[][] twoCliques(int... extra) {
        int m = 2 * 45 + 1 + extra.length / 2;
        int[] from = new int[m];
        int[] to = new int[m];
        int e = 0;
        for (int base : new int[] {0, 10}) {
            for (int a = 0; a < 10; a++) {
                for (int b = a + 1; b < 10; b++) {
                    from[e] = base + a;
                    to[e++] = base + b;
                }
            }
        }
        from[e] = 0;
        to[e++] = 10;
        for (int k = 0; k < extra.length; k += 2) {
            from[e] = extra[k];
            to[e++] = extra[k + 1];
        }
        return new int[][] {from, to};
    }

    private static double[] ones(int n) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, 1);
        return d;
    }

    @Test
    void nodesKeepTheAreaTheyNameAndAreasAreNumberedByName() {
        String[] given = new String[20];
        for (int i = 0; i < 20; i++) {
            given[i] = i < 10 ? "llm-alignment" : "interpretability";
        }
        int[][] g = twoCliques();
        TopicAreas areas = TopicAreas.of(given, g[0], g[1], ones(20));
        assertThat(areas.count()).isEqualTo(2);
        assertThat(areas.name(0)).isEqualTo("interpretability");
        assertThat(areas.areaOf(3)).isEqualTo(1);
        assertThat(areas.areaOf(13)).isEqualTo(0);
        assertThat(areas.namedAfter(0)).isEqualTo(-1);
    }

    @Test
    void aNodeAddedByHandJoinsTheAreaOfItsCommunity() {
        String[] given = new String[21];
        for (int i = 0; i < 20; i++) {
            given[i] = i < 10 ? "llm-alignment" : "interpretability";
        }
        // node 20, without an area, is joined to four nodes of the second clique
        int[][] g = twoCliques(20, 11, 20, 12, 20, 13, 20, 14);
        TopicAreas areas = TopicAreas.of(given, g[0], g[1], ones(21));
        assertThat(areas.count()).isEqualTo(2);
        assertThat(areas.name(areas.areaOf(20))).isEqualTo("interpretability");
    }

    @Test
    void aGraphWithoutAreasGetsItsCommunitiesNamedAfterTheirMostCentralNode() {
        int[][] g = twoCliques();
        double[] importance = ones(20);
        importance[4] = 9;
        importance[17] = 9;
        TopicAreas areas = TopicAreas.of(new String[20], g[0], g[1], importance);
        assertThat(areas.count()).isEqualTo(2);
        for (int i = 1; i < 10; i++) {
            assertThat(areas.areaOf(i)).isEqualTo(areas.areaOf(0));
            assertThat(areas.areaOf(10 + i)).isEqualTo(areas.areaOf(10));
        }
        assertThat(areas.areaOf(0)).isNotEqualTo(areas.areaOf(10));
        assertThat(areas.name(areas.areaOf(0))).isNull();
        assertThat(areas.namedAfter(areas.areaOf(0))).isEqualTo(4);
        assertThat(areas.namedAfter(areas.areaOf(10))).isEqualTo(17);
    }

    @Test
    void smallCommunitiesJoinTheNeighbourTheyHaveMostEdgesTo() {
        // a path of three hanging off the first clique is too small to be a region of its own
        int[][] g = twoCliques(9, 20, 20, 21, 21, 22);
        TopicAreas areas = TopicAreas.of(new String[23], g[0], g[1], ones(23));
        assertThat(areas.count()).isEqualTo(2);
        assertThat(areas.areaOf(22)).isEqualTo(areas.areaOf(0));
    }

    @Test
    void theSameGraphGivesTheSameAreas() {
        int[][] g = ForceLayoutTest.randomGraph(400, 1000, 5);
        int[] first = TopicAreas.of(new String[400], g[0], g[1], ones(400)).areas();
        int[] second = TopicAreas.of(new String[400], g[0], g[1], ones(400)).areas();
        assertThat(second).containsExactly(first);
    }
}
