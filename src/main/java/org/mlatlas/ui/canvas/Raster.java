package org.mlatlas.ui.canvas;

import java.util.Arrays;

/**
 * An opaque pixel buffer (one {@code 0xffRRGGBB} int per pixel; alpha is always 255, so the same ints are
 * also premultiplied ARGB) with antialiased drawing in plain Java, no toolkit: lines of any width with dash
 * patterns, triangles, node shapes with an outline, and rings. Coverage is computed analytically per pixel
 * (area of a box filter for lines, signed distance for shapes) and blended source-over. Lines generalise Wu's
 * algorithm to thick lines: each column along the major axis covers a span of the minor axis, and the two
 * partly covered pixels at the span's ends get their fractional coverage. Thin lines (a span of at most two
 * pixels, the usual edge) take classic Wu's path instead: the two pixels nearest the centre share the coverage.
 *
 * <p>JavaFX's software pipeline needs most of a second for 15k antialiased strokes; this needs milliseconds.
 */
public final class Raster {
    /** Node shape: a circle of the given radius. */
    public static final int CIRCLE = 0;
    /** Node shape: a square of half side 0.9 radius. */
    public static final int SQUARE = 1;
    /** Node shape: a diamond of half diagonal 1.2 radius. */
    public static final int DIAMOND = 2;

    /** Triangles whose bounding box has at most this many pixels are filled pixel by pixel, without row spans. */
    private static final int SMALL_TRIANGLE = 196;

    private final double[] clip = new double[2];
    private double[] lastDashes; // the last dash pattern drawn, and its ends in fixed point (per raster: one thread)
    private long[] lastEnds;
    private final double[] rowSpan = new double[4];
    private int width;
    private int height;
    private int[] pixels = new int[0];
    private int top; // drawing is limited to rows top..bottom-1 (a band)
    private int bottom;

    /** A buffer of {@code width x height} pixels. */
    public Raster(int width, int height) {
        resize(width, height);
    }

    private Raster(Raster whole, int top, int bottom) {
        this.width = whole.width;
        this.height = whole.height;
        this.pixels = whole.pixels;
        this.top = Math.max(0, top);
        this.bottom = Math.min(whole.height, bottom);
    }

    /**
     * A view of rows {@code top..bottom-1} of this buffer: it draws into the same pixels but never outside those
     * rows, so several threads can draw the same shapes into disjoint bands at once. Drawing the same calls in
     * bands gives exactly the pixels of drawing them on the whole buffer.
     */
    public Raster band(int top, int bottom) {
        return new Raster(this, top, bottom);
    }

