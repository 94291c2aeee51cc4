package org.mlatlas.ui.panels;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.mlatlas.domain.Neighbourhood;
import org.mlatlas.domain.Node;
import org.mlatlas.report.RelationGroup;
import org.mlatlas.ui.model.Edit;
import org.mlatlas.ui.model.ExplorerViewModel;

/**
 * The selected node: title, kind, authors, year, venue, summary, the user's notes (editable), its link, and its
 * neighbours grouped by relationship kind (click one to go there); "What should I read before this?" and "How does
 * this connect to…".
 */
public final class DetailsPanel extends ScrollPane {
    private final ExplorerViewModel vm;
    private final VBox box = new VBox(6);
    private final Consumer<String> openLink;
    private final Consumer<String> connectFrom;

    /**
     * A panel showing the view model's selection; {@code openLink} opens a URL in the browser, {@code connectFrom}
     * starts a "how does this connect to…" from a node's id.
     */
    public DetailsPanel(ExplorerViewModel vm, Consumer<String> openLink, Consumer<String> connectFrom) {
        this.vm = vm;
        this.openLink = openLink;
        this.connectFrom = connectFrom;
        setId("details");
        setFitToWidth(true);
        box.setPadding(new Insets(10));
        setContent(box);
        vm.detailsProperty().addListener((o, a, hood) -> show(hood));
        show(null);
    }

    private void show(Neighbourhood hood) {
        box.getChildren().clear();
        if (hood == null) {
            box.getChildren().add(wrap(new Label("Click a node, or search, to see its details.")));
            return;
        }
        Node n = hood.node();
        Label title = wrap(new Label(n.name()));
        title.setId("details-title");
        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold");
        box.getChildren().addAll(title, wrap(new Label(n.kind() + " · " + n.id() + (n.milestone() ? " · milestone" : "") + (n.known() ? " · known" : "")
                + (n.fromNotes() ? " · from my notes" : ""))));
        line("Authors", n.authors().isEmpty() ? null : String.join(", ", n.authors()));
        line("By", n.by());
        line("Year", n.year() == null ? null : n.year().toString());
        line("Venue", n.venue());
        line("Aliases", n.aliases().isEmpty() ? null : String.join(", ", n.aliases()));
        line("Summary", n.summary());
        if (n.link() != null) {
            Hyperlink link = new Hyperlink(n.link());
            link.setId("details-link");
            link.setOnAction(e -> openLink.accept(n.link()));
            box.getChildren().add(link);
        }
        Button plan = new Button("What should I read before this?");
        plan.setId("plan-button");
        plan.setOnAction(e -> vm.planFor(n.id()));
        Button delete = new Button("Delete node");
        delete.setId("delete-button");
        delete.setOnAction(e -> vm.apply(new Edit.DeleteNode(n.id())));
        Button connect = new Button("How does this connect to…");
        connect.setId("connect-from-button");
        connect.setOnAction(e -> connectFrom.accept(n.id()));
        box.getChildren().add(new FlowPane(6, 6, plan, connect, delete));
        TextArea notes = new TextArea(n.notes() == null ? "" : n.notes());
        notes.setId("notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        Button save = new Button("Save notes");
        save.setId("save-notes");
        save.setOnAction(e -> vm.apply(new Edit.SetNotes(n.id(), n.notes(), notes.getText().isBlank() ? null : notes.getText())));
        box.getChildren().addAll(new Label("My notes"), notes, save);
        for (RelationGroup group : RelationGroup.values()) {
            group(hood, group);
        }
    }

    private void line(String label, String value) {
        if (value != null && !value.isBlank()) {
            box.getChildren().add(wrap(new Label(label + ": " + value)));
        }
    }

    private void group(Neighbourhood hood, RelationGroup group) {
        List<Neighbourhood.Link> links = group.links(hood).stream().sorted(Comparator.comparing(l -> l.other().name())).toList();
        if (links.isEmpty()) {
            return;
        }
        Label header = new Label(group.title() + " (" + links.size() + ")");
        header.setStyle("-fx-font-weight: bold");
        box.getChildren().add(header);
        for (Neighbourhood.Link l : links) {
            Hyperlink h = new Hyperlink(l.other().name());
            h.setId("neighbour-" + l.other().id());
            h.setWrapText(true);
            h.setOnAction(e -> vm.selectAndCentre(l.other().id()));
            box.getChildren().add(h);
        }
    }

    private static Label wrap(Label l) {
        l.setWrapText(true);
        return l;
    }
}
