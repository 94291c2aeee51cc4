package org.mlatlas.ui.panels;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.mlatlas.domain.Node;
import org.mlatlas.plan.Connections;
import org.mlatlas.ui.model.Connection;
import org.mlatlas.ui.model.ExplorerViewModel;

/**
 * "How does A connect to B?": two nodes chosen with completion, and the shortest paths between them (over every
 * relationship kind, either direction) listed step by step; the canvas highlights them.
 */
public final class ConnectPanel extends ScrollPane {
    private final ExplorerViewModel vm;
    private final CompletionField from;
    private final CompletionField to;
    private final VBox result = new VBox(4);

    /** A panel over the view model's connection. */
    public ConnectPanel(ExplorerViewModel vm) {
        this.vm = vm;
        setId("connect");
        setFitToWidth(true);
        from = field("connect-from");
        to = field("connect-to");
        to.setOnAction(e -> connect());
        Button show = new Button("Show paths");
        show.setId("connect-button");
        show.setOnAction(e -> connect());
        Button clear = new Button("Clear");
        clear.setId("connect-clear");
        clear.setOnAction(e -> vm.clearConnection());
        Label title = new Label("How does one node connect to another?");
        title.setWrapText(true);
        title.setStyle("-fx-font-size: 14px; -fx-font-weight: bold");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.addRow(0, new Label("From"), from);
        grid.addRow(1, new Label("To"), to);
        Label hint = new Label("Or select a node and Ctrl-click another on the canvas.");
        hint.setWrapText(true);
        hint.setStyle("-fx-text-fill: #666; -fx-font-size: 11px");
        VBox box = new VBox(8, title, grid, new FlowPane(6, 6, show, clear), hint, result);
        box.setPadding(new Insets(10));
        setContent(box);
        vm.connectionProperty().addListener((o, a, c) -> show(c));
    }

    /** Starts a connection from {@code id}: the From field filled, the To field focused. */
    public void startFrom(String id) {
        from.fill(id);
        to.fill("");
        to.requestFocus();
    }

    private void connect() {
        if (!from.getText().isBlank() && !to.getText().isBlank()) {
            vm.connect(from.getText().trim(), to.getText().trim());
        }
    }

    private CompletionField field(String id) {
        CompletionField[] field = new CompletionField[1];
        field[0] = new CompletionField(vm::complete, n -> field[0].fill(n.id()));
        field[0].setId(id);
        field[0].setPromptText("id, name or alias");
        field[0].setPrefColumnCount(18);
        return field[0];
    }

    private void show(Connection c) {
        result.getChildren().clear();
        if (c == null) {
            return;
        }
        from.fill(c.from());
        to.fill(c.to());
        Function<String, String> name = id -> vm.graphProperty().get().node(id).map(Node::name).orElse(id);
        Label summary = new Label(c.summary(name));
        summary.setId("connect-summary");
        summary.setWrapText(true);
        summary.setStyle("-fx-font-weight: bold");
        result.getChildren().add(summary);
        int n = 1;
        for (Connections.Path path : c.paths()) {
            Label header = new Label("Path " + n++ + " (" + path.steps().size() + (path.steps().size() == 1 ? " step)" : " steps)"));
            header.setStyle("-fx-text-fill: #555; -fx-padding: 6 0 0 0");
            result.getChildren().addAll(header, node(path.steps().get(0).from(), name));
            for (Connections.Step step : path.steps()) {
                Label verb = new Label("    ↓ " + Connection.verb(step));
                verb.setStyle("-fx-text-fill: #666; -fx-font-size: 11px");
                result.getChildren().addAll(verb, node(step.to(), name));
            }
        }
    }

    private Hyperlink node(String id, Function<String, String> name) {
        Hyperlink link = new Hyperlink(name.apply(id));
        link.setWrapText(true);
        link.setOnAction(e -> vm.selectAndCentre(id));
        return link;
    }
}
