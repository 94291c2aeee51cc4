package org.mlatlas.ui.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mlatlas.app.Atlas;
import org.mlatlas.app.GraphCache;
import org.mlatlas.app.MapPositions;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Neighbourhood;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.RefusedEditException;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.UnknownIdException;
import org.mlatlas.plan.Plan;
import org.mlatlas.report.PlanWording;
import org.mlatlas.task.Background;

/**
 * The explorer's state and what the user can do with it: the graph and its filtered scene, the selection and
 * its details, search, the reading plan, edits with undo and redo, and live reloads when the store changes.
 * Every store, planner and layout call runs through {@link Background}; properties change on the UI executor.
 * Tested without a toolkit (JavaFX properties need none).
 */
public final class ExplorerViewModel implements AutoCloseable {
    /** How often the store's revision is polled. */
    public static final Duration POLL = LiveGraph.POLL;

    private final Background background;
    private final LiveGraph live;
    private final EditViewModel edits;
    private final List<Consumer<String>> centreListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Set<String>>> fitListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Set<String>>> revealListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> planOpenedListeners = new CopyOnWriteArrayList<>();
    private LayoutRunner runner;
    private boolean animate = true;

    private final ObjectProperty<AtlasGraph> graph = new SimpleObjectProperty<>(AtlasGraph.empty());
    private final ObjectProperty<GraphScene> scene = new SimpleObjectProperty<>();
    private final ObjectProperty<Filters> filters = new SimpleObjectProperty<>(Filters.all());
    private final StringProperty selected = new SimpleStringProperty();
    private final ObjectProperty<Neighbourhood> details = new SimpleObjectProperty<>();
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final BooleanProperty showingPlan = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("Starting the database…");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty();
    private final IntegerProperty busy = new SimpleIntegerProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final ObjectProperty<RecentChange> recentChange = new SimpleObjectProperty<>(RecentChange.NONE);
    /** True from an edit of this window's until the reload after it (on the UI thread). */
    private boolean ownEditReloading;
    private final ObjectProperty<Refusal> refusal = new SimpleObjectProperty<>();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<String>> searchMatches = new SimpleObjectProperty<>(Set.of());
    /** The node a local view is drawn around (the one searched for, or selected when the view was asked for). */
    private final StringProperty anchor = new SimpleStringProperty();
    /** Nodes the user added to the view by expanding a neighbour (double-click), shown whatever the filters say. */
    private final Set<String> expanded = new LinkedHashSet<>();
    private GraphCache cache;
    private MapPositions positions;
    /** True while the graph shown is the first part of a large graph still loading. */
    private boolean partial;
    private final GraphMap map = new GraphMap(this::savePositions);

    /**
     * A view model that opens the application with {@code opener} (on the worker: starting Neo4j takes
     * seconds) once {@link #start()} is called, and calls it again if the database goes away.
     */
    public ExplorerViewModel(Background background, Background.Work<Atlas> opener) {
        this(background, opener, opener);
    }

    /**
     * A view model that opens the application with {@code opener} once {@link #start()} is called, and with
     * {@code reopener} when the database it uses goes away (another atlas process that served it stopped):
     * the reopener connects anew, to whichever process serves the store now, or starts the DBMS itself.
     */
    public ExplorerViewModel(Background background, Background.Work<Atlas> opener, Background.Work<Atlas> reopener) {
        this.background = background;
        this.live = new LiveGraph(background, opener, reopener, this::reloaded, this::info, this::error);
        this.edits = new EditViewModel(background, live::atlas, graph::get, () -> {
            ownEditReloading = true; // its status line says what was done; the reload does not announce it again
            live.reload();
        }, this::info, this::error);
        background.onBusyChanged(busy::set);
        filters.addListener((o, a, b) -> {
            boolean local = b.localDepth() != a.localDepth();
            if (local) { // a local view is drawn around the selection of the moment
                expanded.clear();
                anchor.set(b.localDepth() > 0 ? selected.get() : null);
            }
            rebuildScene(local ? Rebuild.REFRAME : Rebuild.KEEP_VIEW);
        });
        selected.addListener((o, a, b) -> {
            updateDetails();
            if (b != null && refusal.get() != null) {
                refusal.set(null); // the user moved on: the refused cycle is no longer shown
            }
            if (filters.get().localDepth() > 0 && anchor.get() == null && b != null) {
                anchor.set(b); // a local view asked for before anything was selected starts here
                rebuildScene(Rebuild.REFRAME);
            }
        });
    }

