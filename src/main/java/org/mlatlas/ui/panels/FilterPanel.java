package org.mlatlas.ui.panels;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.mlatlas.ui.model.Filters;

/** Filters: node kinds, relationship kinds, hide known, only from my notes, local view depth. */
public final class FilterPanel extends VBox {

    /** A panel editing the view model's filters. */
    public FilterPanel(ExplorerViewModel vm) {
        super(6);
        setPadding(new Insets(10));
        setPrefWidth(180);
        getChildren().add(bold("Show"));
        for (NodeKind kind : NodeKind.values()) {
            CheckBox box = new CheckBox(kind.toString() + "s");
            box.setId("filter-" + kind);
            box.setSelected(true);
            box.selectedProperty().addListener((o, a, on) -> vm.filtersProperty().set(vm.filtersProperty().get().withKind(kind, on)));
            getChildren().add(box);
        }
        getChildren().addAll(new Separator(), bold("Relationships"));
        for (RelationKind kind : RelationKind.values()) {
            CheckBox box = new CheckBox(kind.name().toLowerCase(java.util.Locale.ROOT));
            box.setId("filter-" + kind);
            box.setSelected(true);
            box.selectedProperty().addListener((o, a, on) -> vm.filtersProperty().set(vm.filtersProperty().get().withRelation(kind, on)));
            getChildren().add(box);
        }
        CheckBox hideKnown = new CheckBox("hide known");
        hideKnown.setId("filter-hide-known");
        hideKnown.selectedProperty().addListener((o, a, on) -> vm.filtersProperty().set(vm.filtersProperty().get().withHideKnown(on)));
        CheckBox notes = new CheckBox("only from my notes");
        notes.setId("filter-from-notes");
        notes.selectedProperty().addListener((o, a, on) -> vm.filtersProperty().set(vm.filtersProperty().get().withOnlyFromNotes(on)));
        Spinner<Integer> depth = new Spinner<>(0, 6, 0);
        depth.setId("filter-depth");
        depth.setPrefWidth(80);
        depth.valueProperty().addListener((o, a, d) -> vm.filtersProperty().set(vm.filtersProperty().get().withLocalDepth(d)));
        getChildren().addAll(new Separator(), hideKnown, notes, new Separator(),
                new Label("Local view around the selection (hops, 0 = whole graph)"), depth);
        ((Label) getChildren().get(getChildren().size() - 2)).setWrapText(true);
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold");
        return l;
    }

    /** Everything shown (for a reset). */
    static Filters defaults() {
        return Filters.all();
    }
}
