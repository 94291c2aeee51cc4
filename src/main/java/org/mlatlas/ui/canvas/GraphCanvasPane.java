package org.mlatlas.ui.canvas;

import java.util.BitSet;
import java.util.function.BiConsumer;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import org.mlatlas.layout.Viewport;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.mlatlas.ui.model.GraphScene;
import javafx.util.Duration;

/**
 * The graph view: one {@link Canvas} (not a scene-graph node per vertex), redrawn on animation pulses while the
 * layout moves or something changed. Drag the background to pan, scroll to zoom at the cursor, hover to
 * highlight neighbours, click to select, drag a node to pin it, Shift-drag from a node to another to add a
 * relationship.
 */
public final class GraphCanvasPane extends Pane {
    private final Canvas canvas = new Canvas();
    private final GraphRenderer renderer = new GraphRenderer();
    private final Viewport viewport = new Viewport();
    private final ExplorerViewModel vm;
    private BiConsumer<String, String> onLinkGesture = (a, b) -> { };
    private Runnable onFirstPaint = () -> { };
    private boolean dirty = true;
    private boolean needsFit = true;
    private int hovered = -1;
    private int dragNode = -1;
    private boolean linking;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean moved;
    private volatile long framesDrawn; // written on the FX thread only
    private volatile long framesMoved; // of which drawn from the last full frame during a pan or zoom
    /** True while the view pans or zooms: frames move the last full frame's image instead of redrawing it. */
    private boolean gesture;
    /** Ends a pan or zoom 150 ms after its last event, with a full, crisp redraw. */
    private final PauseTransition gesturePause = new PauseTransition(Duration.millis(150));

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
        vm.sceneProperty().addListener((o, old, now) -> {
            if (old == null || now == null || old.isPlan() != now.isPlan() || old.graph().size() == 0) {
                needsFit = true;
            } else if (now.isPlan()) {
                now.frameLike(old); // the same spacing as the plan it replaces, under the user's zoom
            }
            hovered = -1;
            dirty = true;
        });
        vm.selectedProperty().addListener(o -> dirty = true);
        vm.planProperty().addListener(o -> dirty = true);
        vm.onCentre(this::centreOn);
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::moved);
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

    /** Called with (from id, to id) when the user Shift-drags from one node to another. */
    public void setOnLinkGesture(BiConsumer<String, String> handler) {
        onLinkGesture = handler;
    }

    /** Called once, after the first frame is drawn. */
    public void setOnFirstPaint(Runnable action) {
        onFirstPaint = action;
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

    /** The view transform (tests read where a node is drawn). */
    public Viewport viewport() {
        return viewport;
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
        if (fit) {
            if (s.isPlan()) {
                PlanFrame.fit(s, viewport, w, h, 0);
            } else { // clear of the legend in the top-left corner, room for labels on the right
                GraphFrame.fit(s, viewport, w, h, 0, Math.min(150, w * 0.1));
            }
            needsFit = moving; // keep framing while the first layout unfolds
        }
        var window = getScene() == null ? null : getScene().getWindow();
        double pixelScale = window == null ? 1 : Math.max(1, window.getOutputScaleX()); // HiDPI: sharp edges
        if (gesture && !fit && !moving && renderer.drawMoved(canvas.getGraphicsContext2D(), w, h, s, viewport, pixelScale)) {
            framesMoved = framesMoved + 1;
        } else {
            renderer.draw(canvas.getGraphicsContext2D(), w, h, s, viewport, highlight(s), pixelScale);
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
        BitSet plan = s.graph().indicesOf(vm.planIds());
        return new Highlight(s.graph().indexOf(vm.selectedProperty().get()), hovered, plan,
                linking ? dragNode : -1, lastX, lastY);
    }

    private void centreOn(String id) {
        GraphScene s = vm.sceneProperty().get();
        if (s == null) {
            return;
        }
        s.sync();
        int i = s.graph().indexOf(id);
        if (i >= 0) {
            needsFit = false;
            if (viewport.scale() < 0.9) {
                viewport.zoomAt(0, 0, 0.9 / viewport.scale());
            }
            viewport.centreOn(s.xs()[i], s.ys()[i], canvas.getWidth(), canvas.getHeight());
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
        if (linking && s != null) {
            int target = nodeAt(e.getX(), e.getY());
            if (target >= 0 && target != dragNode) {
                onLinkGesture.accept(s.graph().node(dragNode).id(), s.graph().node(target).id());
            }
        } else if (dragNode >= 0 && moved && s != null) {
            vm.nodeMoved(); // the map keeps where the node was put
        } else if (!moved && e.getButton() == MouseButton.PRIMARY && s != null) {
            int i = nodeAt(e.getX(), e.getY());
            vm.select(i < 0 ? null : s.graph().node(i).id());
        }
        linking = false;
        dragNode = -1;
        dirty = true;
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
