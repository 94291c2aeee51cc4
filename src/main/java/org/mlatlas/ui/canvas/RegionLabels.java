package org.mlatlas.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.mlatlas.ui.model.VisualGraph;

/**
 * The name of every topic area, big and faint over the middle of its region, while the view is zoomed out far
 * enough to see regions whole: a label fades out as its region grows past about half the view, so zoomed in
 * only node labels remain. Bigger areas get bigger names. Each name's box is reported, so node labels keep clear.
 */
final class RegionLabels {
    private static final double MIN_FONT = 17;
    private static final double MAX_FONT = 34;
    /** Areas with fewer nodes get no name on the map. */
    private static final int MIN_NODES = 8;
    private double[] sumX = new double[0];
    private double[] sumY = new double[0];
    private double[] sumXX = new double[0];
    private double[] sumYY = new double[0];
    private int[] count = new int[0];

    /** Where a name may go, in lines above (-) or below (+) its region's centre, in the order tried. */
    private static final double[] SHIFTS = {0, 1, -1, 2, -2};

    private static boolean overlap(Placed a, Placed b) {
        return a.x() < b.x() + b.w() && b.x() < a.x() + a.w() && a.y() < b.y() + b.h() && b.y() < a.y() + a.h();
    }

    /** A drawn name: its box in canvas pixels. */
    record Placed(double x, double y, double w, double h) {
    }

    /** A name as drawn: area, text, centre, font size and opacity. */
    private record Drawn(int colour, String name, double x, double y, double size, double alpha) {
    }

    private final java.util.List<Drawn> drawn = new java.util.ArrayList<>();

    /** Draws the last frame's names again, their centres moved as the frame moves ({@code x' = k x + dx}). */
    void replay(GraphicsContext gc, double k, double dx, double dy) {
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (Drawn d : drawn) {
            name(gc, d.colour(), d.name(), k * d.x() + dx, k * d.y() + dy, d.size(), d.alpha());
        }
        gc.setGlobalAlpha(1);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    private static void name(GraphicsContext gc, int colour, String name, double x, double y, double size, double alpha) {
        gc.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, size));
        // a halo: the name four times around its place in the background colour, from the glyph cache (stroking
        // the glyphs' outlines took 12 ms a frame on the software pipeline, this 4)
        gc.setGlobalAlpha(alpha * 0.7);
        gc.setFill(Style.BACKGROUND);
        gc.fillText(name, x - 2, y - 2);
        gc.fillText(name, x + 2, y - 2);
        gc.fillText(name, x - 2, y + 2);
        gc.fillText(name, x + 2, y + 2);
        gc.setGlobalAlpha(alpha * 0.8);
        gc.setFill(AreaColours.name(colour));
        gc.fillText(name, x, y);
    }

    /**
     * Draws the names on {@code gc} over a frame of {@code w x h} canvas pixels, none under the legend (drawn last,
     * over them; {@code legendHeight} tall).
     *
     * @return the boxes of the names drawn
     */
    java.util.List<Placed> draw(GraphicsContext gc, VisualGraph g, double[] sx, double[] sy, double w, double h,
                                double legendHeight) {
        int areas = g.areas().count();
        drawn.clear();
        java.util.List<Placed> placed = new java.util.ArrayList<>();
        if (areas == 0) {
            return placed;
        }
        if (count.length < areas) {
            sumX = new double[areas];
            sumY = new double[areas];
            sumXX = new double[areas];
            sumYY = new double[areas];
            count = new int[areas];
        }
        java.util.Arrays.fill(sumX, 0);
        java.util.Arrays.fill(sumY, 0);
        java.util.Arrays.fill(sumXX, 0);
        java.util.Arrays.fill(sumYY, 0);
        java.util.Arrays.fill(count, 0);
        for (int i = 0; i < g.size(); i++) {
            int a = g.area(i);
            if (a >= 0) {
                sumX[a] += sx[i];
                sumY[a] += sy[i];
                sumXX[a] += sx[i] * sx[i];
                sumYY[a] += sy[i] * sy[i];
                count[a]++;
            }
        }
        Placed legend = new Placed(4, 4, Legend.WIDTH + 12, legendHeight + 12);
        double view = Math.min(w, h);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        // biggest areas first; a name that would overlap one placed already moves up or down, or is left out
        Integer[] order = new Integer[areas];
        for (int a = 0; a < areas; a++) {
            order[a] = a;
        }
        java.util.Arrays.sort(order, (a, b) -> count[a] != count[b] ? Integer.compare(count[b], count[a]) : Integer.compare(a, b));
        for (int a : order) {
            int n = count[a];
            if (n < MIN_NODES) {
                continue; // a speck of an area gets no banner
            }
            double cx = sumX[a] / n;
            double cy = sumY[a] / n;
            // the region's spread: the root mean square distance of its nodes from their centre
            double spread = Math.sqrt(Math.max(0, (sumXX[a] + sumYY[a]) / n - cx * cx - cy * cy));
            double alpha = Math.max(0, Math.min(1, (0.32 * view - spread) / (0.12 * view)));
            if (alpha <= 0.02 || cx < 0 || cy < 0 || cx > w || cy > h) {
                continue;
            }
            double size = Math.max(MIN_FONT, Math.min(MAX_FONT, 10 + 2.2 * Math.sqrt(n)));
            String name = g.areas().name(a);
            double tw = name.length() * size * 0.7;
            if (tw + 12 < w) {
                cx = Math.max(tw / 2 + 6, Math.min(w - tw / 2 - 6, cx)); // a region at the edge keeps its whole name in view
            }
            Placed box = null;
            // where it belongs, else moved up or down, else moved right of the legend; whole in the view's height (a
            // region at the top edge had the upper half of its name cut off)
            double[] centres = {cx, Math.max(cx, legend.x() + legend.w() + tw / 2 + 6)};
            for (int c = 0; c < centres.length && box == null; c++) {
                for (double shift : SHIFTS) {
                    Placed tried = new Placed(centres[c] - tw / 2, cy + shift * size * 1.3 - size * 0.6, tw, size * 1.2);
                    if (!overlap(legend, tried) && placed.stream().noneMatch(p -> overlap(p, tried))
                            && (c == 0 || tried.x() + tw <= w) && tried.y() >= 0 && tried.y() + tried.h() <= h) {
                        box = tried;
                        break;
                    }
                }
            }
            if (box == null) {
                continue;
            }
            double y = box.y() + size * 0.6;
            double x = box.x() + tw / 2;
            name(gc, g.areas().colour(a), name, x, y, size, alpha);
            drawn.add(new Drawn(g.areas().colour(a), name, x, y, size, alpha));
            placed.add(box);
        }
        gc.setGlobalAlpha(1);
        gc.setTextAlign(TextAlignment.LEFT);
        return placed;
    }
}
