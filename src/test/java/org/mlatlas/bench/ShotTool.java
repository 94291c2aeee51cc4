package org.mlatlas.bench;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.graphdata.GraphDataLoader;
import org.mlatlas.ui.Png;
import org.mlatlas.ui.Snapshots;
import org.mlatlas.ui.canvas.Highlight;
import org.mlatlas.ui.model.Filters;
import org.mlatlas.ui.model.GraphScene;
import org.mlatlas.ui.model.LayoutRunner;
import org.mlatlas.ui.model.VisualGraph;

/** Development aid: renders the shipped graph-data without a database, to tune layout and style quickly. */
public final class ShotTool {
    public static void main(String[] args) throws Exception {
        AtlasGraph graph = new GraphDataLoader().load(Path.of("graph-data"));
        long t0 = System.nanoTime();
        GraphScene scene = GraphScene.force(VisualGraph.filter(graph, Filters.all(), null), Map.of(), 42);
        LayoutRunner.settle(scene.layout(), 1500);
        scene.sync();
        System.out.printf("layout %d iterations, %.0f ms%n", scene.layout().iterations(), (System.nanoTime() - t0) / 1e6);
        Png.write(Snapshots.render(scene, new Highlight(-1, -1, new BitSet(), -1, 0, 0), 1600, 1000), Path.of(args[0]));
        System.exit(0);
    }
}
