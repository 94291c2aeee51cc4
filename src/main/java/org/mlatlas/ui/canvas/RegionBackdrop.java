package org.mlatlas.ui.canvas;

import java.util.Arrays;
import org.mlatlas.ui.model.VisualGraph;

/**
 * The map's regions behind the graph: every point within a radius of a node takes the tint of the nearest node's
 * topic area, so each area shows as a soft-edged country and the borders between areas fall half way between
 * their nodes (the idea of GMap, Gansner, Hu and Kobourov 2010, on a grid instead of Voronoi polygons). Computed
 * on a coarse grid of {@link #CELL}-pixel cells (a node stamps a disc of cells, keeping the nearest), then
 * filled at full resolution: a cell whose corners agree is a run of one colour, a cell on a border is blended
 * bilinearly, so borders are smooth and filling costs about as much as clearing the image.
 */
final class RegionBackdrop {
    /** Image pixels per grid cell. */
    static final int CELL = 4;
    /** A node's region reaches this far, in world units (the force layout's ideal edge length is 70). */
    static final double REACH = 90;
    private static final double MIN_REACH_PX = 10;
    private static final double MAX_REACH_PX = 110;

    private int gw;
    private int gh;
    private int[] colour = new int[0];
    private float[] dist = new float[0];
    private int[] areaOf = new int[0];
    private boolean active;

    /**
     * Computes the grid for a frame of {@code pw x ph} image pixels; returns false (nothing to draw) for a view
     * without areas.
     *
     * @param sx node centres in canvas pixels; {@code ps} image pixels per canvas pixel
     */
    boolean prepare(VisualGraph g, double[] sx, double[] sy, double zoom, int pw, int ph, double ps, int background) {
        active = false;
        if (g.areas().count() == 0 || g.size() == 0) {
            return false;
        }
        gw = pw / CELL + 2;
        gh = ph / CELL + 2;
        int cells = gw * gh;
        if (dist.length < cells) {
            dist = new float[cells];
            areaOf = new int[cells];
            colour = new int[cells];
        }
        Arrays.fill(dist, 0, cells, Float.MAX_VALUE);
        Arrays.fill(areaOf, 0, cells, -1);
        double reach = Math.max(MIN_REACH_PX, Math.min(MAX_REACH_PX, REACH * zoom)) * ps / CELL; // in cells
        double reach2 = reach * reach;
        for (int i = 0; i < g.size(); i++) {
            int a = g.area(i);
            if (a < 0) {
                continue;
            }
            // cell (u, v) covers image pixels u*CELL .. u*CELL+CELL-1; its centre is at u*CELL + CELL/2
            double cx = sx[i] * ps / CELL - 0.5;
            double cy = sy[i] * ps / CELL - 0.5;
            int u0 = (int) Math.max(0, Math.ceil(cx - reach));
            int u1 = (int) Math.min(gw - 1, Math.floor(cx + reach));
            int v0 = (int) Math.max(0, Math.ceil(cy - reach));
            int v1 = (int) Math.min(gh - 1, Math.floor(cy + reach));
            for (int v = v0; v <= v1; v++) {
                double dy = v - cy;
                int row = v * gw;
                for (int u = u0; u <= u1; u++) {
                    double dx = u - cx;
                    float d2 = (float) (dx * dx + dy * dy);
                    if (d2 < reach2 && d2 < dist[row + u]) {
                        dist[row + u] = d2;
                        areaOf[row + u] = a;
                    }
                }
            }
        }
        for (int c = 0; c < cells; c++) {
            colour[c] = areaOf[c] < 0 ? background : AreaColours.tint(g.areas().colour(areaOf[c]));
        }
        active = true;
        return true;
    }

    /**
     * Fills the rows of {@code band} with the regions (the background where there is none): runs of one colour
     * with {@code Arrays.fill}, cells on a border blended bilinearly in fixed point.
     */
    void fill(Raster band) {
        if (!active) {
            throw new IllegalStateException("prepare() first");
        }
        int[] px = band.pixels();
        int w = band.width();
        for (int y = band.top(); y < band.bottom(); y++) {
            // pixel centre y+0.5 lies between cell rows v and v+1 (cell centres at v*CELL + CELL/2)
            int v = Math.floorDiv(y - CELL / 2, CELL);
            int wy = WEIGHT[Math.floorMod(y - CELL / 2, CELL)];
            int r0 = Math.max(0, Math.min(gh - 1, v)) * gw;
            int r1 = Math.max(0, Math.min(gh - 1, v + 1)) * gw;
            int row = y * w;
            int runStart = 0;
            int runColour = -1;
            int x = 0;
            for (int u = -1; x < w; u++) {
                // the pixels whose centres lie between cell columns u and u+1
                int end = Math.min(w, (u + 1) * CELL + CELL / 2);
                int ua = Math.max(0, Math.min(gw - 1, u));
                int ub = Math.max(0, Math.min(gw - 1, u + 1));
                int c00 = colour[r0 + ua];
                int c10 = colour[r0 + ub];
                int c01 = colour[r1 + ua];
                int c11 = colour[r1 + ub];
                if (c00 == c10 && c00 == c01 && c00 == c11) {
                    if (c00 != runColour) {
                        if (runColour >= 0) {
                            Arrays.fill(px, row + runStart, row + x, 0xff000000 | runColour);
                        }
                        runColour = c00;
                        runStart = x;
                    }
                    x = end;
                    continue;
                }
                if (runColour >= 0) {
                    Arrays.fill(px, row + runStart, row + x, 0xff000000 | runColour);
                    runColour = -1;
                }
                int left = mix(c00, c01, wy);
                int right = mix(c10, c11, wy);
                int first = u * CELL + CELL / 2; // the pixel at weight index 0
                for (; x < end; x++) {
                    px[row + x] = 0xff000000 | mix(left, right, WEIGHT[x - first]);
                }
            }
            if (runColour >= 0) {
                Arrays.fill(px, row + runStart, row + w, 0xff000000 | runColour);
            }
        }
    }

    /** The weight of the next cell for each of a cell's pixels, out of 256: pixel centres at (i + 0.5) / CELL. */
    private static final int[] WEIGHT = new int[CELL];

    static {
        for (int i = 0; i < CELL; i++) {
            WEIGHT[i] = (int) Math.round((i + 0.5) / CELL * 256);
        }
    }

    /** {@code a} and {@code b} ({@code 0xRRGGBB}) mixed, {@code t}/256 of {@code b}, in fixed point. */
    private static int mix(int a, int b, int t) {
        if (a == b) {
            return a;
        }
        int s = 256 - t;
        int rb = (((a & 0xff00ff) * s + (b & 0xff00ff) * t) >>> 8) & 0xff00ff;
        int g = (((a & 0xff00) * s + (b & 0xff00) * t) >>> 8) & 0xff00;
        return rb | g;
    }
}
