package org.mlatlas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.ui.model.AreaMap;
import org.mlatlas.ui.model.VisualGraph;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Region names are read whole: none runs off the view's edge and none lies under the legend (all seen in a real
 * window: "ations deep learning" at the left edge, "Reasoning and agents" under the legend, then cut in half at
 * the top edge).
 */
class RegionLabelsTest {
    private static final double W = 1000;
    private static final double H = 700;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void namesStayInsideTheViewAndClearOfTheLegend() throws Exception {
        List<Node> nodes = new ArrayList<>();
        List<double[]> at = new ArrayList<>();
        // a region centred under the legend, one at the left edge, one at the right edge, one at the top edge
        double[][] centres = {{110, 110}, {15, 520}, {990, 330}, {620, 4}};
        String[] areas = {"Reasoning and agents", "Foundations deep learning", "Vision generative theory", "LLM systems"};
        for (int a = 0; a < areas.length; a++) {
            for (int k = 0; k < 40; k++) {
                nodes.add(Node.builder("n" + a + "-" + k, NodeKind.CONCEPT, "Node " + k).area(areas[a]).build());
                at.add(new double[] {centres[a][0] + (k % 8 - 4) * 4, centres[a][1] + (k / 8 - 2) * 4});
            }
        }
        List<Relation> none = List.of();
        VisualGraph g = new VisualGraph(nodes, none, AreaMap.of(nodes, none));
        double[] sx = at.stream().mapToDouble(p -> p[0]).toArray();
        double[] sy = at.stream().mapToDouble(p -> p[1]).toArray();

        List<RegionLabels.Placed> placed = WaitForAsyncUtils.asyncFx(() ->
                new RegionLabels().draw(new Canvas(W, H).getGraphicsContext2D(), g, sx, sy, W, H, Legend.HEIGHT)).get();

        assertThat(placed).as("every region named").hasSize(4);
        for (RegionLabels.Placed p : placed) {
            assertThat(p.x()).isGreaterThanOrEqualTo(0);
            assertThat(p.x() + p.w()).isLessThanOrEqualTo(W);
            assertThat(p.y()).as("a name cut at the top: " + p).isGreaterThanOrEqualTo(0);
            assertThat(p.y() + p.h()).isLessThanOrEqualTo(H);
            boolean underLegend = p.x() < 10 + Legend.WIDTH && p.y() < 10 + Legend.HEIGHT;
            assertThat(underLegend).as("a name under the legend: " + p).isFalse();
        }
    }
}
