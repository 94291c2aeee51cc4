package org.mlatlas.ui.canvas;

import javafx.scene.paint.Color;
import org.mlatlas.ui.model.AreaMap;

/**
 * The colour family of each topic area: a pale tint for its region behind the graph and a deeper shade of the
 * same hue for its name. Node colours stay those of their kind (Okabe-Ito blue, orange and green, see
 * {@link Style}), so kinds read the same in every area; the tints are pale enough (under half of the hue over the
 * background) that a node's colour and shape stand out on any of them, and areas are told apart by their names
 * as well as their hue. The hues are ColorBrewer's Set3 (its orange, too close to the papers' orange, swapped for Paired's lilac, and its grey for Set2's tan), one for each of {@link AreaMap#COLOURS}; an area's
 * colour is {@link AreaMap#colour}, which follows its name.
 */
public final class AreaColours {
    private static final Color[] HUES = {
        Color.web("#8dd3c7"), Color.web("#cab2d6"), Color.web("#bebada"), Color.web("#b3de69"),
        Color.web("#fb8072"), Color.web("#80b1d3"), Color.web("#fccde5"), Color.web("#ffed6f"),
        Color.web("#bc80bd"), Color.web("#ccebc5"), Color.web("#e5c494"), Color.web("#ffffb3"),
    };
    /** How much of the hue a region's tint has, over the background. */
    private static final double TINT = 0.55;
    private static final int[] TINTS = new int[HUES.length];
    private static final Color[] NAMES = new Color[HUES.length];

    static {
        if (HUES.length != AreaMap.COLOURS) {
            throw new IllegalStateException("a hue for each area colour");
        }
        for (int i = 0; i < HUES.length; i++) {
            TINTS[i] = PixelLayer.rgb(Style.BACKGROUND.interpolate(HUES[i], TINT));
            NAMES[i] = HUES[i].deriveColor(0, 1.6, 0.42, 1);
        }
    }

    private AreaColours() {
    }

    /** The region tint of area colour {@code a}, as {@code 0xRRGGBB}. */
    static int tint(int a) {
        return TINTS[a % TINTS.length];
    }

    /** The colour of the names of areas of colour {@code a}. */
    static Color name(int a) {
        return NAMES[a % NAMES.length];
    }

    /** The region colour of area colour {@code a} (for swatches beside an area's name, as in the filter panel). */
    public static Color region(int a) {
        return Style.BACKGROUND.interpolate(HUES[a % HUES.length], TINT * 1.6);
    }
}
