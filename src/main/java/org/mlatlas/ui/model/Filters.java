package org.mlatlas.ui.model;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.RelationKind;

/**
 * What the graph view shows.
 *
 * @param kinds         node kinds shown
 * @param relations     relationship kinds shown
 * @param hideKnown     hide what the user knows or has read
 * @param onlyFromNotes show only nodes from the user's reading notes
 * @param localDepth    when above 0 and a node is selected: only nodes within this many hops of it
 * @param fromYear      papers published before this year are hidden (null: no lower bound)
 * @param toYear        papers published after this year are hidden (null: no upper bound)
 * @param hiddenAreas   topic areas hidden, by the name the map shows ({@link AreaMap#name})
 */
public record Filters(Set<NodeKind> kinds, Set<RelationKind> relations, boolean hideKnown, boolean onlyFromNotes,
                      int localDepth, Integer fromYear, Integer toYear, Set<String> hiddenAreas) {
    public Filters {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        relations = relations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(relations));
        hiddenAreas = Set.copyOf(hiddenAreas);
        if (localDepth < 0) {
            throw new IllegalArgumentException("local depth must be >= 0");
        }
    }

    /** Everything shown. */
    public static Filters all() {
        return new Filters(EnumSet.allOf(NodeKind.class), EnumSet.allOf(RelationKind.class), false, false, 0, null, null, Set.of());
    }

    /** A copy showing or hiding one node kind. */
    public Filters withKind(NodeKind kind, boolean shown) {
        EnumSet<NodeKind> k = kinds.isEmpty() ? EnumSet.noneOf(NodeKind.class) : EnumSet.copyOf(kinds);
        if (shown) {
            k.add(kind);
        } else {
            k.remove(kind);
        }
        return new Filters(k, relations, hideKnown, onlyFromNotes, localDepth, fromYear, toYear, hiddenAreas);
    }

    /** A copy showing or hiding one relationship kind. */
    public Filters withRelation(RelationKind kind, boolean shown) {
        EnumSet<RelationKind> r = relations.isEmpty() ? EnumSet.noneOf(RelationKind.class) : EnumSet.copyOf(relations);
        if (shown) {
            r.add(kind);
        } else {
            r.remove(kind);
        }
        return new Filters(kinds, r, hideKnown, onlyFromNotes, localDepth, fromYear, toYear, hiddenAreas);
    }

    /** A copy with "hide known" set. */
    public Filters withHideKnown(boolean value) {
        return new Filters(kinds, relations, value, onlyFromNotes, localDepth, fromYear, toYear, hiddenAreas);
    }

    /** A copy with "only from my notes" set. */
    public Filters withOnlyFromNotes(boolean value) {
        return new Filters(kinds, relations, hideKnown, value, localDepth, fromYear, toYear, hiddenAreas);
    }

    /** A copy with the local-view depth set (0 shows the whole graph). */
    public Filters withLocalDepth(int value) {
        return new Filters(kinds, relations, hideKnown, onlyFromNotes, value, fromYear, toYear, hiddenAreas);
    }

    /** A copy showing or hiding one topic area (by the name the map shows). */
    public Filters withArea(String area, boolean shown) {
        Set<String> hidden = new TreeSet<>(hiddenAreas);
        if (shown) {
            hidden.remove(area);
        } else {
            hidden.add(area);
        }
        return new Filters(kinds, relations, hideKnown, onlyFromNotes, localDepth, fromYear, toYear, hidden);
    }

    /** A copy showing only papers published from {@code from} to {@code to} (either null: no bound). */
    public Filters withYears(Integer from, Integer to) {
        return new Filters(kinds, relations, hideKnown, onlyFromNotes, localDepth, from, to, hiddenAreas);
    }

    /** True when {@code node} passes the year range: papers with a year in it, and every node that is no paper or has no year. */
    public boolean yearShown(org.mlatlas.domain.Node node) {
        Integer year = node.year();
        return node.kind() != NodeKind.PAPER || year == null
                || ((fromYear == null || year >= fromYear) && (toYear == null || year <= toYear));
    }
}
