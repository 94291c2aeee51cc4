package org.mlatlas.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.mlatlas.imports.ImportProgress;

/**
 * Shows an import's progress on standard error: a line when each phase starts, and on a terminal a progress
 * bar (me.tongfei:progressbar) that advances until the phase ends.
 */
final class TerminalProgress implements ImportProgress {
    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;
    private long started;
    private String phase;

    TerminalProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Progress on this process's terminal when standard error is one. */
    static TerminalProgress forConsole(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM")));
    }

    @Override
    public void start(String phase, long total) {
        end();
        this.phase = phase;
        started = System.nanoTime();
        err.println("atlas: " + phase + "...");
        err.flush();
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName(phase.split(" ")[0]).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public void step(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void end() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        if (phase != null && terminal) {
            err.printf("atlas: %s: done in %.1f s%n", phase, (System.nanoTime() - started) / 1e9);
            err.flush();
        }
        phase = null;
    }
}
