package org.mlatlas.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.GraphChange;
import org.mlatlas.domain.Neighbourhood;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;

/**
 * Where the graph lives. Each method is one transaction: it happens entirely or not at all. Methods speak the
 * domain's types only; no caller sees Cypher or driver types.
 *
 * <p>Parameters called a <em>name</em> take what a person types, resolved as {@link #resolve} does, in the same
 * transaction as the work; parameters called an <em>id</em> take ids only.
 */
public interface GraphStore {

    /** What a plan reads: its target and the nodes named known, resolved, and the part of the graph the planner needs. */
    record PlanScope(Node target, List<Node> known, AtlasGraph graph) {
    }

    /**
     * Creates the indexes the store relies on, unless already done (idempotent).
     *
     * @return true when the store holds no node
     */
    boolean ensureSchema();

    /** The whole graph, as one consistent snapshot. */
    AtlasGraph snapshot();

    /**
     * The whole graph, as one consistent snapshot, handing the part read so far to {@code parts} on the way: nodes
     * first, then relationships, each part about four times the last, the first once 2,000 rows are read (a small
     * graph arrives whole, with no part). A retried transaction starts the parts again.
     */
    AtlasGraph snapshot(Consumer<AtlasGraph> parts);

    /** A number that grows with every change, so that viewers can notice edits made by other processes. */
    long revision();

    /**
     * The nodes these names name, in order, reading nodes only. A name is a node's id; or else, ignoring case,
     * accents and punctuation ({@link org.mlatlas.domain.NameMatcher#key}), the name, title, alias or arXiv id of
     * exactly one node.
     *
     * @throws org.mlatlas.domain.UnknownIdException for the first name that names no node or several, with
     *                                               "did you mean" suggestions
     */
    List<Node> resolve(List<String> names);

    /**
     * What a plan for the node named {@code target} reads, names resolved in the same transaction: the target's
     * prerequisite closure with the readings that explain it (EXPLAINS edges with their role, minutes, part and
     * note), for a paper or resource the closures of the concepts it explains, every milestone with its closure and
     * readings, and the nodes named {@code known} with their closures; not the rest of the graph.
     *
     * @throws org.mlatlas.domain.UnknownIdException as {@link #resolve}
     */
    PlanScope planScope(String target, Collection<String> known);

    /**
     * What knowing a milestone means, without the rest of the graph: every milestone with its prerequisite
     * closure (as {@link #planScope} reads them), and the nodes with these ids.
     */
    AtlasGraph milestoneScope(Collection<String> ids);

    /**
     * Replaces the whole graph with {@code graph} (which the caller has validated).
     *
     * @return the number of relationships written
     */
    long replaceAll(AtlasGraph graph);

    /**
     * Adds many nodes and relationships at once (imports). Relationships may join new nodes and existing ones.
     * The caller has validated kinds and cycles; nothing is written when an id is taken or an end is missing.
     *
     * @return the number of relationships written
     * @throws org.mlatlas.domain.RefusedEditException when a new node's id exists already
     * @throws org.mlatlas.domain.UnknownIdException   when a relationship names a node that exists nowhere
     */
    long addAll(Collection<Node> nodes, Collection<Relation> relations);

    /**
     * Applies an import in one transaction: creates nodes, replaces existing nodes with new values (same id and
     * kind; the id index and search text follow) and adds relationships. The caller has matched the change
     * against a snapshot taken at {@code expectedRevision}; if another write came in between, nothing is
     * written. Either the whole change is written or nothing is, also when the process dies midway.
     *
     * @param expectedRevision the {@link #revision()} read before the snapshot, or -1 not to check
     * @param progress         told the running count of nodes and relationships written (may be called often)
     * @return the number of relationships written
     * @throws org.mlatlas.domain.RefusedEditException when the graph changed since {@code expectedRevision}, or a
     *                                                 created id exists already
     * @throws org.mlatlas.domain.UnknownIdException   when a relationship or update names a missing node
     */
    long apply(GraphChange change, long expectedRevision, LongConsumer progress);

    /**
     * Adds a node.
     *
     * @throws org.mlatlas.domain.RefusedEditException when a node with that id exists
     */
    void addNode(Node node);

    /**
     * Adds a relationship after checking it: both ends exist, the kinds fit, it is not a duplicate, and a
     * PREREQUISITE does not close a cycle.
     *
     * @throws org.mlatlas.domain.UnknownIdException   when an end does not exist (with suggestions)
     * @throws org.mlatlas.domain.RefusedEditException for wrong kinds, duplicates and cycles (the cycle spelled out)
     */
    void link(Relation relation);

    /**
     * As {@link #link(Relation)}, with the ends of {@code named} given as names.
     *
     * @return the relation as stored, between ids
     * @throws org.mlatlas.domain.UnknownIdException as {@link #resolve}
     */
    Relation linkNamed(Relation named);

    /** Removes a node and every relationship touching it; false when there was no such node. */
    boolean deleteNode(String id);

    /**
     * Removes the relationship of this kind between the nodes named {@code from} and {@code to}.
     *
     * @return the relation removed, between ids
     * @throws org.mlatlas.domain.UnknownIdException   as {@link #resolve}
     * @throws org.mlatlas.domain.RefusedEditException when there is no such relationship
     */
    Relation unlink(String from, RelationKind kind, String to);

    /**
     * Marks the named nodes known (or not known), with every prerequisite ancestor when {@code withPrerequisites}.
     *
     * @return the ids marked, the named ones first, then the ancestors by id
     * @throws org.mlatlas.domain.UnknownIdException as {@link #resolve}; then nothing is changed
     */
    List<String> markKnown(Collection<String> names, boolean known, boolean withPrerequisites);

    /** Marks every node not known; returns how many were known. */
    int forgetAll();

    /** Replaces a node's user note (null removes it). */
    void setNotes(String id, String notes);

    /**
     * Nodes whose name, aliases, title, questions or summary match the text, typos tolerated, best first; when
     * none does, the nodes whose id, name, alias or arXiv id is close to it ({@link
     * org.mlatlas.domain.NameMatcher#suggest}, ignoring case, accents and punctuation) among a bounded set of
     * candidates.
     *
     * @throws IllegalArgumentException for a limit below 1, or a text too long to search (over 200 characters or
     *                                  16 words)
     */
    List<Node> search(String text, int limit);

    /** A node and its neighbours, or empty when no node has that id. */
    Optional<Neighbourhood> neighbourhood(String id);

    /**
     * The node named {@code name} and its neighbours.
     *
     * @throws org.mlatlas.domain.UnknownIdException as {@link #resolve}
     */
    Neighbourhood neighbourhoodNamed(String name);
}
