package org.mlatlas.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Undo and redo stacks of edits that were applied. A new edit clears the redo stack. */
public final class EditHistory {
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    /** Records an edit that was just applied. */
    public void done(Edit edit) {
        undo.push(edit);
        redo.clear();
    }

    /** The edit an undo would revert, if any. */
    public Optional<Edit> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The edit a redo would apply again, if any. */
    public Optional<Edit> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** Records that the last edit was undone. */
    public void undone() {
        redo.push(undo.pop());
    }

    /** Records that the last undone edit was applied again. */
    public void redone() {
        undo.push(redo.pop());
    }

    /** True when there is something to undo. */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** True when there is something to redo. */
    public boolean canRedo() {
        return !redo.isEmpty();
    }
}