    /** Why a scene is rebuilt: what the view keeps. */
    private enum Rebuild {
        /** The graph reloaded or a filter changed: the view stays where it is. */
        KEEP_VIEW,
        /** The local view's depth or centre changed: the view frames the new scene. */
        REFRAME,
        /** Neighbours were added by expanding a node: the nodes already shown do not move. */
        EXPAND
    }

    /** Turns the background layout animation off (snapshots and tests settle the layout synchronously). */
    public void setAnimate(boolean value) {
        animate = value;
    }

    /**
     * Keeps a copy of every graph loaded from the store in {@code value}, and shows the copy left by the last
     * window at {@link #start()} until the live graph is loaded. Call before {@link #start()}.
     */
    public void setCache(GraphCache value) {
        cache = value;
    }

    /**
     * Shows the graph as the last window left it (when there is a {@linkplain #setCache cache}), opens the store,
     * loads the live graph in its place, and starts polling for changes made elsewhere. Plans and edits asked
     * for before the store is open wait for it (the worker runs one task at a time, the opening first).
     */
    public void start() {
        MapPositions p = positions;
        if (p != null) { // first: the worker runs in order, so the map is in place before any graph is shown
            background.run(p::read, map::restore, e -> { });
        }
        GraphCache c = cache;
        if (c != null) {
            background.run(() -> c.read().orElse(null), this::showCached, e -> { });
        }
        live.start(this::showPart, loaded -> {
            applyLoaded(loaded);
            ready.set(true);
            shown.set(true);
            info("Loaded " + loaded.graph().nodes().size() + " nodes and " + loaded.graph().relations().size() + " relationships");
        });
    }

    /** Shows a large graph's first parts as they are read, unless a whole copy is on screen already. */
    private void showPart(AtlasGraph part) {
        if (shown.get() || ready.get()) {
            return;
        }
        partial = true; // its layout is not the map: the whole graph's will be
        show(part);
        info("Loading the graph: " + part.nodes().size() + " nodes and " + part.relations().size() + " relationships so far…");
    }

    private void showCached(AtlasGraph cached) {
        if (cached == null || ready.get()) {
            return;
        }
        partial = false;
        show(cached);
        info("Showing the graph as you last saw it (" + cached.nodes().size() + " nodes) while the database starts…");
        shown.set(true); // last: whoever watches it finds the graph and the status line in place
    }

    /** Saves a graph just loaded from the store as the copy the next window shows first (on the worker). */
    private void remember(AtlasGraph loaded) {
        GraphCache c = cache;
        if (c != null) {
            background.run(() -> {
                c.write(loaded);
                return loaded;
            }, g -> { }, e -> { }); // a copy that cannot be written only means the next start shows nothing early
        }
    }

    private void savePositions(Map<String, double[]> now) {
        MapPositions p = positions;
        if (p != null) {
            background.run(() -> {
                p.write(now);
                return now;
            }, saved -> { }, e -> error("Could not save the map's positions to " + p.file() + ": " + message(e)));
        }
    }

    /**
     * Checks the store's revision (on the caller's thread, never the UI's) and reloads when it changed; reconnects
     * when the database went away.
     */
    public void pollOnce() {
        live.pollOnce();
    }

    /** Reloads the graph from the store, keeping the selection, the layout and the plan's target. */
    public void reload() {
        live.reload();
    }

    /**
     * A graph reloaded after an edit (ours, another window's, a terminal's): the view, the selection, the plan and the
     * panels stay as they are; what changed is announced ({@link #recentChangeProperty}) for the canvas to flash.
     */
    private void reloaded(LiveGraph.Loaded loaded) {
        AtlasGraph before = graph.get();
        applyLoaded(loaded);
        RecentChange change = RecentChange.between(before, loaded.graph());
        recentChange.set(change);
        if (ownEditReloading) {
            ownEditReloading = false;
        } else if (!change.isEmpty()) {
            info(change.describe(loaded.graph())); // an edit from a terminal or another window, said in words
        }
        Plan p = plan.get();
        if (p != null) {
            plan(p.target().id(), false);
        }
    }

