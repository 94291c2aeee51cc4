package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.app.Atlas;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.mlatlas.ui.canvas.AreaColours;
import org.mlatlas.ui.canvas.Style;
import org.mlatlas.ui.model.AreaMap;
import org.testfx.api.FxToolkit;

/** Headless pictures: what `atlas snapshot` draws, checked pixel by pixel. */
class SnapshotTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the same toolkit the TestFX tests use, headless (Monocle)
    }

    /** Pixels within a small distance of a colour, outside the legend's corner. */
    private static int count(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (x < 235 && y < 240) {
                    continue;
                }
                int rgb = image.getRGB(x, y);
                double r = ((rgb >> 16) & 0xff) / 255.0;
                double g = ((rgb >> 8) & 0xff) / 255.0;
                double b = (rgb & 0xff) / 255.0;
                if (Math.abs(r - colour.getRed()) + Math.abs(g - colour.getGreen()) + Math.abs(b - colour.getBlue()) < 0.06) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theWholeGraphShowsEveryKindInItsOwnColour() {
        Atlas atlas = new Atlas(TestDbms.with(Graphs.dpo()).store());
        BufferedImage image = Snapshots.render(atlas, new SnapshotRequest(900, 600, null, null));
        assertThat(image.getWidth()).isEqualTo(900);
        int pixels = 900 * 600;
        int backdrop = count(image, Style.BACKGROUND); // the background, or the tint of a topic area's region
        for (int a = 0; a < AreaMap.COLOURS; a++) {
            backdrop += count(image, Color.rgb(AreaColours.tint(a) >> 16, (AreaColours.tint(a) >> 8) & 0xff, AreaColours.tint(a) & 0xff));
        }
        assertThat(backdrop).as("mostly backdrop").isGreaterThan(pixels / 2).isLessThan(pixels - 60_000 - 5_000);
        assertThat(count(image, Style.CONCEPT)).as("concept blue").isGreaterThan(300);
        assertThat(count(image, Style.PAPER)).as("paper orange").isGreaterThan(100);
        assertThat(count(image, Style.RESOURCE)).as("resource green").isGreaterThan(100);
        assertThat(count(image, Style.IN_PLAN)).as("no plan, no plan rings").isLessThan(20);
        assertThat(legendSwatch(image, 1)).as("the legend's paper swatch, in full colour").isLessThan(0.1);
    }

    /** How far the legend's swatch in row {@code row} (0 concept, 1 paper, 2 resource) is from its kind's colour. */
    private static double legendSwatch(BufferedImage image, int row) {
        int rgb = image.getRGB(30, 26 + 19 * row);
        Color kind = Style.fill(org.mlatlas.domain.NodeKind.values()[row]);
        return Math.abs(((rgb >> 16) & 0xff) / 255.0 - kind.getRed()) + Math.abs(((rgb >> 8) & 0xff) / 255.0 - kind.getGreen())
                + Math.abs((rgb & 0xff) / 255.0 - kind.getBlue());
    }

    @Test
    void nodesAreDrawnWhereTheLayoutPutsThemAndLabelsAreDark() {
        Atlas atlas = new Atlas(TestDbms.with(Graphs.dpo()).store());
        BufferedImage image = Snapshots.render(atlas, new SnapshotRequest(900, 600, "dpo", null));
        // the focused node is selected: its black ring and bold label are there
        assertThat(count(image, Color.web("#111111"))).isGreaterThan(20);
        // the graph's part of the picture (right of the legend) is not empty
        int nonBackground = 0;
        for (int y = 0; y < 600; y += 2) {
            for (int x = 300; x < 900; x += 2) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xfbfaf7) {
                    nonBackground++;
                }
            }
        }
        assertThat(nonBackground).isGreaterThan(500);
    }

    @Test
    void thePlanIsDrawnInLayersWithPlanRings() {
        Atlas atlas = new Atlas(TestDbms.with(Graphs.dpo()).store());
        BufferedImage image = Snapshots.render(atlas, new SnapshotRequest(1200, 700, null, "dpo"));
        assertThat(count(image, Style.IN_PLAN)).as("plan rings").isGreaterThan(300);
        assertThat(count(image, Style.PAPER)).as("readings are listed, not drawn").isLessThan(60);
        assertThat(legendSwatch(image, 0)).as("concepts are in the plan: full colour in the legend").isLessThan(0.1);
        assertThat(legendSwatch(image, 1)).as("no papers in the plan: the legend's paper entry is faded").isGreaterThan(0.3);
    }

    @Test
    void theSnapshotCommandWritesAPng(@TempDir Path dir) throws Exception {
        TestDbms.with(Graphs.dpo());
        Path out = dir.resolve("shots/dpo.png");
        CliRun run = CliRun.atlas("snapshot", "--out", out.toString(), "--plan", "dpo", "--width", "640", "--height", "400");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("wrote");
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void howOneNodeConnectsToAnotherIsDrawnAsAPathWithTheRestFaded(@TempDir Path dir) throws Exception {
        TestDbms.with(Graphs.dpo());
        Path out = dir.resolve("connect.png");
        CliRun run = CliRun.atlas("snapshot", "--out", out.toString(), "--connect", "KL divergence,arxiv:1707.06347",
                "--width", "1000", "--height", "650");
        assertThat(run.exitCode).as(run.toString()).isZero();
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(count(image, Style.PATH)).as("rings around the path's nodes").isGreaterThan(100);
        assertThat(count(image, Style.FADED)).as("the nodes off the path are faded").isGreaterThan(100);
        assertThat(count(image, Style.CONCEPT)).as("the path's concepts keep their colour").isGreaterThan(50);

        CliRun one = CliRun.atlas("snapshot", "--out", out.toString(), "--connect", "dpo");
        assertThat(one.exitCode).isEqualTo(2);
        assertThat(one.err).contains("--connect takes two nodes");
    }

    @Test
    void aBadConnectionIsOneSentenceWithADidYouMeanAndWritesNothing(@TempDir Path dir) {
        TestDbms.with(Graphs.dpo());
        Path out = dir.resolve("connect.png");
        CliRun typo = CliRun.atlas("snapshot", "--out", out.toString(), "--connect", "kl-divergence,dpoo");
        assertThat(typo.exitCode).as(typo.toString()).isEqualTo(2);
        assertThat(typo.err.strip()).as("one sentence naming the id, with a suggestion")
                .startsWith("atlas: no node \"dpoo\"").contains("did you mean dpo").doesNotContain("\n");

        CliRun same = CliRun.atlas("snapshot", "--out", out.toString(), "--connect", "dpo,DPO"); // an id and its alias
        assertThat(same.exitCode).as(same.toString()).isEqualTo(2);
        assertThat(same.err.strip()).isEqualTo(
                "atlas: a connection needs two different nodes, and both name Direct preference optimization (dpo)");

        CliRun empty = CliRun.atlas("snapshot", "--out", out.toString(), "--connect", ",dpo");
        assertThat(empty.exitCode).as(empty.toString()).isEqualTo(2);
        assertThat(empty.err).contains("one of them is empty");
        assertThat(out).as("no picture for a bad request").doesNotExist();
    }

    @Test
    void aBadSizeIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.atlas("snapshot", "--out", dir.resolve("x.png").toString(), "--width", "5");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("between 100 and 10000");
    }

    @Test
    void aBigGraphIsDrawnFastButStillInItsKindsColours() {
        java.util.List<org.mlatlas.domain.Node> nodes = new java.util.ArrayList<>();
        java.util.List<org.mlatlas.domain.Relation> relations = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 2_000; i++) {
            nodes.add(i % 4 == 0 ? org.mlatlas.domain.Node.paper("p" + i, "Paper " + i, 10) : org.mlatlas.domain.Node.concept("c" + i, "Concept " + i));
        }
        for (int e = 0; e < 6_000; e++) {
            relations.add(org.mlatlas.domain.Relation.of(nodes.get(random.nextInt(2_000)).id(),
                    org.mlatlas.domain.RelationKind.PREREQUISITE, nodes.get(random.nextInt(2_000)).id()));
        }
        var scene = org.mlatlas.ui.model.GraphScene.force(new org.mlatlas.ui.model.VisualGraph(nodes, relations), java.util.Map.of(), 1);
        org.mlatlas.ui.model.LayoutRunner.settle(scene.layout(), 50);
        scene.sync();
        BufferedImage image = Snapshots.render(scene, org.mlatlas.ui.canvas.Highlight.none(), 800, 600);
        assertThat(count(image, Style.CONCEPT)).isGreaterThan(1_000);
        assertThat(count(image, Style.PAPER)).isGreaterThan(200);
    }
}
