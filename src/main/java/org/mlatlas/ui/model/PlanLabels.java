package org.mlatlas.ui.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The labels of a plan's steps: whole names wrapped at spaces to a width, measured in the canvas's fonts, so the
 * layout can leave room for them. Measures with a {@link Text} of its own, which JavaFX allows on any thread while
 * it is in no scene; one instance per thread.
 */
public final class PlanLabels {
    /** The font of step labels. */
    public static final Font FONT = Font.font("DejaVu Sans", 12);
    /** The font of the target's label. */
    public static final Font TARGET_FONT = Font.font("DejaVu Sans", FontWeight.BOLD, 12);
    /** The height of a line of label text. */
    public static final double LINE = 14;
    /** Room left and right of the text inside a label's box (its backing). */
    public static final double PAD = 2;

    private final Text measurer = new Text();
    private final Map<String, Double> widths = new HashMap<>();

    /** A label: its lines and the size of its box (text plus padding). */
    public record Label(List<String> lines, double width, double height) {
    }

    /** {@code name} wrapped to lines of at most {@code maxWidth} pixels (a longer word keeps a line of its own). */
    public Label label(String name, double maxWidth, boolean target) {
        ToDoubleFunction<String> measure = s -> width(s, target);
        List<String> lines = wrap(name, measure, maxWidth);
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, measure.applyAsDouble(line));
        }
        return new Label(lines, Math.ceil(w) + 2 * PAD, lines.size() * LINE);
    }

    private double width(String s, boolean target) {
        return widths.computeIfAbsent((target ? "b|" : "r|") + s, k -> {
            measurer.setFont(target ? TARGET_FONT : FONT);
            measurer.setText(s);
            return measurer.getLayoutBounds().getWidth();
        });
    }

    /**
     * {@code name} broken at spaces into lines no wider than {@code maxWidth} by {@code measure}; a word wider
     * than that gets a line of its own. Nothing is left out.
     */
    static List<String> wrap(String name, ToDoubleFunction<String> measure, double maxWidth) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : name.trim().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && measure.applyAsDouble(longer) > maxWidth) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }
}
