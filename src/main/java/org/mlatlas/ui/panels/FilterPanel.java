package org.mlatlas.ui.panels;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.ui.canvas.AreaColours;
import org.mlatlas.ui.model.AreaMap;
import org.mlatlas.ui.model.ExplorerViewModel;

/**
 * Filters: node kinds, relationship kinds, topic areas, hide known, only from my notes, papers' years, local view
 * depth (typed or stepped; the view frames the new local view).
 */
public final class FilterPanel extends VBox {

    /** A panel editing the view model's filters. */
    public FilterPanel(ExplorerViewModel vm) {
        super(6);
        setPadding(new Insets(10));
        setPrefWidth(220);
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
        depth.setEditable(true);
        // a typed depth counts on Enter (the spinner's own commit) and when the field loses the focus
        depth.getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit(depth);
            }
        });
        depth.valueProperty().addListener((o, a, d) -> vm.filtersProperty().set(vm.filtersProperty().get().withLocalDepth(d)));
        Label around = new Label();
        around.setId("filter-depth-around");
        around.setWrapText(true);
        around.setStyle("-fx-text-fill: #555; -fx-font-size: 11px");
        around.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String id = vm.anchorProperty().get();
            return id == null ? "" : "around " + vm.graphProperty().get().node(id).map(n -> n.name()).orElse(id)
                    + " (double-click a node to add its neighbours)";
        }, vm.anchorProperty(), vm.graphProperty()));
        Label depthLabel = new Label("Local view around the selection (hops, 0 = whole graph)");
        depthLabel.setWrapText(true);
        TextField fromYear = yearField("filter-year-from", "from");
        TextField toYear = yearField("filter-year-to", "to");
        Runnable years = () -> {
            Integer from = year(fromYear);
            Integer to = year(toYear);
            vm.filtersProperty().set(vm.filtersProperty().get().withYears(from, to));
        };
        for (TextField f : List.of(fromYear, toYear)) {
            f.setOnAction(e -> years.run());
            f.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    years.run();
                }
            });
        }
        Label yearsLabel = new Label("Papers published (years, blank = any)");
        yearsLabel.setWrapText(true);
        getChildren().addAll(new Separator(), hideKnown, notes, new Separator(), yearsLabel,
                new HBox(6, fromYear, new Label("–"), toYear), new Separator(), depthLabel, depth, around);
    }

    /** Takes the spinner's typed text as its value (a number in range), or puts the value back. */
    private static void commit(Spinner<Integer> spinner) {
        String text = spinner.getEditor().getText().strip();
        try {
            spinner.getValueFactory().setValue(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        }
    }

    private static TextField yearField(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(4);
        return field;
    }

    /** The year typed in a field, or null when blank or not a year (the field is then cleared). */
    private static Integer year(TextField field) {
        String text = field.getText().strip();
        if (text.matches("\\d{1,4}")) {
            return Integer.parseInt(text);
        }
        field.clear();
        return null;
    }

    /**
     * A box per topic area of the map, each with its region's colour: unticked hides the area's nodes. A long name
     * wraps onto a second line rather than being cut ("Foundations deep learning" and "Foundations math ML" both
     * read "Foundations ..." at the panel's width). The boxes follow the graph's areas as it changes; an area
     * hidden stays hidden while it exists.
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
                box.setWrapText(true);
                box.setSelected(!vm.filtersProperty().get().hiddenAreas().contains(name));
                box.selectedProperty().addListener((o, was, on) -> vm.filtersProperty().set(vm.filtersProperty().get().withArea(name, on)));
                list.getChildren().add(box);
            }
        };
        vm.map().areasProperty().addListener((o, was, now) -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        // as tall as the list once its names are wrapped (the scroll pane's own estimate takes them on one line,
        // which left the last areas out of sight), up to 230 px
        scroll.prefViewportHeightProperty().bind(list.heightProperty());
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
}
