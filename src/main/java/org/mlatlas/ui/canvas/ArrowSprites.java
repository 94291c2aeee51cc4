package org.mlatlas.ui.canvas;

/**
 * Arrowheads of one size, as coverage masks made once and then blended: a frame of the 5k-node view draws
 * about 15,000 heads, and working out each one's coverage pixel by pixel ({@link Raster#triangle}) took over a
 * third of the frame's rasterising. A mask is kept for each of {@link #ANGLES} directions and {@link #SUB} x
 * {@link #SUB} positions of the tip within its pixel, made when first needed (the tip's direction is then off by
 * at most 1.4 degrees and its place by 1/8 pixel). The head is the triangle {@link PixelLayer} draws: its tip at
 * the end of the edge, {@code size} long, {@code 0.84 size} wide at the base.
 *
 * <p>Threads may draw at once ({@link #prepare} first, on one thread): a mask is immutable once made, and two
 * threads making the same one make the same one.
 */
final class ArrowSprites {
    static final int ANGLES = 128;
    static final int SUB = 4;

    /** A mask: its box relative to the tip's pixel, and the coverage of each of its pixels (0-255). */
    private record Mask(int x0, int y0, int w, int h, byte[] coverage) {
    }

    private double size = -1;
    private Mask[] masks = new Mask[0];

    /** Keeps the masks when the head size is the last one, else starts anew for heads of {@code headSize} pixels. */
    void prepare(double headSize) {
        if (headSize != size) {
            size = headSize;
            masks = new Mask[ANGLES * SUB * SUB];
        }
    }

    /** Blends a head with its tip at (tipX, tipY) pointing along the unit vector (ux, uy). */
    void draw(Raster raster, double tipX, double tipY, double ux, double uy, int rgb, double alpha) {
        int angle = Math.floorMod((int) Math.round(Math.atan2(uy, ux) / (2 * Math.PI) * ANGLES), ANGLES);
        double cellX = Math.floor(tipX);
        double cellY = Math.floor(tipY);
        int subX = Math.min(SUB - 1, (int) ((tipX - cellX) * SUB));
        int subY = Math.min(SUB - 1, (int) ((tipY - cellY) * SUB));
        int key = (angle * SUB + subX) * SUB + subY;
        Mask[] all = masks;
        Mask m = all[key];
        if (m == null) {
            m = make(angle, subX, subY);
            all[key] = m;
        }
        raster.mask((int) cellX + m.x0(), (int) cellY + m.y0(), m.w(), m.h(), m.coverage(), rgb, alpha);
    }

    /** The mask of a head in direction {@code angle}, its tip at the centre of sub-position (subX, subY). */
    private Mask make(int angle, int subX, int subY) {
        double a = 2 * Math.PI * angle / ANGLES;
        double ux = Math.cos(a);
        double uy = Math.sin(a);
        double ex = (subX + 0.5) / SUB;
        double ey = (subY + 0.5) / SUB;
        double baseX = ex - ux * size;
        double baseY = ey - uy * size;
        double half = size * 0.42;
        int reach = (int) Math.ceil(size) + 2;
        int side = 2 * reach + 1;
        Raster scratch = new Raster(side, side);
        scratch.clear(0);
        // white on black: a pixel's red channel is its coverage
        scratch.triangle(ex + reach, ey + reach, baseX - uy * half + reach, baseY + ux * half + reach,
                baseX + uy * half + reach, baseY - ux * half + reach, 0xffffff, 1);
        int minX = side;
        int minY = side;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if ((scratch.get(x, y) & 0xff) != 0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            return new Mask(0, 0, 0, 0, new byte[0]);
        }
        int w = maxX - minX + 1;
        int h = maxY - minY + 1;
        byte[] coverage = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                coverage[y * w + x] = (byte) (scratch.get(minX + x, minY + y) & 0xff);
            }
        }
        return new Mask(minX - reach, minY - reach, w, h, coverage);
    }
}
