package org.mlatlas.ui.canvas;

import javafx.scene.paint.Color;
import org.mlatlas.ui.model.AreaMap;

/**
 * The colour family of each topic area: a pale tint for its region behind the graph and a deeper shade of the
 * same hue for its name. Node colours stay those of their kind (Okabe-Ito blue, orange and green, see
 * {@link Style}), so kinds read the same in every area; the tints are pale enough (under half of the hue over the
 * background) that a node's colour and shape stand out on any of them, and areas are told apart by their names
 * as well as their hue. The twelve hues, one for each of {@link AreaMap#COLOURS}, are pastels from ColorBrewer's
 * Set2, Set3 and Pastel1 and Tableau 20, chosen among 41 of them (no orange: papers are orange; no grey) so that the
 * closest two tints differ by 13.9 in CIELAB (Set3's lilac and lavender, used before, differed by 4.6); an area's
 * colour is {@link AreaMap#colour}, which follows its name.
 */
public final class AreaColours {
    private static final Color[] HUES = {
        Color.web("#ccebc5"), Color.web("#8da0cb"), Color.web("#98df8a"), Color.web("#a6d854"),
        Color.web("#fb8072"), Color.web("#9edae5"), Color.web("#66c2a5"), Color.web("#ffd92f"),
        Color.web("#e78ac3"), Color.web("#ffff99"), Color.web("#e5c494"), Color.web("#fccde5"),
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
    public static int tint(int a) {
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