    private void applyLoaded(LiveGraph.Loaded loaded) {
        remember(loaded.graph());
        partial = false;
        show(loaded.graph());
    }

    /** Puts {@code g} on screen: a scene rebuilt around the remembered positions, the selection kept if it is in g. */
    private void show(AtlasGraph g) {
        graph.set(g);
        if (selected.get() != null && !g.contains(selected.get())) {
            selected.set(null);
        }
        if (anchor.get() != null && !g.contains(anchor.get())) {
            anchor.set(selected.get());
        }
        rebuildScene(Rebuild.KEEP_VIEW);
        updateDetails();
    }

    private void rebuildScene(Rebuild why) {
        GraphScene before = lastForce;
        if (before != null) {
            before.sync();
        }
        AtlasGraph g = graph.get();
        VisualGraph view = visual();
        GraphScene next;
        if (filters.get().localDepth() > 0 && anchor.get() != null && view.contains(anchor.get())) {
            // a local view: laid out on its own, from where the view drew its nodes (else where the map has them)
            Map<String, double[]> shown = before == null ? Map.of() : before.positionsById();
            next = map.local(g, view, shown);
            boolean allShown = view.nodes().stream().allMatch(n -> shown.containsKey(n.id()));
            if (why == Rebuild.EXPAND) { // the nodes already shown stay put; the new ones settle around them
                for (int i = 0; i < view.size(); i++) {
                    double[] p = shown.get(view.node(i).id());
                    if (p != null) {
                        next.layout().pin(i, p[0], p[1]);
                    }
                }
            } else if (why == Rebuild.KEEP_VIEW && allShown && before != null) {
                // nothing new to place: everything stays exactly where the user saw it (a layout still unfolding goes on)
                next.layout().heat(before.layout().settled() ? 0 : before.layout().temperature());
            }
        } else { // a view of the map: every node where the map has it, nothing already shown moves
            next = map.onMap(g, view);
        }
        if (runner != null) {
            runner.stop();
        }
        lastForce = next;
        boolean keep = !partial;
        runner = new LayoutRunner(next.layout(), GraphMap.MAX_STEPS, () -> background.onUi(() -> {
            if (keep) {
                map.commit(next);
            }
        }));
        if (animate) {
            runner.start();
        } else {
            LayoutRunner.settle(next.layout(), GraphMap.MAX_STEPS);
            next.sync();
            if (keep) {
                map.commit(next);
            }
        }
        if (!showingPlan.get()) {
            scene.set(next);
            if (why == Rebuild.REFRAME) {
                fitListeners.forEach(l -> l.accept(Set.of()));
            }
        }
    }

    /**
     * What the force view shows: the filtered graph (around the anchor in a local view), plus the nodes the user
     * expanded and the nodes of the connection on show, with the relationships of the shown kinds among them.
     */
    private VisualGraph visual() {
        AtlasGraph g = graph.get();
        VisualGraph filtered = VisualGraph.filter(g, map.areas(g), filters.get(), anchor.get());
        Set<String> extra = new LinkedHashSet<>(expanded);
        Set<Relation> pathRelations = new HashSet<>();
        Connection c = connection.get();
        if (c != null) {
            extra.addAll(c.nodeIds());
            pathRelations.addAll(c.relations());
        }
        extra.removeIf(id -> filtered.contains(id) || !g.contains(id));
        pathRelations.removeIf(r -> filters.get().relations().contains(r.kind()));
        if (extra.isEmpty() && pathRelations.isEmpty()) {
            return filtered;
        }
        List<Node> nodes = new ArrayList<>(filtered.nodes());
        extra.forEach(id -> nodes.add(g.node(id).orElseThrow()));
        return new VisualGraph(nodes, g.relations().stream()
                .filter(r -> filters.get().relations().contains(r.kind()) || pathRelations.contains(r)).toList(),
                filtered.areas());
    }

    /**
     * Lays the whole map out anew (topic areas as regions) and keeps the result once it settles; the view frames
     * it.
     */
    public void relayout() {
        map.relayout();
        if (showingPlan.get()) {
            showGraph();
        }
        rebuildScene(Rebuild.REFRAME);
        info("Laying the map out anew…");
    }

    /** Keeps where the user dragged a node on the map (saved with the map's positions). */
    public void nodeMoved() {
        map.commit(scene.get());
    }

