package org.mlatlas.ui.model;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.task.Background;

/**
 * Edits with undo and redo: each runs on the background worker; a done edit is recorded, confirmed in words
 * ("Added: LoRA is a prerequisite of LLaMA-Adapter. Undo: Ctrl+Z") and the graph reloaded; a refused one reports
 * its reason once, with names, and changes nothing.
 */
public final class EditViewModel {
    private final Background background;
    private final Supplier<Atlas> atlas;
    private final Supplier<AtlasGraph> graph;
    private final Runnable reload;
    private final Consumer<String> info;
    private final Consumer<String> error;
    private final EditHistory history = new EditHistory();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();

    /**
     * Edits against {@code atlas}, worded with the names in {@code graph} (the graph on screen), reporting through
     * {@code info} and {@code error}, reloading after each.
     */
    public EditViewModel(Background background, Supplier<Atlas> atlas, Supplier<AtlasGraph> graph, Runnable reload,
                         Consumer<String> info, Consumer<String> error) {
        this.background = background;
        this.atlas = atlas;
        this.graph = graph;
        this.reload = reload;
        this.info = info;
        this.error = error;
    }

    /**
     * Applies an edit in the background; {@code then} gets nothing when it is done, or why it was refused or not
     * saved (also said in the status line).
     */
    public void apply(Edit edit, Consumer<Optional<Refusal>> then) {
        background.run(() -> {
            edit.apply(atlas.get());
            return edit;
        }, done -> {
            history.done(done);
            finished(done.describe(this::name) + ". Undo: Ctrl+Z");
            then.accept(Optional.empty());
        }, e -> {
            Refusal refusal = Refusal.of(graph.get(), edit, e);
            error.accept(refusal.sentence());
            then.accept(Optional.of(refusal));
        });
    }

    /** Reverts the last edit. */
    public void undo() {
        history.nextUndo().ifPresent(edit -> background.run(() -> {
            edit.undo(atlas.get());
            return edit;
        }, done -> {
            history.undone();
            finished("Undone: “" + done.describe(this::name) + "”. Redo: Ctrl+Y");
        }, e -> error.accept("Could not undo: " + ExplorerViewModel.message(e))));
    }

    /** Applies the last undone edit again. */
    public void redo() {
        history.nextRedo().ifPresent(edit -> background.run(() -> {
            edit.apply(atlas.get());
            return edit;
        }, done -> {
            history.redone();
            finished("Redone: “" + done.describe(this::name) + "”. Undo: Ctrl+Z");
        }, e -> error.accept("Could not redo: " + ExplorerViewModel.message(e))));
    }

    private String name(String id) {
        return graph.get().node(id).map(n -> n.name()).orElse(id);
    }

    private void finished(String message) {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        info.accept(message);
        reload.run();
    }

    /** True when there is an edit to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    /** True when there is an edit to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }
}
