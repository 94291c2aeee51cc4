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
    /** The smallest and largest image side, in pixels. */
    public static final int MIN_SIDE = 100;
    public static final int MAX_SIDE = 10_000;

    public SnapshotRequest {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("width and height must be between " + MIN_SIDE + " and " + MAX_SIDE + " pixels");
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