    /**
     * Keeps the map's node positions in {@code value}: read at {@link #start()} (before the graph is shown),
     * written whenever the map settles or a node is dragged. Call before {@link #start()}.
     */
    public void setPositions(MapPositions value) {
        positions = value;
    }

    /** The map of the whole graph: positions and topic areas. */
    public GraphMap map() {
        return map;
    }

    private GraphScene lastForce;

    private void updateDetails() {
        String id = selected.get();
        details.set(id == null ? null : neighbourhood(graph.get(), id));
    }

    /** A node's neighbourhood, computed from a snapshot (no database trip). */
    static Neighbourhood neighbourhood(AtlasGraph g, String id) {
        Node node = g.node(id).orElse(null);
        if (node == null) {
            return null;
        }
        List<Neighbourhood.Link> links = new ArrayList<>();
        for (Relation r : g.relations()) {
            if (r.from().equals(id) && g.contains(r.to())) {
                links.add(new Neighbourhood.Link(r, true, g.node(r.to()).orElseThrow()));
            } else if (r.to().equals(id) && g.contains(r.from())) {
                links.add(new Neighbourhood.Link(r, false, g.node(r.from()).orElseThrow()));
            }
        }
        return new Neighbourhood(node, links);
    }

    // ---- selection and search ----

    /** Selects a node (null clears the selection); a local view stays drawn around its node. */
    public void select(String id) {
        selected.set(id);
    }

    /**
     * Selects a node and asks the view to centre on it with its neighbours in sight (a search hit, a clicked
     * neighbour); a local view is drawn around it anew.
     */
    public void selectAndCentre(String id) {
        if (showingPlan.get() && !scene.get().graph().contains(id)) {
            showGraph();
        }
        select(id);
        if (filters.get().localDepth() > 0 && !id.equals(anchor.get())) {
            expanded.clear();
            anchor.set(id);
            rebuildScene(Rebuild.KEEP_VIEW);
        }
        centreListeners.forEach(l -> l.accept(id));
    }

    /** Called with a node id whenever the view should centre on it with its neighbours in sight. */
    public void onCentre(Consumer<String> listener) {
        centreListeners.add(listener);
    }

    /** Called with node ids whenever the view should frame them (empty: frame the whole scene). */
    public void onFit(Consumer<Set<String>> listener) {
        fitListeners.add(listener);
    }

    /** Called with node ids that should be on screen (the view frames the scene when one is not). */
    public void onReveal(Consumer<Set<String>> listener) {
        revealListeners.add(listener);
    }

    /**
     * Adds a node's neighbours that the local view leaves out to the view, placed around it, without moving the
     * nodes already shown (a double-click, as in Bloom). Neighbours the filters hide (a hidden kind, known nodes
     * when those are hidden, papers outside the years) stay hidden.
     */
    public void expand(String id) {
        GraphScene s = scene.get();
        if (showingPlan.get() || s == null || !s.graph().contains(id)) {
            return;
        }
        VisualGraph unfiltered = VisualGraph.filter(graph.get(), map.areas(graph.get()), filters.get().withLocalDepth(0), id);
        BitSet near = unfiltered.neighbours(unfiltered.indexOf(id));
        List<String> hidden = near.stream().mapToObj(i -> unfiltered.node(i).id())
                .filter(other -> !s.graph().contains(other)).toList();
        String name = graph.get().node(id).map(Node::name).orElse(id);
        if (hidden.isEmpty()) {
            info("Every neighbour of " + name + " is already shown");
            return;
        }
        expanded.addAll(hidden);
        rebuildScene(Rebuild.EXPAND);
        revealListeners.forEach(l -> l.accept(Set.copyOf(hidden)));
        info("Expanded " + name + ": " + hidden.size() + (hidden.size() == 1 ? " neighbour" : " neighbours") + " added");
    }

    /**
     * Marks the nodes whose name, alias or id matches {@code text} (as the search box completes, from two
     * characters), for the canvas to highlight while the user types; blank text clears the marks.
     */
    public void highlightMatches(String text) {
        Set<String> ids = text == null || text.strip().length() < 2 ? Set.of()
                : SearchIndex.matching(graph.get().nodes(), text);
        searchMatches.set(ids);
    }

