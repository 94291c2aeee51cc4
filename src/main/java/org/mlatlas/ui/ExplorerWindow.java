package org.mlatlas.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mlatlas.domain.Relation;
import org.mlatlas.ui.canvas.GraphCanvasPane;
import org.mlatlas.ui.model.Edit;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.mlatlas.ui.panels.DetailsPanel;
import org.mlatlas.ui.panels.EditDialogs;
import org.mlatlas.ui.panels.FilterPanel;
import org.mlatlas.ui.panels.PlanPanel;
import org.mlatlas.ui.panels.SearchBox;

/**
 * The explorer's layout: toolbar (search, fit, undo, redo, add, export, progress) on top, filters on the left,
 * the graph canvas in the middle, details and plan on the right, the status line at the bottom.
 */
public final class ExplorerWindow extends BorderPane {
    private final ExplorerViewModel vm;
    private final GraphCanvasPane canvas;
    private final TabPane side = new TabPane();

    /** The window's content over a view model; {@code openLink} opens URLs in the browser. */
    public ExplorerWindow(ExplorerViewModel vm, Consumer<String> openLink) {
        this.vm = vm;
        this.canvas = new GraphCanvasPane(vm);
        canvas.setOnLinkGesture((from, to) -> addRelation(from, to));
        setTop(toolbar());
        setLeft(new FilterPanel(vm));
        Tab details = new Tab("Details", new DetailsPanel(vm, openLink));
        details.setId("details-tab");
        Tab plan = new Tab("Plan", new PlanPanel(vm));
        plan.setId("plan-tab");
        side.getTabs().addAll(details, plan);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setPrefWidth(340);
        vm.planProperty().addListener((o, a, p) -> side.getSelectionModel().select(p == null ? details : plan));
        vm.selectedProperty().addListener((o, a, s) -> {
            if (s != null && vm.planProperty().get() == null) {
                side.getSelectionModel().select(details);
            }
        });
        SplitPane split = new SplitPane(canvas, side);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(side, false);
        setCenter(split);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        status.styleProperty().bind(javafx.beans.binding.Bindings.when(vm.statusIsErrorProperty())
                .then("-fx-text-fill: #b00020; -fx-font-weight: bold").otherwise("-fx-text-fill: #333"));
        HBox bottom = new HBox(status);
        bottom.setPadding(new Insets(4, 10, 4, 10));
        setBottom(bottom);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), vm::undo);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), vm::redo);
            }
        });
    }

    private ToolBar toolbar() {
        Button fit = button("Fit", "fit", canvas::fit);
        Button relayout = button("Re-layout", "relayout", () -> {
            vm.relayout();
            canvas.fit();
        });
        relayout.setTooltip(new javafx.scene.control.Tooltip("Lay the whole map out anew, topic areas as regions (kept for the next launch)"));
        Button undo = button("Undo", "undo", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = button("Redo", "redo", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Button addNode = button("Add node…", "add-node", () -> EditDialogs.addNode(window()).ifPresent(n -> vm.apply(new Edit.AddNode(n))));
        Button addRel = button("Add relationship…", "add-relation", () -> addRelation(vm.selectedProperty().get(), null));
        Button export = button("Export PNG…", "export", this::exportPng);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.busyProperty().greaterThan(0).or(vm.readyProperty().not()));
        return new ToolBar(new SearchBox(vm), fit, relayout, undo, redo, addNode, addRel, export, progress);
    }

    private void addRelation(String from, String to) {
        EditDialogs.addRelation(window(), from, to, vm::complete).ifPresent((Relation r) -> vm.apply(new Edit.Link(r)));
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("atlas.png");
        java.io.File file = chooser.showSaveDialog(window());
        if (file != null) {
            WritableImage image = canvas.canvas().snapshot(null, null);
            try {
                Png.write(Png.toBufferedImage(image), file.toPath());
            } catch (java.io.IOException e) {
                vm.background().onUi(() -> { });
            }
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The canvas pane (tests find where nodes are drawn). */
    public GraphCanvasPane canvas() {
        return canvas;
    }
}
