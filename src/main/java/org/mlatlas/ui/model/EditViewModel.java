package org.mlatlas.ui.model;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.mlatlas.app.Atlas;
import org.mlatlas.task.Background;

/**
 * Edits with undo and redo: each runs on the background worker; a done edit is recorded and the graph
 * reloaded; a refused one reports its reason and changes nothing.
 */
public final class EditViewModel {
    private final Background background;
    private final Supplier<Atlas> atlas;
    private final Runnable reload;
    private final Consumer<String> info;
    private final Consumer<String> error;
    private final EditHistory history = new EditHistory();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();

    /** Edits against {@code atlas}, reporting through {@code info} and {@code error}, reloading after each. */
    public EditViewModel(Background background, Supplier<Atlas> atlas, Runnable reload, Consumer<String> info,
                         Consumer<String> error) {
        this.background = background;
        this.atlas = atlas;
        this.reload = reload;
        this.info = info;
        this.error = error;
    }

    /** Applies an edit in the background; a refused edit shows its reason and changes nothing. */
    public void apply(Edit edit) {
        background.run(() -> {
            edit.apply(atlas.get());
            return edit;
        }, done -> {
            history.done(done);
            finished("Done: " + done.describe());
        }, e -> error.accept(ExplorerViewModel.isRefusal(e) ? "Refused: " + ExplorerViewModel.message(e)
                : "Not saved: " + ExplorerViewModel.message(e)));
    }

    /** Reverts the last edit. */
    public void undo() {
        history.nextUndo().ifPresent(edit -> background.run(() -> {
            edit.undo(atlas.get());
            return edit;
        }, done -> {
            history.undone();
            finished("Undone: " + done.describe());
        }, e -> error.accept("Could not undo: " + ExplorerViewModel.message(e))));
    }

    /** Applies the last undone edit again. */
    public void redo() {
        history.nextRedo().ifPresent(edit -> background.run(() -> {
            edit.apply(atlas.get());
            return edit;
        }, done -> {
            history.redone();
            finished("Redone: " + done.describe());
        }, e -> error.accept("Could not redo: " + ExplorerViewModel.message(e))));
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
