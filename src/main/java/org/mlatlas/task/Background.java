package org.mlatlas.task;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Runs work off the UI thread. Store work runs on one worker thread, in submission order (so an edit and the
 * reload after it never swap); results and failures are delivered through the UI executor. Also counts the
 * tasks in flight, for a progress indicator.
 */
public final class Background implements AutoCloseable {
    /** Work that returns a value and may throw. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work (on a worker thread). */
        T call() throws Exception;
    }

    private final Executor ui;
    private final ExecutorService worker;
    private final ScheduledExecutorService timer;
    private final AtomicInteger running = new AtomicInteger();
    private final List<IntConsumer> busyListeners = new CopyOnWriteArrayList<>();

    /** Background work delivering results through {@code ui} (e.g. {@code Platform::runLater}). */
    public Background(Executor ui) {
        this.ui = ui;
        this.worker = Executors.newSingleThreadExecutor(daemon("atlas-worker"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("atlas-timer"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Listens to the number of tasks in flight (called on the UI executor). */
    public void onBusyChanged(IntConsumer listener) {
        busyListeners.add(listener);
    }

    /** The number of tasks in flight. */
    public int busy() {
        return running.get();
    }

    /**
     * Runs {@code work} on the worker; then {@code onSuccess} or {@code onFailure} on the UI executor.
     *
     * @return the worker's future (tests wait on it)
     */
    public <T> Future<?> run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        changeBusy(1);
        return worker.submit(() -> {
            try {
                T value = work.call();
                ui.execute(() -> {
                    try {
                        onSuccess.accept(value);
                    } finally {
                        changeBusy(-1);
                    }
                });
            } catch (Exception e) {
                ui.execute(() -> {
                    try {
                        onFailure.accept(e);
                    } finally {
                        changeBusy(-1);
                    }
                });
            }
        });
    }

    /** Runs {@code task} on the timer thread every {@code period} (e.g. polling for changes). */
    public ScheduledFuture<?> every(Duration period, Runnable task) {
        return timer.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException | LinkageError e) {
                // a failed poll is retried at the next period (an exception escaping here would end the schedule
                // silently; a LinkageError comes from a jar rebuilt under the running window)
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Hands {@code action} to the UI executor. */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    /**
     * Waits until every task submitted before this call has finished on the worker (tests).
     *
     * @return false on timeout
     */
    public boolean awaitIdle(Duration timeout) {
        try {
            worker.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private void changeBusy(int delta) {
        int now = running.addAndGet(delta);
        ui.execute(() -> busyListeners.forEach(l -> l.accept(now)));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        worker.shutdownNow();
    }
}
