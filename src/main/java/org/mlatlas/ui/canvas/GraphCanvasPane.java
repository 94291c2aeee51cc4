package org.mlatlas.ui.canvas;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import org.mlatlas.layout.Viewport;
import org.mlatlas.plan.Plan;
import org.mlatlas.ui.model.Connection;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.mlatlas.ui.model.GraphScene;
import org.mlatlas.ui.model.RecentChange;
import org.mlatlas.ui.model.Refusal;
import org.mlatlas.ui.model.VisualGraph;

/**
 * The graph view: one {@link Canvas} (not a scene-graph node per vertex), redrawn on animation pulses while the
 * layout moves or something changed. Drag the background to pan, scroll to zoom at the cursor, hover to
 * highlight neighbours, click to select, double-click to expand a node's hidden neighbours, drag a node to pin
 * it, Shift-drag from a node to another to add a relationship, Ctrl-click a second node to see how the selection
 * connects to it. The graph and the plan each keep their own view (pan and zoom), so switching between them, or
 * a reload, never moves the view; what a reload added flashes for a moment.
 */
public final class GraphCanvasPane extends Pane {
    /** How long what a reload added stays highlighted. */
    private static final Duration FLASH = Duration.ofMillis(2_000);

    private final Canvas canvas = new Canvas();
    private final GraphRenderer renderer = new GraphRenderer();
    private final Viewport graphView = new Viewport();
    private final Viewport planView = new Viewport();
    private Viewport viewport = graphView;
    private final ExplorerViewModel vm;
    private BiConsumer<String, String> onLinkGesture = (a, b) -> { };
    private Runnable onFirstPaint = () -> { };
    private boolean dirty = true;
    private boolean needsFit = true;
    /** Nodes just added by an expansion, kept in view until the layout has settled them (empty: none). */
    private Set<String> revealing = Set.of();
    /** Nodes the view keeps framed until the layout has settled them (a connection's paths; empty: none). */
    private Set<String> framing = Set.of();
    private boolean graphFitted;
    private String planShown;
    private GraphScene lastPlanScene;
    private int hovered = -1;
    private int dragNode = -1;
    private boolean linking;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean moved;
    private Duration flash = FLASH;
    private long flashUntil;
    private RecentChange flashing = RecentChange.NONE;
    private Marks marks = Marks.NONE;
    private boolean marksStale = true;
    private volatile long framesDrawn; // written on the FX thread only
    private volatile long framesMoved; // of which drawn from the last full frame during a pan or zoom
    /** True while the view pans or zooms: frames move the last full frame's image instead of redrawing it. */
    private boolean gesture;
    /** Ends a pan or zoom 150 ms after its last event, with a full, crisp redraw. */
    private final PauseTransition gesturePause = new PauseTransition(javafx.util.Duration.millis(150));

    /** A view of the view model's scene. */
    public GraphCanvasPane(ExplorerViewModel vm) {
        this.vm = vm;
        setId("graph-canvas");
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> dirty = true);
        canvas.heightProperty().addListener(o -> dirty = true);
        setMinSize(200, 200);
        vm.sceneProperty().addListener((o, old, now) -> sceneChanged(old, now));
        vm.selectedProperty().addListener(o -> dirty = true);
        vm.planProperty().addListener(o -> dirty = true);
        vm.recentChangeProperty().addListener((o, a, change) -> {
            if (!change.isEmpty()) {
                flashing = change;
                flashUntil = System.nanoTime() + flash.toNanos();
                changed();
            }
        });
        vm.refusalProperty().addListener(o -> changed());
        vm.connectionProperty().addListener((o, was, now) -> {
            if (now == null) {
                framing = Set.of(); // cleared: the view stays where it is
            }
            changed();
        });
        vm.searchMatchesProperty().addListener(o -> changed());
        vm.onCentre(this::centreOn);
        vm.onFit(this::fitTo);
        vm.onReveal(this::reveal);
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnMouseExited(e -> clearHover());
        canvas.setOnScroll(this::scrolled);
        gesturePause.setOnFinished(e -> {
            gesture = false;
            dirty = true;
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        }.start();
    }

