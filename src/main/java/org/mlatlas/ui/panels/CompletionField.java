package org.mlatlas.ui.panels;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.mlatlas.domain.Node;

/**
 * A text field that offers completions over the graph's names, aliases, ids and titles as the user types;
 * picking one hands the node to {@code onPick}.
 */
public class CompletionField extends TextField {
    private final ContextMenu menu = new ContextMenu();
    private boolean quiet;

    /**
     * A field completing with {@code complete} (text and limit to nodes).
     *
     * @param onPick called with the node the user picked from the list
     */
    public CompletionField(BiFunction<String, Integer, List<Node>> complete, Consumer<Node> onPick) {
        textProperty().addListener((o, a, text) -> {
            if (!isFocused() || quiet) {
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
        // Enter while the list shows (nothing chosen in it with the arrow keys) is the field's Enter: under X11 the
        // list's popup takes the key, and Enter after typing did nothing
        boolean[] browsing = {false};
        menu.setOnShown(e -> browsing[0] = false);
        menu.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                browsing[0] = true;
            } else if (e.getCode() == KeyCode.ENTER && !browsing[0]) {
                e.consume();
                menu.hide();
                fireEvent(new ActionEvent());
            }
        });
        focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                menu.hide();
            }
        });
    }

    /** Sets the text without offering completions for it (a value the program fills in, not the user's typing). */
    public void fill(String text) {
        quiet = true;
        try {
            setText(text);
        } finally {
            quiet = false;
        }
        menu.hide();
    }

    /** Hides the completion list. */
    protected void hideCompletions() {
        menu.hide();
    }
}
