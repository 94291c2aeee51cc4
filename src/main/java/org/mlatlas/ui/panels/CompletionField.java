package org.mlatlas.ui.panels;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.mlatlas.domain.Node;

/**
 * A text field that offers completions over the graph's names, aliases, ids and titles as the user types;
 * picking one hands the node to {@code onPick}.
 */
public class CompletionField extends TextField {
    private final ContextMenu menu = new ContextMenu();

    /**
     * A field completing with {@code complete} (text and limit to nodes).
     *
     * @param onPick called with the node the user picked from the list
     */
    public CompletionField(BiFunction<String, Integer, List<Node>> complete, Consumer<Node> onPick) {
        textProperty().addListener((o, a, text) -> {
            if (!isFocused()) {
                menu.hide();
                return;
            }
            List<Node> hits = text == null || text.isBlank() ? List.of() : complete.apply(text, 10);
            menu.getItems().clear();
            for (Node n : hits) {
                Label label = new Label(n.name() + "  ·  " + n.kind() + "  (" + n.id() + ")");
                label.setId("hit-" + n.id());
                CustomMenuItem item = new CustomMenuItem(label, true);
                item.setOnAction(e -> {
                    menu.hide();
                    onPick.accept(n);
                });
                menu.getItems().add(item);
            }
            if (hits.isEmpty()) {
                menu.hide();
            } else if (!menu.isShowing() && getScene() != null && getScene().getWindow() != null) {
                menu.show(this, Side.BOTTOM, 0, 0);
            }
        });
        focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                menu.hide();
            }
        });
    }

    /** Hides the completion list. */
    protected void hideCompletions() {
        menu.hide();
    }
}
