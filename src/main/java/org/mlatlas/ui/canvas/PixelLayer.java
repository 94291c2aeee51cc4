package org.mlatlas.ui.canvas;

import java.nio.IntBuffer;
import java.util.BitSet;
import java.util.stream.IntStream;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.ui.model.VisualGraph;

/**
 * Edges and nodes of a frame, rasterised antialiased in Java ({@link Raster}) into an image that shares its
 * pixels with a {@link PixelBuffer} and is drawn with one {@code drawImage}: every edge with its kind's colour,
 * width and dash pattern and an arrowhead ({@link Lod} decides its size and leaves it out only where the edge
 * is too short to show one), nodes by kind and state, and the state rings. Labels stay vector text on the
 * canvas. JavaFX's software pipeline needs most of a second for 15k antialiased strokes; this needs
 * milliseconds. The image may have more pixels than the canvas (HiDPI screens): {@code pixelScale}.
 */
final class PixelLayer {
    private static final RelationKind[] KINDS = RelationKind.values();

    private final Raster raster = new Raster(1, 1);
    private final RegionBackdrop regions = new RegionBackdrop();
    private final ArrowSprites arrows = new ArrowSprites();
    private final ArrowSprites focusArrows = new ArrowSprites();
    /** Rows per band: bands are drawn in parallel, and one band's pixels (64 rows of 1,600: 400 KB) fit a core's cache. */
    private static final int BAND_ROWS = 64;
    private final double[] clip = new double[2];
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;
    private double[] visible = new double[0];
    private final int[][] buckets = new int[2 * KINDS.length][0];
    private final int[] counts = new int[2 * KINDS.length];
    /** Per bucket and band of rows, the bucket's edges that may touch the band, and how many. */
    private final int[][][] bandLists = new int[2 * KINDS.length][0][];
    private final int[][] bandCounts = new int[2 * KINDS.length][0];
    /** How far (canvas pixels) an edge's line and arrowhead may reach beyond its end nodes' centres, with room. */
    private static final double BAND_REACH = 16;

    /** Per edge the lowest and highest y it reaches (canvas pixels). */
    private double[] edgeTop = new double[0];
    private double[] edgeBottom = new double[0];

    /**
     * Everything {@link #draw} needs about the frame, in canvas pixels. {@code paths} are a plan's routed edges
     * (per edge a polyline from rim to rim), null to draw every edge straight between its nodes.
     */
    record Frame(VisualGraph g, double[] sx, double[] sy, double[] r, double width, double height, double pixelScale,
                 double zoom, boolean plan, BitSet near, int focus, Highlight hl, double[][] paths) {
    }

