package org.mlatlas.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
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
import org.mlatlas.ui.model.Refusal;
import org.mlatlas.ui.panels.ConnectPanel;
import org.mlatlas.ui.panels.DetailsPanel;
import org.mlatlas.ui.panels.EditDialogs;
import org.mlatlas.ui.panels.FilterPanel;
import org.mlatlas.ui.panels.PlanPanel;
import org.mlatlas.ui.panels.SearchBox;

/**
 * The explorer's layout: toolbar (search, fit, re-layout, undo, redo, add, export, progress) on top, filters on
 * the left, the graph canvas in the middle, details, plan and connections on the right, the status line at the
 * bottom.
 */
public final class ExplorerWindow extends BorderPane {
    private final ExplorerViewModel vm;
    private final GraphCanvasPane canvas;
    private final TabPane side = new TabPane();
    private final Tab connect = new Tab("Connect");

    /** The window's content over a view model; {@code openLink} opens URLs in the browser. */
    public ExplorerWindow(ExplorerViewModel vm, Consumer<String> openLink) {
        this.vm = vm;
        this.canvas = new GraphCanvasPane(vm);
        canvas.setOnLinkGesture(this::addRelation);
        setTop(toolbar());
        setLeft(new FilterPanel(vm));
        ConnectPanel connectPanel = new ConnectPanel(vm);
        Tab details = new Tab("Details", new DetailsPanel(vm, openLink, id -> {
            side.getSelectionModel().select(connect);
            connectPanel.startFrom(id);
        }));
        details.setId("details-tab");
        Tab plan = new Tab("Plan", new PlanPanel(vm));
        plan.setId("plan-tab");
        connect.setContent(connectPanel);
        connect.setId("connect-tab");
        side.getTabs().addAll(details, plan, connect);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setPrefWidth(340);
        // a plan the user opens shows its tab; one that updates after an edit or a reload leaves the tabs alone
        vm.onPlanOpened(() -> side.getSelectionModel().select(plan));
        vm.planProperty().addListener((o, a, p) -> {
            if (p == null && side.getSelectionModel().getSelectedItem() == plan) {
                side.getSelectionModel().select(details);
            }
        });
        // choosing a node shows its details, whichever tab was showing (the plan and the paths are one click away)
        vm.selectedProperty().addListener((o, a, s) -> {
            if (s != null) {
                side.getSelectionModel().select(details);
            }
        });
        vm.connectionProperty().addListener((o, a, c) -> {
            if (c != null) {
                side.getSelectionModel().select(connect);
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
        Button relayout = button("Re-layout", "relayout", vm::relayout); // the view model asks the view to frame it
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

    /**
     * Opens the relationship dialog (without waiting for it): it stays open, with what was typed, until the graph
     * takes the relationship, and says in red why it refused one. The hover is forgotten while it is open and when
     * it closes (the mouse is elsewhere by then), and so is a refused cycle drawn on the canvas.
     */
    private void addRelation(String from, String to) {
        canvas.clearHover();
        Dialog<Relation> dialog = EditDialogs.addRelation(window(), from, to, vm::complete,
                (r, answer) -> vm.apply(new Edit.Link(r), outcome -> answer.accept(outcome.map(Refusal::sentence))));
        dialog.setOnHidden(e -> {
            canvas.clearHover();
            vm.clearRefusal(); // the cycle was shown beside the dialog; closed, the graph is drawn as before
        });
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
