package org.mlatlas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The antialiased software rasteriser, pixel by pixel (no toolkit). */
class RasterTest {
    private static final int BG = 0xffffff;
    private static final int INK = 0x000000;

    private static Raster blank(int w, int h) {
        Raster r = new Raster(w, h);
        r.clear(BG);
        return r;
    }

    /** 0 for background white, 255 for full black ink. */
    private static int ink(Raster r, int x, int y) {
        return 255 - (r.get(x, y) & 0xff);
    }

    @Test
    void aHorizontalLineCoversItsRowsAndNothingElse() {
        Raster r = blank(20, 10);
        r.line(2, 5, 18, 5, 2, INK, 1, null, 0); // covers y 4..6 exactly: rows 4 and 5
        assertThat(ink(r, 10, 4)).isEqualTo(255);
        assertThat(ink(r, 10, 5)).isEqualTo(255);
        assertThat(ink(r, 10, 3)).isZero();
        assertThat(ink(r, 10, 6)).isZero();
        assertThat(ink(r, 1, 5)).as("butt end").isZero();
        assertThat(ink(r, 19, 5)).isZero();
    }

    @Test
    void aDiagonalLineIsAntialiased() {
        Raster r = blank(40, 40);
        r.line(3, 5, 37, 30, 1.2, INK, 1, null, 0);
        int partial = 0;
        int full = 0;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                int v = ink(r, x, y);
                partial += v > 20 && v < 235 ? 1 : 0;
                full += v >= 235 ? 1 : 0;
            }
        }
        assertThat(partial).as("soft edges").isGreaterThan(20);
        // the ink adds up to about the line's area (length x width)
        double area = 0;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                area += ink(r, x, y) / 255.0;
            }
        }
        assertThat(area).isCloseTo(Math.hypot(34, 25) * 1.2, org.assertj.core.data.Offset.offset(6.0));
        assertThat(full + partial).isGreaterThan(34);
    }

    @Test
    void dashesLeaveGapsAlongTheLine() {
        Raster solid = blank(60, 5);
        Raster dashed = blank(60, 5);
        solid.line(0, 2.5, 60, 2.5, 1, INK, 1, null, 0);
        dashed.line(0, 2.5, 60, 2.5, 1, INK, 1, new double[] {4, 4}, 0);
        int solidGaps = 0;
        int dashedGaps = 0;
        for (int x = 0; x < 60; x++) {
            solidGaps += ink(solid, x, 2) < 128 ? 1 : 0;
            dashedGaps += ink(dashed, x, 2) < 128 ? 1 : 0;
        }
        assertThat(solidGaps).isZero();
        assertThat(dashedGaps).isBetween(26, 34); // half of it
        assertThat(ink(dashed, 1, 2)).as("the pattern starts on").isEqualTo(255);
        assertThat(ink(dashed, 5, 2)).isZero();
    }

    @Test
    void linesFarOutsideOrCrossingTheBufferAreClipped() {
        Raster r = blank(30, 30);
        r.line(-1e6, -1e6, -5e5, 4e5, 2, INK, 1, null, 0); // nowhere near
        assertThat(ink(r, 0, 0)).isZero();
        r.line(-1e6, 15, 1e6, 15, 1, INK, 1, new double[] {2, 3}, 0); // across, a million pixels long
        int row = 0;
        for (int x = 0; x < 30; x++) {
            row += ink(r, x, 14) + ink(r, x, 15);
        }
        assertThat(row).isGreaterThan(0);
    }

    @Test
    void aTriangleIsFilledWithSoftEdges() {
        Raster r = blank(30, 30);
        r.triangle(5, 5, 25, 5, 15, 25, INK, 1);
        assertThat(ink(r, 15, 10)).isEqualTo(255);
        assertThat(ink(r, 2, 20)).isZero();
        assertThat(ink(r, 28, 28)).isZero();
        r.triangle(5, 5, 25, 5, 5, 5, INK, 1); // degenerate: nothing, no error
    }

    @Test
    void shapesHaveTheirFillInsideAndTheOutlineAtTheRim() {
        Raster r = blank(40, 20);
        r.shape(Raster.CIRCLE, 10, 10, 8, 0x0000ff, 0xff0000, 1.5, 1);
        r.shape(Raster.SQUARE, 30, 10, 6, 0x00ff00, 0xff0000, 0, 1);
        assertThat(r.get(10, 10) & 0xffffff).isEqualTo(0x0000ff);
        assertThat((r.get(17, 10) >> 16) & 0xff).as("outline").isGreaterThan(245);
        assertThat(r.get(17, 10) & 0xff).as("outline, not fill").isLessThan(10);
        assertThat(r.get(10, 19) & 0xffffff).as("outside").isEqualTo(BG);
        assertThat(r.get(30, 10) & 0xffffff).isEqualTo(0x00ff00);
        assertThat(r.get(34, 14) & 0xffffff).as("a square's corner is filled").isEqualTo(0x00ff00);
    }

    @Test
    void aRingLeavesItsMiddleEmpty() {
        Raster r = blank(30, 30);
        r.ring(15, 15, 10, 2, INK, 1);
        assertThat(ink(r, 15, 15)).isZero();
        assertThat(ink(r, 25, 15)).isGreaterThan(200);
    }

    @Test
    void drawingInBandsGivesTheSamePixelsAsDrawingOnce() {
        Raster whole = blank(64, 64);
        Raster banded = blank(64, 64);
        Raster[] bands = {banded.band(0, 20), banded.band(20, 41), banded.band(41, 64)};
        for (Raster target : new Raster[] {whole, bands[0], bands[1], bands[2]}) {
            target.line(-3, 2, 70, 61, 1.4, 0x3b4a5a, 0.7, new double[] {7, 4}, 0);
            target.line(60, 3, 4, 50, 1.1, 0x009e73, 0.5, null, 0);
            target.triangle(10, 30, 22, 36, 12, 44, 0xb07800, 0.9);
            target.shape(Raster.DIAMOND, 32, 20, 9, 0x009e73, 0xffffff, 1, 1);
            target.ring(32, 40, 12, 2.5, 0xd55e00, 1);
        }
        assertThat(banded.pixels()).containsExactly(whole.pixels());
    }

    @Test
    void refusesAnEmptyBuffer() {
        assertThatThrownBy(() -> new Raster(0, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
