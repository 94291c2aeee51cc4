package org.mlatlas.ui.panels;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeId;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;
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
        return Node.builder(id, kind, name).resourceType(kind == NodeKind.RESOURCE ? "site" : null).build();
    }

    /**
     * Opens the dialog that asks for a relationship: source, kind and target (prefilled when given, completed over
     * the graph's names as the user types), with an optional note and, for EXPLAINS, the reading's role. It does not
     * wait (no nested event loop: it may be opened from a gesture). OK hands the relationship to {@code submit},
     * which answers through its callback: nothing, and the dialog closes; or why the graph refused it, and the
     * dialog stays open with what was typed and says why in red.
     *
     * @return the dialog, showing
     */
    public static Dialog<Relation> addRelation(Window owner, String from, String to,
                                               BiFunction<String, Integer, List<Node>> complete,
                                               BiConsumer<Relation, Consumer<Optional<String>>> submit) {
        Dialog<Relation> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add a relationship");
        CompletionField source = idField("rel-from", from, complete);
        ChoiceBox<RelationKind> kind = new ChoiceBox<>();
        kind.getItems().addAll(RelationKind.values());
        kind.setValue(RelationKind.PREREQUISITE);
        kind.setId("rel-kind");
        CompletionField target = idField("rel-to", to, complete);
        TextField note = new TextField();
        note.setId("rel-note");
        note.setPromptText("why, in your words (optional)");
        ChoiceBox<String> role = new ChoiceBox<>();
        role.setId("rel-role");
        role.getItems().add(NO_ROLE);
        for (ReadingRole r : ReadingRole.values()) {
            role.getItems().add(r.word());
        }
        role.setValue(NO_ROLE);
        role.disableProperty().bind(kind.valueProperty().isNotEqualTo(RelationKind.EXPLAINS));
        GridPane grid = grid();
        grid.addRow(0, new Label("From"), source);
        grid.addRow(1, new Label("Kind"), kind);
        grid.addRow(2, new Label("To"), target);
        grid.addRow(3, new Label("Note"), note);
        grid.addRow(4, new Label("Role (EXPLAINS)"), role);
        Label help = new Label("PREREQUISITE: know 'from' before 'to'. EXPLAINS: a reading teaches a concept"
                + " (introduces it, explains it clearly, or covers it). CITES: paper to paper.");
        help.setWrapText(true);
        help.setMaxWidth(420);
        help.setMinHeight(Region.USE_PREF_SIZE); // wrapped in full, not cut to one line with "..."
        grid.add(help, 0, 5, 2, 1);
        Label problem = new Label();
        problem.setId("rel-error");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        grid.add(problem, 0, 6, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open until the graph took the relationship
            if (source.getText().isBlank() || target.getText().isBlank()) {
                problem.setText("Say what the relationship goes from and to.");
                return;
            }
            Relation r = relation(source.getText(), kind.getValue(), target.getText(), note.getText(), role.getValue());
            ok.setDisable(true);
            problem.setText("");
            submit.accept(r, refusal -> {
                ok.setDisable(false);
                if (refusal.isEmpty()) {
                    dialog.setResult(r);
                    dialog.close();
                } else {
                    problem.setText(refusal.get());
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
        });
        dialog.setResultConverter(b -> null); // Cancel and Escape close it with nothing
        dialog.show();
        // at the window's right edge, over the side panel, not over the canvas's centre where the nodes of a
        // Shift-drag are and where a refused cycle is drawn
        if (owner != null && dialog.getWidth() > 0) {
            dialog.setX(Math.max(owner.getX(), owner.getX() + owner.getWidth() - dialog.getWidth() - 12));
            dialog.setY(owner.getY() + 80);
        }
        return dialog;
    }

    private static final String NO_ROLE = "(none)";

    /** The relationship the dialog's fields describe (blank note and "(none)" role mean none). */
    static Relation relation(String from, RelationKind kind, String to, String note, String role) {
        ReadingRole readingRole = kind != RelationKind.EXPLAINS || role == null ? null
                : ReadingRole.parse(role).orElse(null);
        return new Relation(from.trim(), kind, to.trim(), note == null || note.isBlank() ? null : note.trim(), readingRole);
    }

    private static CompletionField idField(String id, String text, BiFunction<String, Integer, List<Node>> complete) {
        CompletionField[] field = new CompletionField[1];
        field[0] = new CompletionField(complete, n -> field[0].fill(n.id()));
        field[0].setId(id);
        field[0].setText(text == null ? "" : text);
        field[0].setPromptText("id, name or alias");
        field[0].setPrefColumnCount(24);
        return field[0];
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        return grid;
    }
}