    /** Completions for the search box: names, aliases, ids and titles that start with or contain the text, then close ones. */
    public List<Node> complete(String text, int limit) {
        return SearchIndex.complete(graph.get().nodes(), text, limit);
    }

    /** Selects and centres the best completion of {@code text}; false when nothing matches. */
    public boolean searchAndCentre(String text) {
        List<Node> hits = complete(text, 1);
        if (hits.isEmpty()) {
            error("Nothing matches \"" + text + "\"");
            return false;
        }
        selectAndCentre(hits.get(0).id());
        info(hits.get(0).name());
        return true;
    }

    // ---- plan ----

    /** Asks the planner what to read before {@code id}; shows the plan and its layered subgraph. */
    public void planFor(String id) {
        plan(id, true);
    }

    /** Called when the user opens a plan (not when an open plan updates after an edit). */
    public void onPlanOpened(Runnable listener) {
        planOpenedListeners.add(listener);
    }

    /**
     * Plans for {@code id}. Opening shows the plan's graph; an update of the open plan (after an edit or a reload)
     * replaces it where it is, showing it only if it was showing.
     */
    private void plan(String id, boolean open) {
        if (open && !ready.get()) {
            info("The plan comes as soon as the database is up…");
        }
        background.run(() -> {
            Plan p = live.atlas().plan(id, List.of(), false);
            return new PlanScene(p, PlanScenes.scene(graph.get(), p));
        }, ps -> {
            plan.set(ps.plan);
            planScene = ps.scene;
            if (open || showingPlan.get()) {
                showingPlan.set(true);
                scene.set(ps.scene);
            }
            if (open) {
                planOpenedListeners.forEach(Runnable::run);
                info(PlanWording.headline(ps.plan));
            }
        }, e -> error(message(e)));
    }

    private GraphScene planScene;

    private record PlanScene(Plan plan, GraphScene scene) {
    }

    /** Shows the whole (filtered) graph again instead of the plan's subgraph; the plan stays listed. */
    public void showGraph() {
        showingPlan.set(false);
        scene.set(lastForce);
    }

    /** Shows the plan's subgraph (when there is a plan). */
    public void showPlan() {
        if (planScene != null) {
            showingPlan.set(true);
            scene.set(planScene);
        }
    }

    /** Closes the plan. */
    public void closePlan() {
        plan.set(null);
        planScene = null;
        showGraph();
    }

    /** Ticks (or unticks) a plan step: marks the node known or read in the store; the plan then updates. */
    public void setKnown(String id, boolean known) {
        apply(Edit.MarkKnown.of(graph.get(), List.of(id), known));
    }

    // ---- how does A connect to B ----

    /**
     * Finds the shortest paths between two nodes over every relationship kind (either direction) and shows them:
     * the paths' nodes and relationships highlighted on the whole graph, the rest faded, the view framing them;
     * {@link #connectionProperty} lists them.
     */
    public void connect(String fromText, String toText) {
        AtlasGraph g = graph.get();
        NameMatcher matcher = new NameMatcher(g.nodes());
        Optional<Node> from = matcher.resolve(fromText);
        Optional<Node> to = matcher.resolve(toText);
        if (from.isEmpty() || to.isEmpty()) {
            String missing = from.isEmpty() ? fromText : toText;
            String didYouMean = matcher.didYouMean(missing); // "did you mean dpo (Direct preference optimization)?"
            error("No node \"" + missing + "\" to connect" + (didYouMean.isEmpty() ? "" : "; " + didYouMean));
            return;
        }
        background.run(() -> Connection.between(g, from.get().id(), to.get().id()), found -> {
            select(found.from());
            connection.set(found); // after the selection: the panel of the connection is the one to show
            showingPlan.set(false);
            rebuildScene(Rebuild.KEEP_VIEW);
            fitListeners.forEach(l -> l.accept(found.paths().isEmpty() ? Set.of(found.from(), found.to()) : found.nodeIds()));
            info(found.summary(id -> g.node(id).map(Node::name).orElse(id)));
        }, e -> error(message(e)));
    }

    /** Stops showing the connection: the whole graph is drawn as before. */
    public void clearConnection() {
        if (connection.get() != null) {
            connection.set(null);
            rebuildScene(Rebuild.KEEP_VIEW);
        }
    }

    // ---- edits ----

