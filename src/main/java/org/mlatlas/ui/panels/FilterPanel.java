package org.mlatlas.ui.panels;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.ui.canvas.AreaColours;
import org.mlatlas.ui.model.AreaMap;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.mlatlas.ui.model.Filters;

/** Filters: node kinds, relationship kinds, topic areas, hide known, only from my notes, local view depth. */
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
        getChildren().addAll(new Separator(), bold("Topic areas"), areas(vm));
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

    /**
     * A box per topic area of the map, each with its region's colour: unticked hides the area's nodes. The boxes
     * follow the graph's areas as it changes; an area hidden stays hidden while it exists.
     */
    private static ScrollPane areas(ExplorerViewModel vm) {
        VBox list = new VBox(4);
        list.setId("filter-areas");
        Runnable fill = () -> {
            list.getChildren().clear();
            AreaMap map = vm.map().areasProperty().get();
            for (int a = 0; a < map.count(); a++) {
                String name = map.name(a);
                CheckBox box = new CheckBox(name);
                box.setId("area-" + name);
                box.setGraphic(new Rectangle(10, 10, AreaColours.region(map.colour(a))));
                box.setSelected(!vm.filtersProperty().get().hiddenAreas().contains(name));
                box.selectedProperty().addListener((o, was, on) -> vm.filtersProperty().set(vm.filtersProperty().get().withArea(name, on)));
                list.getChildren().add(box);
            }
        };
        vm.map().areasProperty().addListener((o, was, now) -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(230);
        // only the frame transparent: a transparent -fx-background would make Modena pick white text for the names
        scroll.setStyle("-fx-background-color: transparent");
        return scroll;
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
