package org.mlatlas.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PlanLayoutTest {
    private static final PlanLayout LAYOUT = new PlanLayout(15, 10.5);
    private static final PlanLayout.Spacing SPACING = new PlanLayout.Spacing(20, 12);

    /** Labels of one to three lines, some wider than others, as plan names are. */
    private static PlanLayout.Input input(int n, int[] from, int[] to) {
        double[] widths = new double[n];
        double[] heights = new double[n];
        for (int i = 0; i < n; i++) {
            widths[i] = 50 + 17 * (i % 4);
            heights[i] = 14 * (1 + i % 3);
        }
        return new PlanLayout.Input(n, from, to, widths, heights);
    }

    @Test
    void everyEdgeRunsLeftToRightFromRimToRim() {
        DpoPlan plan = new DpoPlan();
        PlanDrawing d = LAYOUT.layout(input(plan.size(), plan.from, plan.to), SPACING);
        for (int e = 0; e < plan.from.length; e++) {
            int a = plan.from[e];
            int b = plan.to[e];
            assertThat(d.x()[a]).as("edge %d", e).isLessThan(d.x()[b]);
            double[] p = d.edges()[e];
            assertThat(Math.hypot(p[0] - d.x()[a], p[1] - d.y()[a])).isCloseTo(10.5, org.assertj.core.data.Offset.offset(0.01));
            int last = p.length - 2;
            assertThat(Math.hypot(p[last] - d.x()[b], p[last + 1] - d.y()[b])).isCloseTo(10.5, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void labelsGetTheRoomTheyAskForUnderTheirNodeAndNoEdgeCrossesOne() {
        DpoPlan plan = new DpoPlan();
        PlanLayout.Input input = input(plan.size(), plan.from, plan.to);
        PlanDrawing d = LAYOUT.layout(input, SPACING);
        DrawingMetrics m = DrawingMetrics.of(d, plan.from, plan.to, 1, 0, 0);
        for (int i = 0; i < d.size(); i++) {
            double[] l = d.labels()[i];
            assertThat(l[2]).isEqualTo(input.labelWidths()[i]);
            assertThat(l[3]).isEqualTo(input.labelHeights()[i]);
            assertThat(l[0] + l[2] / 2).as("label %d centred under its node", i).isCloseTo(d.x()[i], org.assertj.core.data.Offset.offset(0.5));
            assertThat(l[1]).as("label %d under its ring", i).isBetween(d.y()[i] + 15, d.y()[i] + 15 + PlanLayout.LABEL_GAP + 0.5);
        }
        assertThat(m.labelsCrossedByEdges()).isEmpty();
        assertThat(m.labelsOverlapping()).isEmpty();
        assertThat(m.labelsNearerAnotherNode()).isEmpty();
    }

    @Test
    void theDrawingStartsAtTheOriginAndHoldsEverything() {
        DpoPlan plan = new DpoPlan();
        PlanDrawing d = LAYOUT.layout(input(plan.size(), plan.from, plan.to), SPACING);
        double[] b = DrawingMetrics.of(d, plan.from, plan.to, 1, 0, 0).extent();
        assertThat(b[0]).isGreaterThanOrEqualTo(0);
        assertThat(b[1]).isGreaterThanOrEqualTo(0);
        assertThat(b[2]).isLessThanOrEqualTo(d.width() + 1e-9);
        assertThat(b[3]).isLessThanOrEqualTo(d.height() + 1e-9);
        assertThat(Math.min(b[0], b[1])).isLessThan(1e-9);
    }

    @Test
    void moreSpacingMakesALargerDrawing() {
        DpoPlan plan = new DpoPlan();
        PlanLayout.Input input = input(plan.size(), plan.from, plan.to);
        PlanDrawing tight = LAYOUT.layout(input, new PlanLayout.Spacing(8, 6));
        PlanDrawing roomy = LAYOUT.layout(input, new PlanLayout.Spacing(40, 24));
        assertThat(roomy.width()).isGreaterThan(tight.width());
        assertThat(roomy.height()).isGreaterThan(tight.height());
        assertThat(tight.fitScale(roomy.width(), roomy.height(), 1)).isEqualTo(1);
        assertThat(roomy.fitScale(tight.width(), tight.height(), 1)).isLessThan(1);
    }

    @Test
    void sameInputSameDrawing() {
        DpoPlan plan = new DpoPlan();
        PlanDrawing a = LAYOUT.layout(input(plan.size(), plan.from, plan.to), SPACING);
        PlanDrawing b = LAYOUT.layout(input(plan.size(), plan.from, plan.to), SPACING);
        assertThat(a.x()).containsExactly(b.x());
        assertThat(a.y()).containsExactly(b.y());
        for (int e = 0; e < plan.from.length; e++) {
            assertThat(a.edges()[e]).containsExactly(b.edges()[e]);
        }
    }

    @Test
    void aChainIsOneStraightRow() {
        PlanDrawing d = LAYOUT.layout(input(4, new int[] {0, 1, 2}, new int[] {1, 2, 3}), SPACING);
        assertThat(Arrays.stream(d.y()).distinct().count()).isEqualTo(1);
        for (double[] p : d.edges()) {
            for (int k = 1; k < p.length; k += 2) {
                assertThat(p[k]).isEqualTo(d.y()[0]);
            }
        }
    }

    @Test
    void aCycleAndASelfLoopDoNotStopTheLayout() {
        PlanDrawing d = LAYOUT.layout(input(3, new int[] {0, 1, 2, 1}, new int[] {1, 2, 0, 1}), SPACING);
        for (int i = 0; i < 3; i++) {
            assertThat(d.x()[i]).isFinite();
            assertThat(d.y()[i]).isFinite();
        }
        assertThat(d.edges()[3]).as("the self-loop is not drawn").isNull();
        assertThat(d.edges()[2]).as("the edge closing the cycle is drawn").isNotNull();
    }

    @Test
    void anEmptyPlanIsAnEmptyDrawing() {
        PlanDrawing d = LAYOUT.layout(input(0, new int[0], new int[0]), SPACING);
        assertThat(d.size()).isZero();
        assertThat(d.width()).isZero();
    }

    @Test
    void anEdgeToANodeThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> input(2, new int[] {0}, new int[] {2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 0..1");
    }
}
