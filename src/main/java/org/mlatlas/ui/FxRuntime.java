package org.mlatlas.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Starts the JavaFX toolkit once per process (headless with Monocle when asked or when there is no display). */
final class FxRuntime {
    private static boolean started;

    /**
     * JavaFX's own logger, held so its filter sticks. On every start from the class path, which is how atlas runs (a
     * plain class path, no module path: see Explorer), it warns "Unsupported JavaFX configuration: classes were loaded
     * from 'unnamed module'", which tells the user nothing they can act on; that one warning is dropped, the rest kept.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private FxRuntime() {
    }

    /**
     * Starts the toolkit unless it runs already.
     *
     * @param headless render without a display (Monocle's headless platform, software pipeline)
     */
    static synchronized void start(boolean headless) {
        if (started) {
            return;
        }
        if (headless || System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
        }
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        setIfAbsent("javafx.cachedir", System.getProperty("java.io.tmpdir") + "/atlas-javafx-cache");
        try {
            CompletableFuture<Void> up = new CompletableFuture<>();
            Platform.startup(() -> up.complete(null));
            up.get(30, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // started by someone else (TestFX, an earlier window): fine
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start: " + e, e);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T onFx(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer: " + e, e);
        }
    }
}
