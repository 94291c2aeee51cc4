package org.mlatlas.bench;

import java.nio.file.Path;
import java.util.BitSet;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.graphdata.GraphDataLoader;
import org.mlatlas.ui.Png;
import org.mlatlas.ui.Snapshots;
import org.mlatlas.ui.canvas.Highlight;
import org.mlatlas.ui.model.Filters;
import org.mlatlas.ui.model.GraphMap;
import org.mlatlas.ui.model.GraphScene;
import org.mlatlas.ui.model.LayoutRunner;

/**
 * Development aid: renders the shipped graph-data's map without a database, to tune layout and style quickly.
 * Arguments: the PNG to write, then optionally width and height (default 2000x1300).
 */
public final class ShotTool {
    public static void main(String[] args) throws Exception {
        AtlasGraph graph = new GraphDataLoader().load(Path.of("graph-data"));
        long t0 = System.nanoTime();
        GraphMap map = new GraphMap(positions -> { });
        GraphScene scene = map.scene(graph, Filters.all(), null);
        LayoutRunner.settle(scene.layout(), GraphMap.MAX_STEPS);
        scene.sync();
        System.out.printf("layout %d iterations, %.0f ms%n", scene.layout().iterations(), (System.nanoTime() - t0) / 1e6);
        int w = args.length > 2 ? Integer.parseInt(args[1]) : 2000;
        int h = args.length > 2 ? Integer.parseInt(args[2]) : 1300;
        Png.write(Snapshots.render(scene, new Highlight(-1, -1, new BitSet(), -1, 0, 0), w, h,
                "ML Atlas: " + graph.nodes().size() + " nodes, " + graph.relations().size() + " relationships"), Path.of(args[0]));
        System.exit(0);
    }
}
