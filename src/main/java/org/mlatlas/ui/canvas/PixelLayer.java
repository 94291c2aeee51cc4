package org.mlatlas.ui.canvas;

import java.util.Arrays;
import java.util.BitSet;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.ui.model.VisualGraph;

/**
 * The level of detail for big views: edges and nodes rasterised in Java into an ARGB buffer (aliased lines
 * blended at a fixed opacity, filled shapes) and drawn with one {@code drawImage}. JavaFX's software pipeline
 * takes most of a second for 15k antialiased edges; this takes milliseconds. Used when a frame has more edges
 * than {@link #EDGES_FROM}; smaller views keep the antialiased vector drawing.
 */
final class PixelLayer {
    /** Frames with at least this many edges are drawn by this layer. */
    static final int EDGES_FROM = 4_000;

    private int[] buffer = new int[0];
    private WritableImage image;
    private int width;
    private int height;

    /** Draws edges and nodes of {@code g} at screen positions into the context as one image. */
    void draw(GraphicsContext gc, VisualGraph g, double[] sx, double[] sy, double[] r, int w, int h, BitSet near) {
        if (w != width || h != height || image == null) {
            width = w;
            height = h;
            buffer = new int[w * h];
            image = new WritableImage(w, h);
        }
        Arrays.fill(buffer, argb(Style.BACKGROUND, 1));
        for (int e = 0; e < g.edgeCount(); e++) {
            int a = g.from(e);
            int b = g.to(e);
            boolean faded = near != null && !(near.get(a) && near.get(b));
            line(sx[a], sy[a], sx[b], sy[b], argb(Style.edge(g.kind(e)), 1), faded ? 40 : 110);
        }
        for (int i = 0; i < g.size(); i++) {
            boolean faded = near != null && !near.get(i);
            Color fill = Style.fill(g.node(i).kind());
            if (g.node(i).known()) {
                fill = fill.interpolate(Color.WHITE, 0.65);
            }
            shape(g.node(i).kind(), sx[i], sy[i], r[i], argb(fill, 1), faded ? 70 : 255);
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), buffer, 0, w);
        gc.drawImage(image, 0, 0);
    }

    private static int argb(Color c, double alpha) {
        return ((int) Math.round(alpha * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    private void blend(int x, int y, int rgb, int alpha) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return;
        }
        int i = y * width + x;
        int d = buffer[i];
        int inv = 255 - alpha;
        int r = (((rgb >> 16) & 0xff) * alpha + ((d >> 16) & 0xff) * inv) / 255;
        int gr = (((rgb >> 8) & 0xff) * alpha + ((d >> 8) & 0xff) * inv) / 255;
        int b = ((rgb & 0xff) * alpha + (d & 0xff) * inv) / 255;
        buffer[i] = 0xff000000 | (r << 16) | (gr << 8) | b;
    }

    private void line(double x0, double y0, double x1, double y1, int rgb, int alpha) {
        if ((x0 < 0 && x1 < 0) || (y0 < 0 && y1 < 0) || (x0 >= width && x1 >= width) || (y0 >= height && y1 >= height)) {
            return;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        if (steps == 0 || steps > 20_000) {
            return;
        }
        double ix = dx / steps;
        double iy = dy / steps;
        double x = x0;
        double y = y0;
        for (int s = 0; s <= steps; s++) {
            blend((int) x, (int) y, rgb, alpha);
            x += ix;
            y += iy;
        }
    }

    private void shape(NodeKind kind, double cx, double cy, double r, int rgb, int alpha) {
        double s = kind == NodeKind.RESOURCE ? r * 1.2 : kind == NodeKind.PAPER ? r * 0.9 : r;
        int x0 = (int) Math.floor(cx - s);
        int x1 = (int) Math.ceil(cx + s);
        int y0 = (int) Math.floor(cy - s);
        int y1 = (int) Math.ceil(cy + s);
        if (x1 < 0 || y1 < 0 || x0 >= width || y0 >= height) {
            return;
        }
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double ddx = x + 0.5 - cx;
                double ddy = y + 0.5 - cy;
                boolean inside = switch (kind) {
                    case CONCEPT -> ddx * ddx + ddy * ddy <= r * r;
                    case PAPER -> Math.abs(ddx) <= s && Math.abs(ddy) <= s;
                    case RESOURCE -> Math.abs(ddx) + Math.abs(ddy) <= s;
                };
                if (inside) {
                    blend(x, y, rgb, alpha);
                }
            }
        }
    }
}
