package org.mlatlas.ui.panels;

import java.util.List;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.mlatlas.domain.Node;
import org.mlatlas.ui.model.ExplorerViewModel;

/** A search field with completion over names, aliases, ids and titles; Enter or a pick centres on the hit. */
public final class SearchBox extends TextField {
    private final ContextMenu menu = new ContextMenu();

    /** A search box over the view model's graph. */
    public SearchBox(ExplorerViewModel vm) {
        setId("search");
        setPromptText("Search concepts, papers, resources…");
        setPrefColumnCount(28);
        textProperty().addListener((o, a, text) -> {
            List<Node> hits = text == null || text.isBlank() ? List.of() : vm.complete(text, 10);
            menu.getItems().clear();
            for (Node n : hits) {
                Label label = new Label(n.name() + "  ·  " + n.kind() + "  (" + n.id() + ")");
                label.setId("hit-" + n.id());
                CustomMenuItem item = new CustomMenuItem(label, true);
                item.setOnAction(e -> {
                    menu.hide();
                    vm.selectAndCentre(n.id());
                });
                menu.getItems().add(item);
            }
            if (hits.isEmpty()) {
                menu.hide();
            } else if (!menu.isShowing() && getScene() != null && getScene().getWindow() != null) {
                menu.show(this, Side.BOTTOM, 0, 0);
            }
        });
        setOnAction(e -> {
            menu.hide();
            if (!getText().isBlank()) {
                vm.searchAndCentre(getText());
            }
        });
    }
}
