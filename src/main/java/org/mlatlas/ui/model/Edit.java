package org.mlatlas.ui.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Neighbourhood;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;

/**
 * An edit the user makes in the window, undoable. {@link #apply} and {@link #undo} run on a worker thread and
 * throw (changing nothing) when the graph refuses the edit.
 */
public interface Edit {
    /** Does the edit. */
    void apply(Atlas atlas);

    /** Reverts it. */
    void undo(Atlas atlas);

    /**
     * What the edit does, in words with the nodes' names, for the status line: "Added: LoRA is a prerequisite of
     * LLaMA-Adapter".
     *
     * @param name the name of a node id (the id itself when the node is gone)
     */
    String describe(Function<String, String> name);

    /** "A is a prerequisite of B", "P explains C", "P cites Q", with names. */
    static String sentence(Relation r, Function<String, String> name) {
        return name.apply(r.from()) + " " + r.kind().verb() + " " + name.apply(r.to());
    }

    /** Adds a node. */
    record AddNode(Node node) implements Edit {
        @Override
        public void apply(Atlas atlas) {
            atlas.add(node);
        }

        @Override
        public void undo(Atlas atlas) {
            atlas.delete(node.id());
        }

        @Override
        public String describe(Function<String, String> name) {
            return "Added the " + node.kind() + " " + node.name();
        }
    }

    /** Adds a relationship; its ends may be ids, names or aliases (resolved when applied). */
    final class Link implements Edit {
        private final Relation asked;
        private Relation stored;

        /** Adds {@code relation}. */
        public Link(Relation relation) {
            this.asked = relation;
        }

        @Override
        public void apply(Atlas atlas) {
            stored = atlas.link(asked.from(), asked.kind(), asked.to(), asked.note(), asked.role());
        }

        @Override
        public void undo(Atlas atlas) {
            atlas.unlink(stored.from(), stored.kind(), stored.to());
        }

        @Override
        public String describe(Function<String, String> name) {
            return "Added: " + Edit.sentence(stored == null ? asked : stored, name);
        }

        /** The relationship as asked for (its ends as typed: ids, names or aliases). */
        public Relation asked() {
            return asked;
        }
    }

    /** Removes a relationship. */
    record Unlink(Relation relation) implements Edit {
        @Override
        public void apply(Atlas atlas) {
            atlas.unlink(relation.from(), relation.kind(), relation.to());
        }

        @Override
        public void undo(Atlas atlas) {
            atlas.link(relation);
        }

        @Override
        public String describe(Function<String, String> name) {
            return "Removed: " + Edit.sentence(relation, name);
        }
    }

    /** Deletes a node with its relationships; undo puts both back. */
    final class DeleteNode implements Edit {
        private final String id;
        private Neighbourhood deleted;

        /** Deletes the node with this id. */
        public DeleteNode(String id) {
            this.id = id;
        }

        @Override
        public void apply(Atlas atlas) {
            deleted = atlas.delete(id);
        }

        @Override
        public void undo(Atlas atlas) {
            atlas.restore(deleted);
        }

        @Override
        public String describe(Function<String, String> name) {
            String what = deleted == null ? name.apply(id) : deleted.node().name();
            int links = deleted == null ? 0 : deleted.links().size();
            return "Deleted " + what + (links == 0 ? "" : " and its " + links + (links == 1 ? " relationship" : " relationships"));
        }
    }

    /** Replaces a node's user note. */
    record SetNotes(String id, String before, String after) implements Edit {
        @Override
        public void apply(Atlas atlas) {
            atlas.setNotes(id, after);
        }

        @Override
        public void undo(Atlas atlas) {
            atlas.setNotes(id, before);
        }

        @Override
        public String describe(Function<String, String> name) {
            return "Saved your notes on " + name.apply(id);
        }
    }

    /** Marks nodes known (or not), remembering what they were. */
    record MarkKnown(Map<String, Boolean> before, boolean known) implements Edit {
        /** Marks {@code ids} as {@code known}, with their states now taken from {@code graph}. */
        public static MarkKnown of(AtlasGraph graph, List<String> ids, boolean known) {
            Map<String, Boolean> before = new java.util.LinkedHashMap<>();
            for (String id : ids) {
                before.put(id, graph.node(id).map(Node::known).orElse(false));
            }
            return new MarkKnown(before, known);
        }

        @Override
        public void apply(Atlas atlas) {
            atlas.markKnown(before.keySet(), known);
        }

        @Override
        public void undo(Atlas atlas) {
            before.forEach((id, was) -> atlas.markKnown(List.of(id), was));
        }

        @Override
        public String describe(Function<String, String> name) {
            return "Marked " + String.join(", ", before.keySet().stream().map(name).toList()) + (known ? " as known" : " as not known");
        }
    }
}