    private void changed() {
        marksStale = true;
        dirty = true;
    }

    /**
     * A new scene: the graph and the plan each keep their own view. A plan is framed when it is a new one (or much
     * changed, see {@link #reshaped}); the graph the first time it is shown (and when the view model asks, see
     * {@link ExplorerViewModel#onFit}); a reload keeps the view as it is. The hovered node stays hovered if it is still there.
     */
    private void sceneChanged(GraphScene old, GraphScene now) {
        String hoveredId = idOf(old, hovered);
        String dragId = idOf(old, dragNode);
        if (now != null && now.isPlan()) {
            viewport = planView;
            Plan p = vm.planProperty().get();
            String target = p == null ? null : p.target().id();
            if (target == null || !target.equals(planShown) || lastPlanScene == null || reshaped(lastPlanScene, now)) {
                needsFit = true;
            } else {
                now.frameLike(lastPlanScene); // the same spacing as the plan it replaces, under the user's zoom
            }
            planShown = target;
            lastPlanScene = now;
        } else if (now != null) {
            viewport = graphView;
            if (!graphFitted || now.graph().size() == 0) {
                needsFit = true;
            }
        }
        hovered = now == null ? -1 : now.graph().indexOf(hoveredId);
        dragNode = now == null ? -1 : now.graph().indexOf(dragId);
        linking &= dragNode >= 0;
        changed();
    }

    /**
     * True when a plan changed so much that the old framing would leave it small in a corner (a milestone ticked
     * takes a third of the steps away): it is framed again. Ticking a step or a terminal edit keeps the view.
     */
    private static boolean reshaped(GraphScene before, GraphScene after) {
        int was = before.graph().size();
        return Math.abs(after.graph().size() - was) > Math.max(3, was / 4);
    }

    private static String idOf(GraphScene s, int i) {
        return s == null || i < 0 || i >= s.graph().size() ? null : s.graph().node(i).id();
    }

    /** Called with (from id, to id) when the user Shift-drags from one node to another. */
    public void setOnLinkGesture(BiConsumer<String, String> handler) {
        onLinkGesture = handler;
    }

    /** Called once, after the first frame is drawn. */
    public void setOnFirstPaint(Runnable action) {
        onFirstPaint = action;
    }

    /** How long what a reload added stays highlighted (tests shorten or lengthen it). */
    public void setFlashDuration(Duration value) {
        flash = value;
    }

    /** Frames the whole scene. */
    public void fit() {
        needsFit = true;
        dirty = true;
    }

    /** How many frames this view has drawn (tests check that an idle view draws none). */
    public long framesDrawn() {
        return framesDrawn;
    }

    /** How many of those frames moved the last full frame's image (a pan or zoom going on) instead of redrawing. */
    public long framesMoved() {
        return framesMoved;
    }

    /** The view transform of the scene on show (tests read where a node is drawn). */
    public Viewport viewport() {
        return viewport;
    }

    /** The id of the node under the mouse, or null. */
    public String hoveredId() {
        return idOf(vm.sceneProperty().get(), hovered);
    }

    /** The keys of the relationships flashed as just added (empty when the flash is over). */
    public Set<String> flashedRelations() {
        return flashUntil == 0 ? Set.of() : flashing.relationKeys();
    }

    /** Forgets the hovered node (the mouse left the view, or a dialog took it). */
    public void clearHover() {
        if (hovered >= 0) {
            hovered = -1;
            dirty = true;
        }
    }

    /** Screen position of a node in this pane, or null when it is not shown. */
    public double[] screenPosition(String id) {
        GraphScene s = vm.sceneProperty().get();
        int i = s == null ? -1 : s.graph().indexOf(id);
        return i < 0 ? null : new double[] {viewport.toScreenX(s.xs()[i]), viewport.toScreenY(s.ys()[i])};
    }

