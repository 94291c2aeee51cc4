package org.mlatlas.ui.canvas;

import javafx.scene.paint.Color;

/**
 * The colour family of each topic area: a pale tint for its region behind the graph and a deeper shade of the
 * same hue for its name. Node colours stay those of their kind (Okabe-Ito blue, orange and green, see
 * {@link Style}), so kinds read the same in every area; the tints are pale enough (under half of the hue over the
 * background) that a node's colour and shape stand out on any of them, and areas are told apart by their names
 * as well as their hue. The hues are ColorBrewer's Set3, spread over twelve areas (then repeated).
 */
public final class AreaColours {
    private static final Color[] HUES = {
        Color.web("#8dd3c7"), Color.web("#fdb462"), Color.web("#bebada"), Color.web("#b3de69"),
        Color.web("#fb8072"), Color.web("#80b1d3"), Color.web("#fccde5"), Color.web("#ffed6f"),
        Color.web("#bc80bd"), Color.web("#ccebc5"), Color.web("#d9d9d9"), Color.web("#ffffb3"),
    };
    /** How much of the hue a region's tint has, over the background. */
    private static final double TINT = 0.45;
    private static final int[] TINTS = new int[HUES.length];
    private static final Color[] NAMES = new Color[HUES.length];

    static {
        for (int i = 0; i < HUES.length; i++) {
            TINTS[i] = PixelLayer.rgb(Style.BACKGROUND.interpolate(HUES[i], TINT));
            NAMES[i] = HUES[i].deriveColor(0, 1.6, 0.42, 1);
        }
    }

    private AreaColours() {
    }

    /** The region tint of area {@code a}, as {@code 0xRRGGBB}. */
    static int tint(int a) {
        return TINTS[a % TINTS.length];
    }

    /** The colour of area {@code a}'s name. */
    static Color name(int a) {
        return NAMES[a % NAMES.length];
    }

    /** The region colour of area {@code a} (for swatches beside its name, as in the filter panel). */
    public static Color region(int a) {
        return Style.BACKGROUND.interpolate(HUES[a % HUES.length], TINT * 1.6);
    }
}