    /** Applies an edit in the background; a refused edit shows its reason and changes nothing. */
    public void apply(Edit edit) {
        apply(edit, outcome -> { });
    }

    /**
     * Applies an edit in the background; {@code then} gets nothing when it is done, or the refusal (also in the
     * status line, and a refused cycle in {@link #refusalProperty} for the canvas).
     */
    public void apply(Edit edit, Consumer<Optional<Refusal>> then) {
        if (!ready.get()) {
            info("Saving as soon as the database is up…");
        }
        refusal.set(null);
        edits.apply(edit, outcome -> {
            refusal.set(outcome.orElse(null));
            then.accept(outcome);
        });
    }

    /** Stops showing a refused edit's cycle (its dialog was closed): the canvas is drawn as before. */
    public void clearRefusal() {
        refusal.set(null);
    }

    /** Reverts the last edit. */
    public void undo() {
        refusal.set(null);
        edits.undo();
    }

    /** Applies the last undone edit again. */
    public void redo() {
        refusal.set(null);
        edits.redo();
    }

    /** The node ids in the current plan (empty without one). */
    public Set<String> planIds() {
        Plan p = plan.get();
        Set<String> ids = new LinkedHashSet<>();
        if (p != null) {
            p.steps().forEach(s -> ids.add(s.node().id()));
        }
        return ids;
    }

    /** True when the graph refused an edit (a cycle, a wrong kind, an unknown id), not when saving failed. */
    static boolean isRefusal(Exception e) {
        return e instanceof RefusedEditException || e instanceof UnknownIdException;
    }

    static String message(Throwable e) {
        if (e instanceof RefusedEditException || e instanceof UnknownIdException) {
            return e.getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private void info(String text) {
        statusIsError.set(false);
        status.set(text);
    }

    private void error(String text) {
        statusIsError.set(true);
        status.set(text);
    }

    // ---- properties ----

    /** The whole graph as last loaded. */
    public ReadOnlyObjectProperty<AtlasGraph> graphProperty() {
        return graph;
    }

    /** What the canvas draws: the filtered graph or the plan's subgraph. */
    public ReadOnlyObjectProperty<GraphScene> sceneProperty() {
        return scene;
    }

    /** The filters (settable). */
    public ObjectProperty<Filters> filtersProperty() {
        return filters;
    }

    /** The selected node's id, or null. */
    public ReadOnlyStringProperty selectedProperty() {
        return selected;
    }

    /** The selected node with its neighbours, or null. */
    public ReadOnlyObjectProperty<Neighbourhood> detailsProperty() {
        return details;
    }

    /** The current reading plan, or null. */
    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan;
    }

    /** True while the canvas shows the plan's subgraph. */
    public ReadOnlyBooleanProperty showingPlanProperty() {
        return showingPlan;
    }

    /** One line for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** True when the status line reports an error or a refused edit. */
    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError;
    }

    /** Background tasks in flight (for the progress indicator). */
    public ReadOnlyIntegerProperty busyProperty() {
        return busy;
    }

    /** True once the graph has been loaded. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    /** True once a graph is on screen: the live one, or the copy the last window left while the store opens. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown;
    }

    /** True when there is an edit to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return edits.canUndoProperty();
    }

    /** True when there is an edit to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return edits.canRedoProperty();
    }

    /** What the last reload changed (new nodes and relationships), for the canvas to flash. */
    public ReadOnlyObjectProperty<RecentChange> recentChangeProperty() {
        return recentChange;
    }

    /** The last refused edit while it is relevant (its cycle is drawn), or null. */
    public ReadOnlyObjectProperty<Refusal> refusalProperty() {
        return refusal;
    }

    /** The connection on show ("how does A connect to B"), or null. */
    public ReadOnlyObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    /** The ids of the nodes matching the search box's text while the user types (empty when none). */
    public ReadOnlyObjectProperty<Set<String>> searchMatchesProperty() {
        return searchMatches;
    }

    /** The node a local view is drawn around, or null. */
    public ReadOnlyStringProperty anchorProperty() {
        return anchor;
    }

    /** The layout runner of the current force scene, or null. */
    public LayoutRunner runner() {
        return runner;
    }

    /** The background the view model runs its work on. */
    public Background background() {
        return background;
    }

    @Override
    public void close() {
        live.close();
        if (runner != null) {
            runner.stop();
        }
    }
}
