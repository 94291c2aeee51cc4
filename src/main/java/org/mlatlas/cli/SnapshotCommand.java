package org.mlatlas.cli;

import java.nio.file.Path;
import org.mlatlas.ui.Png;
import org.mlatlas.ui.SnapshotRequest;
import org.mlatlas.ui.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atlas snapshot --out FILE.png}: renders the graph (or a plan) to PNG without a display. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render the graph view to a PNG, headless (no display needed).")
final class SnapshotCommand extends BaseCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "where to write the PNG")
    Path out;

    @Option(names = "--focus", paramLabel = "ID", description = "select this node and show its neighbourhood (2 hops)")
    String focus;

    @Option(names = "--plan", paramLabel = "ID", description = "draw the reading plan before this node, in layers")
    String plan;

    @Option(names = "--connect", paramLabel = "A,B", split = ",",
            description = "draw how A connects to B: the shortest paths between them over every relationship kind, the rest faded")
    java.util.List<String> connect;

    @Option(names = "--width", defaultValue = "1600", paramLabel = "W", description = "width in pixels (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "1000", paramLabel = "H", description = "height in pixels (default ${DEFAULT-VALUE})")
    int height;

    @Override
    public Integer call() throws Exception {
        if (connect != null && connect.size() != 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--connect takes two nodes, A,B (got " + connect.size() + ")");
        }
        if (connect != null && connect.stream().anyMatch(String::isBlank)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--connect takes two nodes, A,B, and one of them is empty");
        }
        requireSide("--width", width);
        requireSide("--height", height);
        SnapshotRequest request = new SnapshotRequest(width, height, focus, plan,
                connect == null ? null : connect.get(0).strip(), connect == null ? null : connect.get(1).strip());
        Png.write(Snapshots.render(atlas(), request, context().explorerPositions()), out);
        out().println("wrote " + out + " (" + width + "x" + height + ")");
        return 0;
    }

    private void requireSide(String option, int pixels) {
        if (pixels < SnapshotRequest.MIN_SIDE || pixels > SnapshotRequest.MAX_SIDE) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + " must be between "
                    + SnapshotRequest.MIN_SIDE + " and " + SnapshotRequest.MAX_SIDE + " pixels, not " + pixels);
        }
    }
}
