package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.layout.Viewport;
import org.mlatlas.ui.canvas.Highlight;
import org.mlatlas.ui.canvas.Lod;
import org.mlatlas.ui.canvas.Style;
import org.mlatlas.ui.model.GraphScene;
import org.mlatlas.ui.model.VisualGraph;
import org.testfx.api.FxToolkit;

/**
 * A dense view (more than 4,000 edges) keeps what smaller views show: every edge's arrowhead and each kind in its
 * own style (solid, dashed, dotted; its own colour). Three edges of the three kinds run left to right, beside a
 * cluster of 4,200 edges; their pixels are checked in the rendered picture.
 */
class DenseViewPixelTest {
    private static final int W = 1200;
    private static final int H = 800;
    private static final int BG_R = 0xfb;
    private static final int BG_G = 0xfa;
    private static final int BG_B = 0xf7;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void edgesOfADenseViewKeepArrowheadsAndKindStyles() {
        List<Node> nodes = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        Random random = new Random(3);
        int cluster = 1_200;
        for (int i = 0; i < cluster; i++) {
            nodes.add(Node.concept("n" + i, "n" + i));
        }
        for (int e = 0; e < 4_200; e++) {
            relations.add(Relation.of("n" + random.nextInt(cluster), RelationKind.PREREQUISITE, "n" + random.nextInt(cluster)));
        }
        RelationKind[] kinds = {RelationKind.PREREQUISITE, RelationKind.EXPLAINS, RelationKind.CITES};
        for (int k = 0; k < 3; k++) {
            nodes.add(Node.concept("from" + k, "a" + k));
            nodes.add(Node.concept("to" + k, "b" + k));
            relations.add(Relation.of("from" + k, kinds[k], "to" + k));
        }
        GraphScene scene = GraphScene.force(new VisualGraph(nodes, relations), Map.of(), 1);
        double[] x = scene.xs();
        double[] y = scene.ys();
        for (int i = 0; i < cluster; i++) {
            x[i] = random.nextDouble() * 150;
            y[i] = random.nextDouble() * 400;
        }
        for (int k = 0; k < 3; k++) {
            x[cluster + 2 * k] = 300;
            x[cluster + 2 * k + 1] = 700;
            y[cluster + 2 * k] = y[cluster + 2 * k + 1] = 100 + 100 * k;
        }
        assertThat(scene.graph().edgeCount()).isGreaterThan(4_000);
        BufferedImage image = Snapshots.render(scene, Highlight.none(), W, H);
        // where Snapshots puts the world: fitted clear of the legend, the caption and the labels
        Viewport vp = new Viewport();
        org.mlatlas.ui.canvas.GraphFrame.fit(scene, vp, W, H, 0, Math.min(180, W * 0.1));
        double head = Lod.arrowSize(vp.scale());
        for (int k = 0; k < 3; k++) {
            int b = cluster + 2 * k + 1;
            double rowY = vp.toScreenY(y[b]);
            double x0 = vp.toScreenX(300);
            double x1 = vp.toScreenX(700);
            double tip = x1 - Style.radius(scene.graph().importance(b), vp.scale()) - 1.5;
            String kind = kinds[k].name();
            // the shaft, from 30% to 70% of the way: its colour, and gaps only when dashed or dotted
            long[] drop = new long[3];
            int gaps = 0;
            int inked = 0;
            for (int px = (int) (x0 + 0.3 * (x1 - x0)); px < x0 + 0.7 * (x1 - x0); px++) {
                int rgb = darkest(image, px, rowY);
                int dr = BG_R - ((rgb >> 16) & 0xff);
                int dg = BG_G - ((rgb >> 8) & 0xff);
                int db = BG_B - (rgb & 0xff);
                if (dr + dg + db < 12) {
                    gaps++;
                } else {
                    inked++;
                    drop[0] += dr;
                    drop[1] += dg;
                    drop[2] += db;
                }
            }
            assertThat(inked).as(kind + " shaft drawn").isGreaterThan(40);
            if (kinds[k] == RelationKind.PREREQUISITE) {
                assertThat(gaps).as("solid").isZero();
                assertThat((double) Math.max(drop[0], drop[2]) / Math.min(drop[0], drop[2])).as("grey-blue").isLessThan(1.5);
            } else {
                assertThat(gaps).as(kind + " dashed or dotted").isGreaterThan(15);
            }
            if (kinds[k] == RelationKind.EXPLAINS) {
                assertThat(drop[0]).as("green: red falls most").isGreaterThan(drop[1] * 3 / 2);
            }
            if (kinds[k] == RelationKind.CITES) {
                assertThat(drop[2]).as("ochre: blue falls most").isGreaterThan(drop[0] * 3 / 2);
            }
            // the arrowhead: wider than the line just before the tip, unlike the shaft
            double hx = tip - 0.75 * head;
            assertThat(inkAt(image, hx, rowY - 2) + inkAt(image, hx, rowY + 2)).as(kind + " arrowhead").isGreaterThan(40);
            double mx = (x0 + x1) / 2;
            assertThat(inkAt(image, mx, rowY - 2.5) + inkAt(image, mx, rowY + 2.5)).as(kind + " shaft is thin").isLessThan(8);
        }
    }

    /** The darkest of the three pixels around (x, y) in that column. */
    private static int darkest(BufferedImage image, int x, double y) {
        int best = 0xffffff;
        int bestSum = Integer.MAX_VALUE;
        for (int py = (int) Math.floor(y) - 1; py <= (int) Math.floor(y) + 1; py++) {
            int rgb = image.getRGB(x, py) & 0xffffff;
            int sum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
            if (sum < bestSum) {
                bestSum = sum;
                best = rgb;
            }
        }
        return best;
    }

    /** How much darker than the background the pixel at (x, y) is (sum over channels). */
    private static int inkAt(BufferedImage image, double x, double y) {
        int rgb = image.getRGB((int) Math.floor(x), (int) Math.floor(y));
        return BG_R + BG_G + BG_B - ((rgb >> 16) & 0xff) - ((rgb >> 8) & 0xff) - (rgb & 0xff);
    }
}
