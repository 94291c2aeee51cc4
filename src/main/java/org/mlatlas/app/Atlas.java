package org.mlatlas.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.GraphChange;
import org.mlatlas.domain.Neighbourhood;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeId;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.RefusedEditException;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.domain.UnknownIdException;
import org.mlatlas.graphdata.GraphDataException;
import org.mlatlas.graphdata.GraphDataLoader;
import org.mlatlas.graphdata.GraphValidator;
import org.mlatlas.graphdata.LocatedGraph;
import org.mlatlas.graphdata.Problem;
import org.mlatlas.exports.ExportFormat;
import org.mlatlas.exports.GraphExports;
import org.mlatlas.imports.ImportPlan;
import org.mlatlas.imports.ImportProgress;
import org.mlatlas.imports.Importer;
import org.mlatlas.report.PlanMarkdown;
import org.mlatlas.store.CypherScript;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.Planner;
import org.mlatlas.plan.PrerequisiteGraph;
import org.mlatlas.store.GraphStore;

/**
 * What ML Atlas can do, in the user's terms: plan, mark known, look up, edit, check, export. Commands and
 * views call this; it resolves what the user typed (ids, names, aliases) and calls the store and the planner.
 */
public final class Atlas {
    private final GraphStore store;

    /** The application over one store. */
    public Atlas(GraphStore store) {
        this.store = store;
    }

    /**
     * Prepares the store: schema, and on first use the shipped graph.
     *
     * @param graphData the graph-data folder to load when the store is empty (ignored when null or absent)
     * @return true when graph-data was loaded
     * @throws GraphDataException when graph-data is invalid (then nothing is loaded)
     */
    public boolean initialize(Path graphData) throws GraphDataException {
        boolean empty = store.ensureSchema();
        if (graphData == null || !graphData.toFile().exists() || !empty) {
            return false;
        }
        store.replaceAll(new GraphDataLoader().load(graphData));
        return true;
    }

    /** The whole graph. */
    public AtlasGraph snapshot() {
        return store.snapshot();
    }

    /** The whole graph, handing the part read so far to {@code parts} on the way (see {@link GraphStore#snapshot(Consumer)}). */
    public AtlasGraph snapshot(Consumer<AtlasGraph> parts) {
        return store.snapshot(parts);
    }

    /** The store's revision counter (grows with every change). */
    public long revision() {
        return store.revision();
    }

    /**
     * The node a person means by {@code text}: an id, a name, an alias or a title.
     *
     * @throws UnknownIdException with suggestions when nothing matches exactly
     */
    public Node resolve(String text) {
        return store.resolve(List.of(text)).get(0);
    }

    /**
     * Plans the reading before {@code target}, each of {@code extraKnown} known with its prerequisites.
     *
     * @see #plan(String, Collection, Collection, boolean)
     */
    public Plan plan(String target, Collection<String> extraKnown, boolean readingList) {
        return plan(target, extraKnown, List.of(), readingList);
    }

    /**
     * Plans the reading before {@code target}, from the part of the graph the plan needs (read with the names
     * in one transaction).
     *
     * @param target      id, name or alias of the target
     * @param extraKnown  ids, names or aliases to treat as known for this query only, with their prerequisites
     * @param knownOnly   ids, names or aliases to treat as known for this query only, by themselves
     * @param readingList also choose the shortest set of readings that covers the plan
     */
    public Plan plan(String target, Collection<String> extraKnown, Collection<String> knownOnly, boolean readingList) {
        List<String> names = new ArrayList<>(extraKnown);
        names.addAll(knownOnly);
        GraphStore.PlanScope scope = store.planScope(target, names);
        List<String> ids = scope.known().stream().map(Node::id).toList();
        Set<String> withPrerequisites = new LinkedHashSet<>(ids.subList(0, extraKnown.size()));
        Set<String> alone = new LinkedHashSet<>(ids.subList(extraKnown.size(), ids.size()));
        return new Planner(new PrerequisiteGraph(scope.graph())).plan(Planner.Query.of(scope.target().id())
                .withKnown(withPrerequisites).withKnownOnly(alone).withReadingList(readingList));
    }

    /** Marks nodes known (concepts) or read (papers, resources); returns the ids. */
    public List<String> markKnown(Collection<String> names, boolean known) {
        return markKnown(names, known, false);
    }

    /**
     * Marks nodes known or not known, with all their prerequisite ancestors when {@code withPrerequisites}
     * ("I know deep-learning basics": {@code atlas know neural-networks --with-prerequisites}).
     *
     * @return the ids changed, the named ones first
     */
    public List<String> markKnown(Collection<String> names, boolean known, boolean withPrerequisites) {
        return store.markKnown(names, known, withPrerequisites);
    }

    /**
     * What knowing each node means beyond itself: for a milestone, how many concepts it stands on (knowing it is
     * knowing them); for any node, the known milestones that stand on it (it stays known through them).
     */
    public List<Milestones> milestones(Collection<String> ids) {
        AtlasGraph graph = store.milestoneScope(ids);
        PrerequisiteGraph view = new PrerequisiteGraph(graph);
        List<Milestones> result = new ArrayList<>();
        for (String id : ids) {
            List<String> knownAbove = view.milestonesAbove(id).stream()
                    .filter(m -> graph.node(m).map(Node::known).orElse(false)).toList();
            result.add(new Milestones(id, graph.node(id).map(Node::milestone).orElse(false), view.closureOf(id).size(), knownAbove));
        }
        return result;
    }

