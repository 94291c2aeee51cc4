package org.mlatlas.ui;

/**
 * What {@code atlas snapshot} draws.
 *
 * @param width   image width in pixels
 * @param height  image height in pixels
 * @param focusId a node to select and frame with its neighbourhood (depth 2), or null for the whole graph
 * @param planId  a node whose reading plan to draw (layered), or null
 * @param connectFrom with {@code connectTo}: draw how this node connects to that one (shortest paths, the rest
 *                    faded), or null
 * @param connectTo   the other end of the connection, or null
 */
public record SnapshotRequest(int width, int height, String focusId, String planId, String connectFrom, String connectTo) {
    public SnapshotRequest {
        if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("width and height must be between 100 and 10000 pixels");
        }
        if ((connectFrom == null) != (connectTo == null)) {
            throw new IllegalArgumentException("a connection needs two nodes");
        }
    }

    /** A request without a connection. */
    public SnapshotRequest(int width, int height, String focusId, String planId) {
        this(width, height, focusId, planId, null, null);
    }
}
