package org.mlatlas.ui.model;

import org.mlatlas.layout.ForceLayout;

/**
 * Steps a {@link ForceLayout} on a daemon thread until it settles or is stopped, so the view animates while
 * the UI thread only copies positions; then tells {@code onSettled} (on the runner's thread). A drag heats the
 * layout and {@link #start()}s the runner again. One runner per scene; {@link #stop()} before starting the next.
 */
public final class LayoutRunner {
    private final ForceLayout layout;
    private final int maxSteps;
    private final Runnable onSettled;
    private volatile Thread thread;

    /** A runner that stops after {@code maxSteps} steps at most. */
    public LayoutRunner(ForceLayout layout, int maxSteps) {
        this(layout, maxSteps, () -> { });
    }

    /** A runner that stops after {@code maxSteps} steps at most and then runs {@code onSettled} (not when stopped). */
    public LayoutRunner(ForceLayout layout, int maxSteps, Runnable onSettled) {
        this.layout = layout;
        this.maxSteps = maxSteps;
        this.onSettled = onSettled;
    }

    /** Starts stepping in the background (does nothing when already running). */
    public synchronized void start() {
        if (thread != null && thread.isAlive()) {
            return;
        }
        Thread t = new Thread(this::loop, "atlas-layout");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        thread = t;
        t.start();
    }

    private void loop() {
        int steps = 0;
        while (!Thread.currentThread().isInterrupted() && steps < maxSteps && layout.stepUnlessSettled()) {
            steps++;
        }
        if (!Thread.currentThread().isInterrupted()) {
            onSettled.run();
        }
    }

    /** True while the layout is still moving. */
    public boolean moving() {
        Thread t = thread;
        return t != null && t.isAlive() && !layout.settled();
    }

    /** Stops the thread. */
    public synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    /** Runs the layout to rest on the calling thread (snapshots and tests); at most {@code maxSteps} steps. */
    public static void settle(ForceLayout layout, int maxSteps) {
        for (int i = 0; i < maxSteps; i++) {
            if (!layout.stepUnlessSettled()) {
                return;
            }
        }
    }
}
