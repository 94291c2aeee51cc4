package org.mlatlas.ui.model;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.task.Background;

/**
 * The explorer's link to the store: opens it, polls its revision and reloads the graph when another window or a
 * terminal changed it, and connects anew when the database goes away (the atlas process that served it
 * stopped). Store calls run on the {@link Background} worker or its timer, never on the UI thread; the
 * callbacks run on the UI executor.
 */
final class LiveGraph implements AutoCloseable {
    /** How often the store's revision is polled. */
    static final Duration POLL = Duration.ofMillis(800);

    /** A snapshot of the graph and the store revision it was taken at. */
    record Loaded(AtlasGraph graph, long revision) {
    }

    private final Background background;
    private final Background.Work<Atlas> opener;
    private final Background.Work<Atlas> reopener;
    private final Consumer<Loaded> onReload;
    private final Consumer<String> info;
    private final Consumer<String> error;
    private final AtomicLong seenRevision = new AtomicLong(Long.MIN_VALUE);
    private volatile Atlas atlas;
    private ScheduledFuture<?> poller;

    /**
     * A link that opens the application with {@code opener}, reconnects with {@code reopener}, and hands every
     * reloaded snapshot to {@code onReload}.
     */
    LiveGraph(Background background, Background.Work<Atlas> opener, Background.Work<Atlas> reopener,
              Consumer<Loaded> onReload, Consumer<String> info, Consumer<String> error) {
        this.background = background;
        this.opener = opener;
        this.reopener = reopener;
        this.onReload = onReload;
        this.info = info;
        this.error = error;
    }

    /** The application, or null before it opened. */
    Atlas atlas() {
        return atlas;
    }

    /**
     * Opens the store and loads the graph (handed to {@code onFirstLoad}; a large one in growing parts to
     * {@code onPart} on the way), then starts polling.
     */
    void start(Consumer<AtlasGraph> onPart, Consumer<Loaded> onFirstLoad) {
        background.run(() -> {
            atlas = opener.call();
            return load(part -> background.onUi(() -> onPart.accept(part)));
        }, loaded -> {
            seenRevision.set(loaded.revision());
            onFirstLoad.accept(loaded);
            poller = background.every(POLL, this::pollOnce);
        }, e -> error.accept("Could not open the graph: " + ExplorerViewModel.message(e)));
    }

    /** Reloads the graph now (after an edit of our own). */
    void reload() {
        background.run(() -> load(part -> { }), this::apply, e -> error.accept("Reload failed: " + ExplorerViewModel.message(e)));
    }

    /**
     * Checks the store's revision (on the caller's thread, never the UI's) and reloads when it changed; when the
     * database does not answer, reconnects and reloads, or says so and tries again at the next poll.
     */
    void pollOnce() {
        Atlas a = atlas;
        if (a == null) {
            return;
        }
        long revision;
        try {
            revision = a.revision();
        } catch (RuntimeException lost) {
            reconnect(lost);
            return;
        }
        if (revision != seenRevision.get()) {
            reload();
        }
    }

    private void reconnect(RuntimeException lost) {
        background.onUi(() -> error.accept("Lost the database (" + ExplorerViewModel.message(lost) + "); reconnecting…"));
        try {
            atlas = reopener.call();
        } catch (Exception | LinkageError e) {
            background.onUi(() -> error.accept("Could not reconnect to the database: " + ExplorerViewModel.message(e)
                    + "; trying again"));
            return;
        }
        background.run(() -> load(part -> { }), loaded -> {
            apply(loaded);
            info.accept("Reconnected: " + loaded.graph().nodes().size() + " nodes and "
                    + loaded.graph().relations().size() + " relationships");
        }, e -> error.accept("Reload failed: " + ExplorerViewModel.message(e)));
    }

    private void apply(Loaded loaded) {
        seenRevision.set(loaded.revision());
        onReload.accept(loaded);
    }

    /** The revision first: a write between the two reads makes the next poll reload again, never miss it. */
    private Loaded load(Consumer<AtlasGraph> parts) {
        Atlas a = atlas;
        long revision = a.revision();
        return new Loaded(a.snapshot(parts), revision);
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.cancel(true);
        }
    }
}
