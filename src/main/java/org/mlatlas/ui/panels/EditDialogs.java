package org.mlatlas.ui.panels;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeId;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;

/** The dialogs that build an edit: a new node, a new relationship. They build values; the view model applies them. */
public final class EditDialogs {
    private EditDialogs() {
    }

    /** Asks for a new node's kind, name and id (the id defaults to the name's slug). */
    public static Optional<Node> addNode(Window owner) {
        Dialog<Node> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add a node");
        ChoiceBox<NodeKind> kind = new ChoiceBox<>();
        kind.getItems().addAll(NodeKind.values());
        kind.setValue(NodeKind.CONCEPT);
        kind.setId("node-kind");
        TextField name = new TextField();
        name.setId("node-name");
        TextField id = new TextField();
        id.setId("node-id");
        id.setPromptText("from the name");
        GridPane grid = grid();
        grid.addRow(0, new Label("Kind"), kind);
        grid.addRow(1, new Label("Name or title"), name);
        grid.addRow(2, new Label("Id"), id);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b != ButtonType.OK || name.getText().isBlank() ? null
                : newNode(kind.getValue(), id.getText().isBlank() ? NodeId.slug(name.getText()) : id.getText().trim(), name.getText().trim()));
        return dialog.showAndWait();
    }

    /** A new node with just kind, id and name. */
    static Node newNode(NodeKind kind, String id, String name) {
        return new Node(id, kind, name, List.of(), null, null, false, false, List.of(), List.of(), null, List.of(),
                null, null, null, null, kind == NodeKind.RESOURCE ? "site" : null, null);
    }

    /** Asks for a relationship: source, kind and target ids (prefilled when given). */
    public static Optional<Relation> addRelation(Window owner, String from, String to) {
        Dialog<Relation> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add a relationship");
        TextField source = new TextField(from == null ? "" : from);
        source.setId("rel-from");
        ChoiceBox<RelationKind> kind = new ChoiceBox<>();
        kind.getItems().addAll(RelationKind.values());
        kind.setValue(RelationKind.PREREQUISITE);
        kind.setId("rel-kind");
        TextField target = new TextField(to == null ? "" : to);
        target.setId("rel-to");
        GridPane grid = grid();
        grid.addRow(0, new Label("From (id)"), source);
        grid.addRow(1, new Label("Kind"), kind);
        grid.addRow(2, new Label("To (id)"), target);
        grid.add(new Label("PREREQUISITE: know 'from' before 'to'. EXPLAINS: a reading teaches a concept. CITES: paper to paper."), 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b != ButtonType.OK || source.getText().isBlank() || target.getText().isBlank() ? null
                : Relation.of(source.getText().trim(), kind.getValue(), target.getText().trim()));
        return dialog.showAndWait();
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        return grid;
    }
}
