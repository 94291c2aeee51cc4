package org.mlatlas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mlatlas.ui.model.AreaMap;

/** Areas' region tints tell areas apart and show on the background (CIE76 colour differences in CIELAB). */
class AreaColoursTest {
    @Test
    void everyTwoRegionTintsDifferClearlyAndEachShowsOnTheBackground() {
        int background = PixelLayer.rgb(Style.BACKGROUND);
        for (int a = 0; a < AreaMap.COLOURS; a++) {
            assertThat(difference(AreaColours.tint(a), background)).as("tint %d against the background", a).isGreaterThan(10);
            for (int b = a + 1; b < AreaMap.COLOURS; b++) {
                // about 2.3 is a just-noticeable difference; Set3's lilac and lavender, used before, were 4.6 apart
                assertThat(difference(AreaColours.tint(a), AreaColours.tint(b))).as("tints %d and %d", a, b).isGreaterThan(13);
            }
        }
    }

    private static double difference(int rgb1, int rgb2) {
        double[] p = lab(rgb1);
        double[] q = lab(rgb2);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    /** sRGB (0xRRGGBB) to CIELAB under D65. */
    private static double[] lab(int rgb) {
        double r = linear((rgb >> 16) & 0xff);
        double g = linear((rgb >> 8) & 0xff);
        double b = linear(rgb & 0xff);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