    /**
     * Sets the size; the pixel array is replaced only when it grows or shrinks.
     *
     * @return true when {@link #pixels()} is a new array
     */
    public boolean resize(int w, int h) {
        if (w < 1 || h < 1) {
            throw new IllegalArgumentException("a raster needs at least one pixel, not " + w + "x" + h);
        }
        boolean fresh = w * h != pixels.length;
        if (fresh) {
            pixels = new int[w * h];
        }
        width = w;
        height = h;
        top = 0;
        bottom = h;
        return fresh;
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** The first row this raster draws in (0, or a band's first row). */
    public int top() {
        return top;
    }

    /** The row after the last this raster draws in (the height, or a band's end). */
    public int bottom() {
        return bottom;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** The pixels, row by row ({@code 0xffRRGGBB}); live, not a copy. */
    public int[] pixels() {
        return pixels;
    }

    /** The pixel at (x, y) as {@code 0xffRRGGBB}. */
    public int get(int x, int y) {
        return pixels[y * width + x];
    }

    /** Fills every pixel (of the band) with an RGB colour. */
    public void clear(int rgb) {
        Arrays.fill(pixels, top * width, bottom * width, 0xff000000 | rgb);
    }

    /** Blends {@code rgb} over pixel (x, y) with coverage {@code cov} (0..1); outside the buffer does nothing. */
    public void blend(int x, int y, int rgb, double cov) {
        if (x < 0 || y < top || x >= width || y >= bottom || !(cov > 0)) {
            return;
        }
        int a = (int) (Math.min(cov, 1) * 256 + 0.5);
        int i = y * width + x;
        pixels[i] = mix(pixels[i], rgb, a);
    }

    /** {@code dst} and {@code src} mixed, {@code a} of 256 parts {@code src}; opaque. */
    static int mix(int dst, int src, int a) {
        int inv = 256 - a;
        int rb = (((src & 0xff00ff) * a + (dst & 0xff00ff) * inv) >>> 8) & 0xff00ff;
        int g = (((src & 0x00ff00) * a + (dst & 0x00ff00) * inv) >>> 8) & 0x00ff00;
        return 0xff000000 | rb | g;
    }

    /**
     * Blends {@code rgb} through a coverage mask ({@code w x h} values 0-255, row by row) whose top-left pixel is
     * at (x, y), scaled by {@code alpha}; what falls outside the buffer (or band) is left out.
     */
    public void mask(int x, int y, int w, int h, byte[] coverage, int rgb, double alpha) {
        int scale = (int) (Math.min(1, alpha) * 256 + 0.5);
        int fromY = Math.max(y, top);
        int toY = Math.min(y + h, bottom);
        int fromX = Math.max(x, 0);
        int toX = Math.min(x + w, width);
        for (int py = fromY; py < toY; py++) {
            int row = py * width;
            int m = (py - y) * w - x;
            for (int px = fromX; px < toX; px++) {
                int c = coverage[m + px] & 0xff;
                if (c != 0) {
                    int a = (c * scale + 128) >> 8;
                    if (a > 0) {
                        pixels[row + px] = mix(pixels[row + px], rgb, a);
                    }
                }
            }
        }
    }

    /**
     * A straight line from (x0, y0) to (x1, y1) with butt ends.
     *
     * @param lineWidth width in pixels (below 1 the line is fainter instead of thinner)
     * @param alpha     opacity 0..1
     * @param dashes    lengths on, off, on, off... in pixels along the line, or null for solid
     * @param phase     where the dash pattern starts, in pixels
     */
    public void line(double x0, double y0, double x1, double y1, double lineWidth, int rgb, double alpha,
                     double[] dashes, double phase) {
        double len = Math.sqrt((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0));
        double m = lineWidth + 2;
        if (!(len > 1e-9) || !Lod.clip(x0, y0, x1, y1, -m, -m, width + m, height + m, clip)) {
            return;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double sx = x0 + dx * clip[0];
        double sy = y0 + dy * clip[0];
        double ex = x0 + dx * clip[1];
        double ey = y0 + dy * clip[1];
        double start = phase + len * clip[0]; // dash position at (sx, sy)
        double span = len * (clip[1] - clip[0]);
        boolean steep = Math.abs(dy) > Math.abs(dx);
        double u0 = steep ? sy : sx;
        double v0 = steep ? sx : sy;
        double u1 = steep ? ey : ex;
        double v1 = steep ? ex : ey;
        boolean reversed = u1 < u0;
        if (reversed) {
            double t = u0;
            u0 = u1;
            u1 = t;
            t = v0;
            v0 = v1;
            v1 = t;
        }
        double du = u1 - u0;
        if (!(du > 1e-9)) {
            return;
        }
        double slope = (v1 - v0) / du;
        double perU = span / du; // line length per unit of the major axis
        int vFirst = steep ? 0 : top;
        int vLimit = steep ? width : bottom;
        // columns of the whole buffer; a band starts at its own first column by an exact integer jump, so
        // bands and the whole buffer compute the same coverage for every pixel
        int first0 = Math.max(0, (int) Math.floor(u0));
        int last = Math.min((steep ? height : width) - 1, (int) Math.floor(u1));
        int first = first0;
        if (steep) {
            first = Math.max(first, top);
            last = Math.min(last, bottom - 1);
        } else if (slope != 0) { // the columns where the line is near the band's rows
            double margin = lineWidth * perU + 2;
            double ua = u0 + (top - margin - v0) / slope;
            double ub = u0 + (bottom + margin - v0) / slope;
            first = Math.max(first, (int) Math.floor(Math.min(ua, ub)));
            last = Math.min(last, (int) Math.floor(Math.max(ua, ub)));
        }
        if (first > last) {
            return;
        }
        // the minor-axis span of each column in 16.16 fixed point, stepped by the slope
        long step = Math.round(slope * 65536);
        long half = Math.round(lineWidth / 2 * perU * 65536);
        long vc = Math.round((v0 + (first0 + 0.5 - u0) * slope) * 65536) + (long) (first - first0) * step;
        int weight = (int) Math.round(Math.min(alpha, 1) * 256);
        // the dash pattern's position, also in 16.16 fixed point, and where its dashes end within one period
        long period = dashes == null ? 0 : Math.round(period(dashes) * 65536);
        long dashAt = 0;
        long dashStep = Math.round((reversed ? -perU : perU) * 65536);
        long[] ends = period > 0 ? dashEnds(dashes) : null;
        if (period > 0) {
            double along = (first0 + 0.5 - u0) * perU;
            dashAt = Math.floorMod(Math.round((start + (reversed ? span - along : along)) * 65536)
                    + (long) (first - first0) * dashStep, period);
        }
        int strideU = steep ? width : 1;
        int strideV = steep ? 1 : width;
        int lastColumn = (int) Math.floor(u1);
        // thin lines (at most two pixels of coverage per column) take the classic two-pixel path
        boolean thin = 2 * half <= 2 * 65536;
        // the columns go in runs that are all on or all off a dash, so no column tests the pattern
        int u = first;
        while (u <= last) {
            int run = last - u + 1;
            boolean draw = true;
            if (period > 0) {
                int at = dashIndex(ends, dashAt);
                draw = (at & 1) == 0;
                long room = dashStep > 0 ? ends[at] - dashAt : dashAt - (at == 0 ? 0 : ends[at - 1]);
                long columns = dashStep > 0 ? (room + dashStep - 1) / dashStep : room / -dashStep + 1;
                run = (int) Math.min(run, columns);
                dashAt = Math.floorMod(dashAt + run * dashStep, period);
            }
            if (draw) {
                // the first and last columns of the line may be partly covered along it; the rest take the weight
                int a = u;
                int b = u + run - 1;
                if (a == first0) {
                    column(a, vc, half, thin, endWeight(weight, a, u0, u1), strideU, strideV, vFirst, vLimit, rgb);
                    a++;
                }
                boolean lastEnd = b == lastColumn && b >= a;
                if (lastEnd) {
                    b--;
                }
                long at = vc + (long) (a - u) * step;
                if (thin) {
                    thinColumns(a, b, at, step, 2 * half, weight, strideU, strideV, vFirst, vLimit, rgb);
                } else {
                    for (int c = a; c <= b; c++, at += step) {
                        column(c, at, half, false, weight, strideU, strideV, vFirst, vLimit, rgb);
                    }
                }
                if (lastEnd) {
                    column(b + 1, vc + (long) (b + 1 - u) * step, half, thin, endWeight(weight, b + 1, u0, u1),
                            strideU, strideV, vFirst, vLimit, rgb);
                }
            }
            vc += run * step;
            u += run;
        }
    }

    /** A column's weight where the line ends inside it: the part of the column the line covers along its length. */
    private static int endWeight(int weight, int u, double u0, double u1) {
        double cu = Math.min(u + 1, u1) - Math.max(u, u0);
        return (int) (weight * Math.max(0, cu) + 0.5);
    }

    /**
     * Columns {@code a..b} of a thin line (Wu): in each, the two pixels nearest the centre {@code vc} (16.16 fixed
     * point, stepped by {@code step}) share the column's coverage {@code spanF}.
     */
    private void thinColumns(int a, int b, long vc, long step, long spanF, int w, int strideU, int strideV,
                             int vFirst, int vLimit, int rgb) {
        int[] px = pixels;
        for (int u = a; u <= b; u++, vc += step) {
            long c = vc - 32768;
            int p = (int) (c >> 16);
            long near = Math.min(65536, spanF * (65536 - (c & 0xffff)) >> 16);
            long next = Math.min(65536, spanF - near);
            int row = u * strideU;
            if (p >= vFirst && p < vLimit) {
                int i = row + p * strideV;
                px[i] = mix(px[i], rgb, Math.min(256, (int) (near * w >> 16)));
            }
            if (p + 1 >= vFirst && p + 1 < vLimit && next > 0) {
                int i = row + (p + 1) * strideV;
                px[i] = mix(px[i], rgb, Math.min(256, (int) (next * w >> 16)));
            }
        }
    }

    /** One column of a line: minor-axis span {@code vc +- half} (16.16 fixed point) at weight {@code w}. */
    private void column(int u, long vc, long half, boolean thin, int w, int strideU, int strideV, int vFirst,
                        int vLimit, int rgb) {
        if (thin) {
            thinColumns(u, u, vc, 0, 2 * half, w, strideU, strideV, vFirst, vLimit, rgb);
            return;
        }
        int[] px = pixels;
        long lo = vc - half;
        long hi = vc + half;
        int pLo = (int) (lo >> 16);
        int pHi = (int) (hi >> 16);
        int row = u * strideU;
        if (pLo == pHi) {
            if (pLo >= vFirst && pLo < vLimit) {
                int a = (int) (((hi - lo) * w) >> 16);
                if (a > 0) {
                    int i = row + pLo * strideV;
                    px[i] = mix(px[i], rgb, Math.min(a, 256));
                }
            }
            return;
        }
        // the span's pixels that lie in the band: the first and last partly covered, the ones between fully
        int from = Math.max(pLo, vFirst);
        int to = Math.min(pHi, vLimit - 1);
        int aLo = Math.min(256, (int) (((((long) (pLo + 1)) << 16) - lo) * w >> 16));
        int aHi = Math.min(256, (int) ((hi - (((long) pHi) << 16)) * w >> 16));
        int full = Math.min(256, w);
        for (int v = from, i = row + from * strideV; v <= to; v++, i += strideV) {
            int a = v == pLo ? aLo : v == pHi ? aHi : full;
            if (a > 0) {
                px[i] = mix(px[i], rgb, a);
            }
        }
    }

    /** Where each "on" part of a dash pattern ends and the following gap ends, in 16.16 fixed point from its start. */
    private long[] dashEnds(double[] dashes) {
        if (dashes != lastDashes) {
            long[] ends = new long[dashes.length];
            double at = 0;
            for (int i = 0; i < dashes.length; i++) {
                at += dashes[i];
                ends[i] = Math.round(at * 65536);
            }
            lastDashes = dashes;
            lastEnds = ends;
        }
        return lastEnds;
    }

    /** The index of the part of a dash pattern with these ends that {@code at} (16.16 fixed point, 0 to the period) falls in. */
    private static int dashIndex(long[] ends, long at) {
        for (int i = 0; i < ends.length; i++) {
            if (at < ends[i]) {
                return i;
            }
        }
        return ends.length - 1;
    }

    private static double period(double[] dashes) {
        double p = 0;
        for (double d : dashes) {
            p += d;
        }
        return p;
    }

    /** A filled triangle with antialiased edges. */
    public void triangle(double ax, double ay, double bx, double by, double cx, double cy, int rgb, double alpha) {
        double area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        if (Math.abs(area) < 1e-9) {
            return;
        }
        if (area < 0) { // make it counter-clockwise (in y-up terms) so inside is left of every edge
            double t = bx;
            bx = cx;
            cx = t;
            t = by;
            by = cy;
            cy = t;
        }
        int x0 = Math.max(0, (int) Math.floor(Math.min(ax, Math.min(bx, cx))) - 1);
        int x1 = Math.min(width - 1, (int) Math.ceil(Math.max(ax, Math.max(bx, cx))) + 1);
        int y0 = Math.max(top, (int) Math.floor(Math.min(ay, Math.min(by, cy))) - 1);
        int y1 = Math.min(bottom - 1, (int) Math.ceil(Math.max(ay, Math.max(by, cy))) + 1);
        // signed distance to each edge, positive inside: d = ka * px + kb * py + kc
        double la = Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
        double lb = Math.sqrt((cx - bx) * (cx - bx) + (cy - by) * (cy - by));
        double lc = Math.sqrt((ax - cx) * (ax - cx) + (ay - cy) * (ay - cy));
        double k0 = -(by - ay) / la;
        double k1 = (bx - ax) / la;
        double k2 = ((by - ay) * ax - (bx - ax) * ay) / la;
        double k3 = -(cy - by) / lb;
        double k4 = (cx - bx) / lb;
        double k5 = ((cy - by) * bx - (cx - bx) * by) / lb;
        double k6 = -(ay - cy) / lc;
        double k7 = (ax - cx) / lc;
        double k8 = ((ay - cy) * cx - (ax - cx) * cy) / lc;
        int solid = (int) (alpha * 256 + 0.5); // fully covered pixels
        int[] px = pixels;
        if ((x1 - x0 + 1) * (y1 - y0 + 1) <= SMALL_TRIANGLE) { // an arrowhead: every pixel of the box, no spans
            for (int y = y0; y <= y1; y++) {
                double py = y + 0.5;
                double r1 = k1 * py + k2;
                double r2 = k4 * py + k5;
                double r3 = k7 * py + k8;
                int row = y * width;
                for (int x = x0; x <= x1; x++) {
                    double qx = x + 0.5;
                    double cov = Math.min(k0 * qx + r1, Math.min(k3 * qx + r2, k6 * qx + r3)) + 0.5;
                    if (cov > 0) {
                        int a = (int) (Math.min(cov, 1) * alpha * 256 + 0.5);
                        if (a > 0) {
                            px[row + x] = mix(px[row + x], rgb, a);
                        }
                    }
                }
            }
            return;
        }
        for (int y = y0; y <= y1; y++) {
            double py = y + 0.5;
            double r1 = k1 * py + k2;
            double r2 = k4 * py + k5;
            double r3 = k7 * py + k8;
            // the row's columns that may be covered (every edge's distance above -0.5) and the ones surely
            // inside (every distance at least 0.5), each a pixel wider or narrower than exact for rounding's sake
            double[] sp = rowSpan;
            sp[0] = x0;
            sp[1] = x1;
            sp[2] = x0;
            sp[3] = x1;
            edgeSpan(k0, r1, sp);
            edgeSpan(k3, r2, sp);
            edgeSpan(k6, r3, sp);
            int from = (int) Math.max(x0, sp[0]);
            int to = (int) Math.min(x1, sp[1]);
            int inFrom = (int) Math.max(from, sp[2]);
            int inTo = (int) Math.min(to, sp[3]);
            int row = y * width;
            int x = from;
            while (x <= to) {
                if (x == inFrom && inFrom <= inTo) {
                    for (; x <= inTo; x++) {
                        px[row + x] = mix(px[row + x], rgb, solid);
                    }
                    continue;
                }
                double qx = x + 0.5;
                double cov = Math.min(k0 * qx + r1, Math.min(k3 * qx + r2, k6 * qx + r3)) + 0.5;
                if (cov > 0) {
                    int a = (int) (Math.min(cov, 1) * alpha * 256 + 0.5);
                    if (a > 0) {
                        px[row + x] = mix(px[row + x], rgb, a);
                    }
                }
                x++;
            }
        }
    }

    /**
     * Narrows a row's span {from, to, inner from, inner to} (columns) by one edge whose signed distance at column
     * x is {@code k * (x + 0.5) + r}.
     */
    private static void edgeSpan(double k, double r, double[] sp) {
        if (k > 1e-9) {
            sp[0] = Math.max(sp[0], Math.floor((-0.5 - r) / k - 0.5) - 1);
            sp[2] = Math.max(sp[2], Math.ceil((0.5 - r) / k - 0.5) + 1);
        } else if (k < -1e-9) {
            sp[1] = Math.min(sp[1], Math.ceil((-0.5 - r) / k - 0.5) + 1);
            sp[3] = Math.min(sp[3], Math.floor((0.5 - r) / k - 0.5) - 1);
        } else if (r < 0.501) { // parallel to the row: all inside or none, but not surely inside
            sp[3] = sp[2] - 1;
        }
    }

    /**
     * A node: {@link #CIRCLE}, {@link #SQUARE} or {@link #DIAMOND} of radius {@code r} centred at (cx, cy),
     * filled, with an outline of {@code outlineWidth} pixels inside its edge (0 for none).
     */
    public void shape(int kind, double cx, double cy, double r, int fill, int outline, double outlineWidth, double alpha) {
        double s = kind == SQUARE ? r * 0.9 : kind == DIAMOND ? r * 1.2 : r;
        int x0 = Math.max(0, (int) Math.floor(cx - s - 1));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + s + 1));
        int y0 = Math.max(top, (int) Math.floor(cy - s - 1));
        int y1 = Math.min(bottom - 1, (int) Math.ceil(cy + s + 1));
        for (int y = y0; y <= y1; y++) {
            double ddy = y + 0.5 - cy;
            for (int x = x0; x <= x1; x++) {
                double ddx = x + 0.5 - cx;
                double d = switch (kind) { // signed distance to the edge, negative inside
                    case SQUARE -> Math.max(Math.abs(ddx), Math.abs(ddy)) - s;
                    case DIAMOND -> (Math.abs(ddx) + Math.abs(ddy) - s) * Math.sqrt(0.5);
                    default -> Math.sqrt(ddx * ddx + ddy * ddy) - s;
                };
                double outer = 0.5 - d;
                if (outer <= 0) {
                    continue;
                }
                outer = Math.min(outer, 1);
                double inner = Math.max(0, Math.min(1, 0.5 - d - outlineWidth));
                int colour = outlineWidth <= 0 ? fill : mix(outline, fill, (int) (inner / outer * 256 + 0.5));
                blend(x, y, colour, outer * alpha);
            }
        }
    }

    /** A circle outline of radius {@code radius} and {@code lineWidth} pixels. */
    public void ring(double cx, double cy, double radius, double lineWidth, int rgb, double alpha) {
        double ext = radius + lineWidth / 2 + 1;
        int x0 = Math.max(0, (int) Math.floor(cx - ext));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + ext));
        int y0 = Math.max(top, (int) Math.floor(cy - ext));
        int y1 = Math.min(bottom - 1, (int) Math.ceil(cy + ext));
        for (int y = y0; y <= y1; y++) {
            double ddy = y + 0.5 - cy;
            for (int x = x0; x <= x1; x++) {
                double ddx = x + 0.5 - cx;
                double cov = lineWidth / 2 + 0.5 - Math.abs(Math.sqrt(ddx * ddx + ddy * ddy) - radius);
                if (cov > 0) {
                    blend(x, y, rgb, Math.min(cov, 1) * alpha);
                }
            }
        }
    }
}