    /** Rasterises the frame's edges, nodes and rings and draws them over the whole canvas. */
    void draw(GraphicsContext gc, Frame f) {
        int pw = Math.max(1, (int) Math.ceil(f.width() * f.pixelScale()));
        int ph = Math.max(1, (int) Math.ceil(f.height() * f.pixelScale()));
        if (buffer == null || raster.width() != pw || raster.height() != ph) {
            raster.resize(pw, ph);
            buffer = new PixelBuffer<>(pw, ph, IntBuffer.wrap(raster.pixels()), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }
        double[] style = measure(f); // edge opacity and arrowhead size for this frame
        arrows.prepare(style[1] * f.pixelScale());
        focusArrows.prepare(Lod.FOCUS_ARROW * f.pixelScale());
        // bands of rows drawn in parallel; each band draws everything clipped to its rows, in the same order
        int n = Math.max(1, (ph + BAND_ROWS / 2) / BAND_ROWS);
        sortIntoBands(f, n, ph);
        // a map shows its topic areas as regions behind everything; a plan does not
        boolean backdrop = !f.plan() && regions.prepare(f.g(), f.sx(), f.sy(), f.zoom(), pw, ph, f.pixelScale(), rgb(Style.BACKGROUND));
        IntStream.range(0, n).parallel().forEach(i -> {
            Raster band = raster.band(i * ph / n, (i + 1) * ph / n);
            if (backdrop) {
                regions.fill(band);
            } else {
                band.clear(rgb(Style.BACKGROUND));
            }
            edges(band, i, f, style[0], style[1]);
            nodes(band, f);
        });
        buffer.updateBuffer(b -> null); // the whole image changed
        // opaque and over the whole canvas: no background fill under it (the software pipeline would spend
        // milliseconds filling pixels that are then covered)
        gc.drawImage(image, 0, 0, f.width(), f.height());
    }

    /**
     * Draws the last frame's image again, scaled by {@code k} and with its top-left corner at ({@code x}, {@code y})
     * (canvas pixels), without rasterising anything: a pan or zoom in progress. Fills what the image leaves
     * uncovered with the background.
     */
    void drawMoved(GraphicsContext gc, double width, double height, double x, double y, double k, double imageWidth,
                   double imageHeight) {
        double w = imageWidth * k;
        double h = imageHeight * k;
        gc.setFill(Style.BACKGROUND);
        if (x > 0) {
            gc.fillRect(0, 0, Math.min(width, x), height);
        }
        if (x + w < width) {
            gc.fillRect(Math.max(0, x + w), 0, width - Math.max(0, x + w), height);
        }
        if (y > 0) {
            gc.fillRect(0, 0, width, Math.min(height, y));
        }
        if (y + h < height) {
            gc.fillRect(0, Math.max(0, y + h), width, height - Math.max(0, y + h));
        }
        // nearest neighbour: the software pipeline's smooth scaling of a full-view image takes 5x as long (30 ms
        // of CPU against 6 here), and the view redraws crisply as soon as the gesture pauses
        gc.setImageSmoothing(false);
        gc.drawImage(image, x, y, w, h);
        gc.setImageSmoothing(true);
    }

    /** Fills {@link #visible} and returns {edge opacity, arrowhead size} for the frame. */
    private double[] measure(Frame f) {
        VisualGraph g = f.g();
        if (visible.length < g.edgeCount()) {
            visible = new double[g.edgeCount()];
            edgeTop = new double[g.edgeCount()];
            edgeBottom = new double[g.edgeCount()];
        }
        // visible length of each edge (between the rims, clipped to the view), and how much ink they make;
        // visible edges listed by drawing order: not focused then focused, by kind
        double ink = 0;
        java.util.Arrays.fill(counts, 0);
        for (int e = 0; e < g.edgeCount(); e++) {
            int a = g.from(e);
            int b = g.to(e);
            visible[e] = 0;
            if (f.paths() != null) {
                measurePath(f, e);
                if (visible[e] > 0) {
                    boolean focused = f.focus() >= 0 && (a == f.focus() || b == f.focus());
                    int bucket = (focused ? KINDS.length : 0) + g.kind(e).ordinal();
                    buckets[bucket] = append(buckets[bucket], counts[bucket]++, e);
                }
                continue;
            }
            edgeTop[e] = Math.min(f.sy()[a], f.sy()[b]);
            edgeBottom[e] = Math.max(f.sy()[a], f.sy()[b]);
            double x0 = f.sx()[a];
            double y0 = f.sy()[a];
            double x1 = f.sx()[b];
            double y1 = f.sy()[b];
            if (Lod.outside(x0, y0, x1, y1, f.width(), f.height())) {
                continue;
            }
            double len = Math.sqrt((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0)) - f.r()[a] - f.r()[b] - 1.5;
            if (len < 1 || !Lod.clip(x0, y0, x1, y1, 0, 0, f.width(), f.height(), clip)) {
                continue;
            }
            visible[e] = len;
            ink += len * (clip[1] - clip[0]) * Style.width(g.kind(e));
            boolean focused = f.focus() >= 0 && (a == f.focus() || b == f.focus());
            int bucket = (focused ? KINDS.length : 0) + g.kind(e).ordinal();
            buckets[bucket] = append(buckets[bucket], counts[bucket]++, e);
        }
        return new double[] {f.plan() ? 0.85 : Lod.edgeAlpha(ink / (f.width() * f.height())), f.plan() ? 8 : Lod.arrowSize(f.zoom())};
    }

    /** Sets a routed edge's visible length (0 when it misses the view) and the rows it reaches. */
    private void measurePath(Frame f, int e) {
        double[] p = f.paths()[e];
        if (p == null || p.length < 4) {
            return;
        }
        double length = 0;
        double minX = p[0];
        double maxX = p[0];
        double top = p[1];
        double bottom = p[1];
        for (int k = 2; k < p.length; k += 2) {
            length += Math.hypot(p[k] - p[k - 2], p[k + 1] - p[k - 1]);
            minX = Math.min(minX, p[k]);
            maxX = Math.max(maxX, p[k]);
            top = Math.min(top, p[k + 1]);
            bottom = Math.max(bottom, p[k + 1]);
        }
        if (maxX >= 0 && minX <= f.width() && bottom >= 0 && top <= f.height()) {
            visible[e] = length;
            edgeTop[e] = top;
            edgeBottom[e] = bottom;
        }
    }

    /**
     * Lists each bucket's visible edges by the bands of rows they may touch, in drawing order, so that a band
     * walks its own edges instead of all of them. A list may hold an edge from a neighbouring band too: drawing
     * clips to the band, so that costs only a test.
     */
    private void sortIntoBands(Frame f, int n, int ph) {
        double ps = f.pixelScale();
        for (int bucket = 0; bucket < buckets.length; bucket++) {
            if (bandLists[bucket].length < n) {
                bandLists[bucket] = new int[n][16];
                bandCounts[bucket] = new int[n];
            }
            java.util.Arrays.fill(bandCounts[bucket], 0);
            int[] list = buckets[bucket];
            for (int j = 0; j < counts[bucket]; j++) {
                int e = list[j];
                long rowLo = (long) Math.floor((edgeTop[e] - BAND_REACH) * ps);
                long rowHi = (long) Math.ceil((edgeBottom[e] + BAND_REACH) * ps);
                int first = (int) Math.max(0, Math.min(n - 1, Math.floorDiv(rowLo * n, ph) - 1));
                int last = (int) Math.max(0, Math.min(n - 1, Math.floorDiv(rowHi * n, ph) + 1));
                for (int band = first; band <= last; band++) {
                    int at = bandCounts[bucket][band]++;
                    bandLists[bucket][band] = append(bandLists[bucket][band], at, e);
                }
            }
        }
    }

    private void edges(Raster raster, int bandIndex, Frame f, double base, double arrow) {
        VisualGraph g = f.g();
        double ps = f.pixelScale();
        for (int pass = 0; pass < 2; pass++) { // focused edges last, on top
            for (RelationKind kind : KINDS) {
                int rgb = rgb(Style.edge(kind));
                double[] dashes = scaled(Style.dashes(kind), ps);
                // readings' edges are many and secondary: fainter than prerequisites unless focused
                double kindAlpha = kind == RelationKind.PREREQUISITE ? base : base * 0.7;
                double alpha = pass == 1 ? 0.95 : f.near() != null ? Math.min(kindAlpha, 0.12) : kindAlpha;
                double width = Style.width(kind) * (pass == 1 ? 1.8 : 1) * ps;
                double head = (pass == 1 ? Lod.FOCUS_ARROW : arrow) * ps;
                int bucket = pass * KINDS.length + kind.ordinal();
                if (counts[bucket] == 0) {
                    continue;
                }
                int[] list = bandLists[bucket][bandIndex];
                int count = bandCounts[bucket][bandIndex];
                double reach = (width + head) / ps + 2; // how far a line and its head reach beyond the centres
                double top = raster.top() / ps - reach;
                double bottom = raster.bottom() / ps + reach;
                for (int j = 0; j < count; j++) {
                    int e = list[j];
                    if (edgeBottom[e] < top || edgeTop[e] > bottom) {
                        continue; // not in this band
                    }
                    if (f.paths() != null) {
                        path(raster, f.paths()[e], ps, width, rgb, alpha, dashes, head);
                    } else {
                        edge(raster, f, g.from(e), g.to(e), visible[e] * ps, width, rgb, alpha, dashes, head,
                                pass == 1 ? focusArrows : arrows);
                    }
                }
            }
        }
    }

    private static void edge(Raster raster, Frame f, int a, int b, double visibleLength, double width, int rgb, double alpha,
                      double[] dashes, double head, ArrowSprites heads) {
        double ps = f.pixelScale();
        double ax = f.sx()[a] * ps;
        double ay = f.sy()[a] * ps;
        double bx = f.sx()[b] * ps;
        double by = f.sy()[b] * ps;
        double len = Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
        double ux = (bx - ax) / len;
        double uy = (by - ay) / len;
        double sx = ax + ux * f.r()[a] * ps;
        double sy = ay + uy * f.r()[a] * ps;
        double ex = bx - ux * (f.r()[b] + 1.5) * ps;
        double ey = by - uy * (f.r()[b] + 1.5) * ps;
        if (!Lod.drawArrow(visibleLength, head)) {
            raster.line(sx, sy, ex, ey, width, rgb, alpha, dashes, 0);
            return;
        }
        // the line stops inside the head, so a dash never pokes out of its tip
        raster.line(sx, sy, ex - ux * head * 0.6, ey - uy * head * 0.6, width, rgb, alpha, dashes, 0);
        heads.draw(raster, ex, ey, ux, uy, rgb, Math.min(1, alpha * 1.3));
    }

    /**
     * A routed edge: its polyline as segments (a dash pattern runs on across them), the last stopping inside the
     * arrowhead at its end, which points along the polyline's last {@code head} pixels.
     */
    private static void path(Raster raster, double[] p, double ps, double width, int rgb, double alpha, double[] dashes,
                             double head) {
        int last = p.length - 2;
        double ex = p[last] * ps;
        double ey = p[last + 1] * ps;
        // the arrowhead's direction: from the point about one head length back along the polyline
        int k = last;
        while (k > 0 && Math.hypot(p[k] * ps - ex, p[k + 1] * ps - ey) < head) {
            k -= 2;
        }
        double dx = ex - p[k] * ps;
        double dy = ey - p[k + 1] * ps;
        double len = Math.hypot(dx, dy);
        boolean arrow = len > 0 && Lod.drawArrow(length(p) * ps, head);
        double ux = arrow ? dx / len : 0;
        double uy = arrow ? dy / len : 0;
        double phase = 0;
        for (int j = 2; j <= last; j += 2) {
            double x0 = p[j - 2] * ps;
            double y0 = p[j - 1] * ps;
            double x1 = p[j] * ps;
            double y1 = p[j + 1] * ps;
            if (arrow && j == last) { // the line stops inside the head, so a dash never pokes out of its tip
                x1 = ex - ux * head * 0.6;
                y1 = ey - uy * head * 0.6;
            }
            if (arrow && j > k && Math.hypot(x0 - ex, y0 - ey) < head * 0.6) {
                break; // within the head already
            }
            raster.line(x0, y0, x1, y1, width, rgb, alpha, dashes, phase);
            phase += Math.hypot(x1 - x0, y1 - y0);
        }
        if (arrow) {
            double baseX = ex - ux * head;
            double baseY = ey - uy * head;
            double half = head * 0.42;
            raster.triangle(ex, ey, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half, rgb,
                    Math.min(1, alpha * 1.3));
        }
    }

    private static double length(double[] p) {
        double length = 0;
        for (int k = 2; k < p.length; k += 2) {
            length += Math.hypot(p[k] - p[k - 2], p[k + 1] - p[k - 1]);
        }
        return length;
    }

    private static void nodes(Raster raster, Frame f) {
        VisualGraph g = f.g();
        double ps = f.pixelScale();
        BitSet near = f.near();
        Highlight hl = f.hl();
        for (int i = 0; i < g.size(); i++) {
            double x = f.sx()[i];
            double y = f.sy()[i];
            double r = f.r()[i];
            if (!Lod.nodeVisible(x, y, r, f.width(), f.height()) || (y + r + 8) * ps < raster.top()
                    || (y - r - 8) * ps > raster.bottom()) {
                continue;
            }
            Node n = g.node(i);
            boolean faded = near != null && !near.get(i);
            Color fill = Style.fill(n.kind());
            int shape = n.kind().ordinal(); // CONCEPT, PAPER, RESOURCE: circle, square, diamond
            if (faded) { // grey, known or not: a faded node never looks like a known one
                raster.shape(shape, x * ps, y * ps, r * ps, rgb(Style.FADED), rgb(Style.FADED), ps, 1);
            } else if (n.known()) {
                raster.shape(shape, x * ps, y * ps, r * ps, rgb(Style.knownFill(n.kind())), rgb(fill),
                        Style.KNOWN_OUTLINE * ps, 1);
            } else {
                raster.shape(shape, x * ps, y * ps, r * ps, rgb(fill), 0xffffff, ps, 1);
            }
            if (n.fromNotes() && !faded) {
                raster.ring(x * ps, y * ps, (r + 2.5) * ps, 1.8 * ps, rgb(Style.FROM_NOTES), 1);
            }
        }
        // rings of the plan and the selection over every node; a plan zoomed out shrinks them with its nodes
        double k = f.plan() ? Math.min(1, f.zoom()) : 1;
        for (int i = hl.inPlan().nextSetBit(0); i >= 0 && i < g.size(); i = hl.inPlan().nextSetBit(i + 1)) {
            raster.ring(f.sx()[i] * ps, f.sy()[i] * ps, (f.r()[i] + 5 * k) * ps, 2.5 * k * ps, rgb(Style.IN_PLAN), 1);
        }
        for (int i : new int[] {hl.selected(), hl.hovered()}) {
            if (i >= 0 && i < g.size()) {
                raster.ring(f.sx()[i] * ps, f.sy()[i] * ps, (f.r()[i] + 3.5 * k) * ps, 2.5 * k * ps, rgb(Style.SELECTED), 1);
            }
        }
    }

    private static int[] append(int[] list, int at, int value) {
        int[] out = at < list.length ? list : java.util.Arrays.copyOf(list, Math.max(16, list.length * 2));
        out[at] = value;
        return out;
    }

    private static double[] scaled(double[] dashes, double ps) {
        if (dashes == null) {
            return null;
        }
        double[] out = dashes.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= ps;
        }
        return out;
    }

    /** A colour as {@code 0xRRGGBB}. */
    static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