    private void frame() {
        GraphScene s = vm.sceneProperty().get();
        boolean moving = vm.runner() != null && vm.runner().moving() && s != null && !s.isPlan();
        // a fit waits for a scene: until the graph is loaded, nothing is drawn again unless something changed
        // (redrawing the empty view every pulse took a core from the database starting up)
        boolean fit = needsFit && s != null && s.graph().size() > 0;
        if (flashUntil != 0 && System.nanoTime() > flashUntil) {
            flashUntil = 0;
            changed();
        }
        if (!dirty && !moving && !fit) {
            return;
        }
        if (s != null) {
            s.sync();
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        if (!framing.isEmpty() && s != null && !s.isPlan()) {
            frameOn(s, framing);
            if (!moving) {
                framing = Set.of();
            }
        }
        if (!revealing.isEmpty() && s != null && !s.isPlan()) {
            fit |= offScreen(revealing);
            if (!moving) {
                revealing = Set.of();
            }
        }
        if (fit) {
            if (s.isPlan()) {
                PlanFrame.fit(s, viewport, w, h, 0);
            } else { // clear of the legend in the top-left corner, room for labels on the right
                GraphFrame.fit(s, viewport, w, h, 0, Math.min(150, w * 0.1));
                graphFitted = true;
            }
            needsFit = moving; // keep framing while the first layout unfolds
        }
        var window = getScene() == null ? null : getScene().getWindow();
        double pixelScale = window == null ? 1 : Math.max(1, window.getOutputScaleX()); // HiDPI: sharp edges
        Highlight hl = highlight(s);
        if (gesture && !fit && !moving && renderer.drawMoved(canvas.getGraphicsContext2D(), w, h, s, viewport, hl, pixelScale)) {
            framesMoved = framesMoved + 1;
        } else {
            renderer.draw(canvas.getGraphicsContext2D(), w, h, s, viewport, hl, pixelScale);
        }
        framesDrawn = framesDrawn + 1;
        dirty = false;
        Runnable first = onFirstPaint;
        onFirstPaint = () -> { };
        first.run();
    }

    /** Draws a frame now (tests and snapshots of the live view). */
    public void redrawNow() {
        dirty = true;
        frame();
    }

    /** The canvas (for PNG export). */
    public Canvas canvas() {
        return canvas;
    }

    private Highlight highlight(GraphScene s) {
        if (s == null) {
            return Highlight.none();
        }
        if (marksStale) {
            marks = marks(s.graph());
            marksStale = false;
        }
        BitSet plan = s.graph().indicesOf(vm.planIds());
        return new Highlight(s.graph().indexOf(vm.selectedProperty().get()), hovered, plan,
                linking ? dragNode : -1, lastX, lastY, marks);
    }

    /** The marks of the view model's state in the scene's graph (computed when that state changes, not every frame). */
    private Marks marks(VisualGraph g) {
        BitSet pathNodes = new BitSet();
        BitSet pathEdges = new BitSet();
        boolean refused = false;
        int refusedFrom = -1;
        int refusedTo = -1;
        Refusal refusal = vm.refusalProperty().get();
        Connection connection = vm.connectionProperty().get();
        if (refusal != null && !refusal.cycle().isEmpty()) {
            List<String> cycle = refusal.cycle();
            refused = true;
            pathNodes = Marks.nodesOf(g, cycle);
            pathEdges = Marks.prerequisiteChain(g, cycle.subList(1, cycle.size()));
            refusedFrom = g.indexOf(cycle.get(0));
            refusedTo = g.indexOf(cycle.get(1));
        } else if (connection != null && !vm.sceneProperty().get().isPlan()) {
            Marks path = Marks.path(g, connection.nodeIds(), connection.relationKeys());
            pathNodes = path.pathNodes();
            pathEdges = path.pathEdges();
        }
        BitSet changedNodes = flashUntil == 0 ? new BitSet() : Marks.nodesOf(g, flashing.nodeIds());
        BitSet changedEdges = flashUntil == 0 ? new BitSet() : Marks.edgesOf(g, flashing.relationKeys());
        return new Marks(pathNodes, pathEdges, refused, refusedFrom, refusedTo, changedNodes, changedEdges,
                Marks.nodesOf(g, vm.searchMatchesProperty().get()));
    }

    /**
     * Centres the view on a node at a zoom where its neighbours are on screen too (no closer than the closest a
     * fit goes, never further out than needed).
     */
    private void centreOn(String id) {
        GraphScene s = vm.sceneProperty().get();
        if (s == null) {
            return;
        }
        s.sync();
        int i = s.graph().indexOf(id);
        if (i < 0) {
            return;
        }
        needsFit = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double reachX = 0;
        double reachY = 0;
        BitSet near = s.graph().neighbours(i);
        for (int j = near.nextSetBit(0); j >= 0; j = near.nextSetBit(j + 1)) {
            reachX = Math.max(reachX, Math.abs(s.xs()[j] - s.xs()[i]));
            reachY = Math.max(reachY, Math.abs(s.ys()[j] - s.ys()[i]));
        }
        double margin = 70; // room for the outermost neighbours' labels
        double scale = Math.min(FIT_CLOSEST, Math.min(reachX > 0 ? (w / 2 - margin) / reachX : FIT_CLOSEST,
                reachY > 0 ? (h / 2 - margin) / reachY : FIT_CLOSEST));
        for (int tries = 0; tries < 12; tries++) { // zoomed out a little more while a neighbour hides under the legend
            viewport.zoomAt(0, 0, Math.max(Viewport.MIN_SCALE, scale) / viewport.scale());
            viewport.centreOn(s.xs()[i], s.ys()[i], w, h);
            if (!underLegend(s, near)) {
                break;
            }
            scale *= 0.85;
        }
        dirty = true;
    }

    private boolean underLegend(GraphScene s, BitSet nodes) {
        for (int j = nodes.nextSetBit(0); j >= 0; j = nodes.nextSetBit(j + 1)) {
            if (viewport.toScreenX(s.xs()[j]) < Legend.WIDTH + 20 && viewport.toScreenY(s.ys()[j]) < Legend.HEIGHT + 20) {
                return true;
            }
        }
        return false;
    }

    /** The closest a fit zooms in (as {@link Viewport#fit} does). */
    private static final double FIT_CLOSEST = 1.5;

    /**
     * Frames the whole scene when one of these nodes is off screen (expanded neighbours), now or while the layout
     * settles them (they start beside the node they were expanded from and are pushed out from there); else keeps
     * the view. A press or a scroll of the user's ends the watch.
     */
    private void reveal(Set<String> ids) {
        revealing = Set.copyOf(ids);
        dirty = true;
    }

    /** True when one of these nodes is drawn off screen, or too close to the right edge for its label. */
    private boolean offScreen(Set<String> ids) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        for (String id : ids) {
            double[] p = screenPosition(id);
            if (p != null && (p[0] < 0 || p[0] > w - 100 || p[1] < 0 || p[1] > h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Frames the nodes with these ids (all of the scene when empty), and keeps framing them while the layout
     * settles them (a connection's nodes new to the view start wherever the force scene puts them and gather from
     * there); a press or a scroll of the user's ends it.
     */
    private void fitTo(Set<String> ids) {
        GraphScene s = vm.sceneProperty().get();
        if (ids.isEmpty() || s == null) {
            fit();
            return;
        }
        framing = Set.copyOf(ids);
        frameOn(s, framing);
    }

    /** Fits the view on the nodes with these ids, clear of the legend, with room for labels on the right. */
    private void frameOn(GraphScene s, Set<String> ids) {
        s.sync();
        boolean[] include = new boolean[s.graph().size()];
        boolean any = false;
        for (String id : ids) {
            int i = s.graph().indexOf(id);
            if (i >= 0) {
                include[i] = true;
                any = true;
            }
        }
        if (any) {
            needsFit = false;
            double left = GraphFrame.LEGEND_CLEARANCE; // clear of the legend, room for labels on the right
            viewport.fit(s.xs(), s.ys(), s.graph().size(), include, canvas.getWidth() - left - 150, canvas.getHeight() - 60, 20);
            viewport.pan(left, 30);
            dirty = true;
        }
    }

    /** The node under screen point (x, y), or -1. */
    public int nodeAt(double x, double y) {
        GraphScene s = vm.sceneProperty().get();
        if (s == null) {
            return -1;
        }
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < s.graph().size(); i++) {
            double dx = viewport.toScreenX(s.xs()[i]) - x;
            double dy = viewport.toScreenY(s.ys()[i]) - y;
            double d = Math.hypot(dx, dy);
            double r = (s.isPlan() ? GraphRenderer.planRadius(viewport.scale()) : Style.radius(s.graph().importance(i), viewport.scale())) + 4;
            if (d <= r && d < bestD) {
                best = i;
                bestD = d;
            }
        }
        return best;
    }

    private void pressed(MouseEvent e) {
        requestFocus(); // out of the search box: its marks go, and the keyboard works on the view
        revealing = Set.of(); // the user takes the view over
        framing = Set.of();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        moved = false;
        dragNode = nodeAt(e.getX(), e.getY());
        linking = dragNode >= 0 && (e.isShiftDown() || e.isShortcutDown());
        needsFit = false;
    }

    private void dragged(MouseEvent e) {
        moved |= Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3;
        GraphScene s = vm.sceneProperty().get();
        if (linking) {
            hovered = nodeAt(e.getX(), e.getY());
        } else if (dragNode >= 0 && s != null && moved) {
            s.pin(dragNode, viewport.toWorldX(e.getX()), viewport.toWorldY(e.getY()));
            if (vm.runner() != null && !s.isPlan()) {
                vm.runner().start();
            }
        } else if (dragNode < 0) {
            viewport.pan(e.getX() - lastX, e.getY() - lastY);
            gestureGoesOn();
        }
        lastX = e.getX();
        lastY = e.getY();
        dirty = true;
    }

    private void released(MouseEvent e) {
        GraphScene s = vm.sceneProperty().get();
        int target = nodeAt(e.getX(), e.getY());
        String from = idOf(s, dragNode);
        String to = idOf(s, target);
        boolean link = linking && from != null && to != null && !from.equals(to);
        boolean connect = linking && !moved && e.isShortcutDown() && to != null && to.equals(from);
        boolean click = !linking && !moved && e.getButton() == MouseButton.PRIMARY && s != null;
        boolean nodeDragged = !linking && moved && from != null;
        linking = false;
        dragNode = -1;
        dirty = true;
        if (link) {
            // the dialog opens after the gesture has ended, not inside its mouse-released handler: a modal
            // dialog's nested event loop started there left the dialog unpainted (black) under X11 until Escape
            hovered = -1;
            Platform.runLater(() -> onLinkGesture.accept(from, to));
        } else if (connect) {
            String selected = vm.selectedProperty().get();
            if (selected != null && !selected.equals(to)) {
                vm.connect(selected, to);
            } else {
                vm.select(to);
            }
        } else if (nodeDragged) {
            vm.nodeMoved(); // the map keeps where the node was put
        } else if (click) {
            vm.select(to);
            if (to != null && e.getClickCount() == 2) {
                vm.expand(to);
            }
        }
    }

    private void moved(MouseEvent e) {
        int i = nodeAt(e.getX(), e.getY());
        if (i != hovered) {
            hovered = i;
            dirty = true;
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        needsFit = false;
        revealing = Set.of();
        framing = Set.of();
        viewport.zoomAt(e.getX(), e.getY(), Math.pow(1.0015, e.getDeltaY()));
        gestureGoesOn();
        dirty = true;
    }

    /** A pan or zoom event: frames reuse the last full one until 150 ms pass without another. */
    private void gestureGoesOn() {
        gesture = true;
        gesturePause.playFromStart();
    }
}