    /**
     * What knowing a node means beyond itself.
     *
     * @param id          the node
     * @param milestone   true when the node is a milestone
     * @param standsOn    for a milestone, how many nodes its prerequisite closure holds; 0 otherwise
     * @param knownAbove  ids of the known milestones that stand on the node
     */
    public record Milestones(String id, boolean milestone, int standsOn, List<String> knownAbove) {
    }

    /** Forgets everything known; returns how many nodes were known. */
    public int forgetAll() {
        return store.forgetAll();
    }

    /** A node and its neighbours. */
    public Neighbourhood show(String text) {
        return store.neighbourhoodNamed(text);
    }

    /**
     * Nodes matching the text, best first, else the nodes closest to it by name.
     *
     * @throws IllegalArgumentException for a limit below 1 or a text too long to search
     */
    public List<Node> search(String text, int limit) {
        return store.search(text, limit);
    }

    /**
     * Adds a node.
     *
     * @throws RefusedEditException for a malformed or taken id, or a missing name
     */
    public void add(Node node) {
        if (!NodeId.isValid(node.id())) {
            throw new RefusedEditException(NodeId.whyMalformed(node.id()));
        }
        if (node.name().isBlank()) {
            throw new RefusedEditException("a " + node.kind() + " needs a name");
        }
        java.util.Optional<String> unfit = node.whyNameRefused();
        if (unfit.isPresent()) {
            throw new RefusedEditException(unfit.get());
        }
        store.addNode(node);
    }

    /**
     * Adds a relationship between the nodes named {@code from} and {@code to}.
     *
     * @return the relation as stored (with resolved ids)
     */
    public Relation link(String from, RelationKind kind, String to, String note, ReadingRole role) {
        return store.linkNamed(new Relation(from, kind, to, note, role));
    }

    /** Removes a relationship between the nodes named; returns it, or throws when there was none. */
    public Relation unlink(String from, RelationKind kind, String to) {
        return store.unlink(from, kind, to);
    }

    /**
     * Deletes a node and its relationships.
     *
     * @return what was deleted (the node and the relationships that touched it), so that it can be restored
     * @throws UnknownIdException when no node has that id
     */
    public Neighbourhood delete(String id) {
        Neighbourhood gone = store.neighbourhood(id).orElseThrow(() -> new UnknownIdException(id, ""));
        store.deleteNode(id);
        return gone;
    }

    /** Puts back a node and relationships deleted by {@link #delete} (relationships whose other end is gone are skipped). */
    public void restore(Neighbourhood deleted) {
        AtlasGraph graph = store.snapshot();
        List<Relation> relations = new ArrayList<>();
        for (Neighbourhood.Link link : deleted.links()) {
            if (graph.contains(link.other().id())) {
                relations.add(link.relation());
            }
        }
        store.addAll(List.of(deleted.node()), relations);
    }

    /** Adds a relationship between ids as given (no name resolution); refusals as {@link GraphStore#link}. */
    public void link(Relation relation) {
        store.link(relation);
    }

    /** Replaces a node's user note. */
    public void setNotes(String id, String notes) {
        store.setNotes(id, notes);
    }

    /** Validates the live graph as the loader validates graph-data. */
    public List<Problem> check() {
        return new GraphValidator().validate(LocatedGraph.of(store.snapshot()));
    }

    /**
     * What importing a file or folder would do: created, matched, linked, skipped. Nothing is written.
     *
     * @throws org.mlatlas.imports.ImportException for a missing or malformed source
     */
    public ImportPlan previewImport(Path source, Importer.Options options, ImportProgress progress) {
        return Importer.plan(source, options, store.snapshot(), progress);
    }

    /**
     * Imports a file or folder: matches it against the graph, then writes everything in one transaction (all
     * or nothing, also if the process dies). Importing the same source again creates nothing new.
     *
     * @return what was done
     * @throws org.mlatlas.imports.ImportException for a missing or malformed source (nothing is written)
     */
    public ImportPlan importFrom(Path source, Importer.Options options, ImportProgress progress) {
        long revision = store.revision();
        ImportPlan plan = Importer.plan(source, options, store.snapshot(), progress);
        GraphChange change = plan.change();
        if (!change.isEmpty()) {
            progress.start(String.format("writing %d new nodes, %d updates and %d relationships in one transaction",
                    change.created().size(), change.updated().size(), change.linked().size()), change.size());
            try {
                store.apply(change, revision, progress::step);
            } finally {
                progress.end();
            }
        }
        return plan;
    }

    /**
     * Writes the whole graph, or with {@code planTarget} only what the plan for it reads, in an export format.
     *
     * @param planTarget id, name or alias of a plan's target, or null for the whole graph
     * @param known      with a plan: ids or names to treat as known for this export only
     */
    public void export(ExportFormat format, String planTarget, Collection<String> known, Writer out) throws IOException {
        AtlasGraph graph = store.snapshot();
        if (planTarget == null) {
            if (format == ExportFormat.MARKDOWN) {
                throw new IllegalArgumentException("the markdown export is a plan's checklist: give --plan TARGET");
            }
            write(format, graph, out);
            return;
        }
        Plan plan = plan(planTarget, known, format == ExportFormat.MARKDOWN);
        if (format == ExportFormat.MARKDOWN) {
            out.write(PlanMarkdown.format(plan));
            return;
        }
        write(format, GraphExports.planSubgraph(graph, plan), out);
    }

    private static void write(ExportFormat format, AtlasGraph graph, Writer out) throws IOException {
        if (format == ExportFormat.CYPHER) {
            CypherScript.write(graph, out);
        } else {
            GraphExports.write(format, graph, out);
        }
    }
}
