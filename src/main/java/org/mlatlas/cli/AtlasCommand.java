package org.mlatlas.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code atlas} command: global options and the list of subcommands. */
@Command(name = "atlas", mixinStandardHelpOptions = true, version = "ML Atlas 0.1.0",
        description = {"A knowledge graph of machine-learning concepts and papers, and a reading planner.",
            "Without a command, opens the explorer window."},
        subcommands = {PathCommand.class, KnowCommand.class, ReadCommand.class, ForgetCommand.class,
            ShowCommand.class, SearchCommand.class, AddCommand.class, LinkCommand.class, UnlinkCommand.class,
            CheckCommand.class, ImportCommand.class, ExportCommand.class, ServerCommand.class, SnapshotCommand.class,
            DaemonCommand.class},
        footer = {"", "Exit codes: 0 success, 2 bad input or usage, 1 anything else.",
            "Neo4j: embedded in $ATLAS_HOME, served by the atlas daemon (started on first use, stops after 15 min",
            "without clients; atlas daemon stop); --no-daemon runs it in the command's own process;",
            "--uri for a server (NEO4J_USERNAME / NEO4J_PASSWORD)."})
public final class AtlasCommand implements Runnable {
    private final AtlasContext context;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The command over one context. */
    public AtlasCommand(AtlasContext context) {
        this.context = context;
    }

    /** The context subcommands run against. */
    public AtlasContext context() {
        return context;
    }

    @Option(names = "--uri", scope = ScopeType.INHERIT, paramLabel = "URI",
            description = "Neo4j server or cluster to use (bolt://, neo4j://, neo4j+s://); credentials from NEO4J_USERNAME and NEO4J_PASSWORD")
    void setUri(String uri) {
        context.setUri(uri);
    }

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "ML Atlas data folder (default: $ATLAS_HOME or ~/.local/share/ml-atlas)")
    void setHome(Path home) {
        context.setHome(home);
    }

    @Option(names = "--no-daemon", scope = ScopeType.INHERIT,
            description = "run the database in this process instead of the background daemon (also ATLAS_NO_DAEMON=1)")
    void setNoDaemon(boolean noDaemon) {
        context.setNoDaemon(noDaemon);
    }

    /** No subcommand: opens the explorer window on the same store (blocks until the window closes). */
    @Override
    public void run() {
        java.io.PrintWriter err = spec.commandLine().getErr();
        boolean timing = context.env().containsKey("ATLAS_TIMING");
        org.mlatlas.ui.Explorer.open(context::atlas, context::reconnect, context.description(), context.explorerCache(),
                context.explorerPositions(),
                context.env().containsKey("ATLAS_HEADLESS"),
                milestone -> {
                    if (timing) {
                        err.printf("atlas: timing: %s at JVM uptime %d ms%n", milestone,
                                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
                        err.flush();
                    }
                });
    }
}
