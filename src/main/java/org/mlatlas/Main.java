package org.mlatlas;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mlatlas.cli.AtlasCommand;
import org.mlatlas.cli.AtlasContext;
import org.mlatlas.cli.ErrorHandler;
import org.mlatlas.cli.TerminalSafeWriter;
import org.mlatlas.store.ShutdownTimeoutException;
import picocli.CommandLine;

/**
 * The composition root: {@code atlas <command>} runs a command; exits 0 on success, 2 on bad input or usage,
 * 1 on anything else, with errors on standard error in one sentence.
 */
public final class Main {
    private Main() {
    }

    /** Runs ML Atlas with these arguments and exits with the command's exit code. */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv()));
    }

    /** Runs ML Atlas and returns the exit code (output on standard out and error, in UTF-8). */
    public static int run(String[] args, Map<String, String> env) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = ErrorHandler.FAILURE;
        try (AtlasContext context = new AtlasContext(env)) {
            code = commandLine(context, out, err).execute(args);
            out.flush();
            if (env.containsKey("ATLAS_TIMING")) {
                err.printf("atlas: timing: command finished at JVM uptime %d ms%n", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            }
            return code;
        } catch (ShutdownTimeoutException e) {
            // the DBMS this process served did not stop in time, or cannot on a full disk: say so (unless the command
            // failed and said why already) and exit now (the next start recovers it)
            out.flush();
            if (code == 0) {
                err.println("atlas: " + e.getMessage());
            }
            err.flush();
            Runtime.getRuntime().halt(ErrorHandler.FAILURE);
            return ErrorHandler.FAILURE;
        } finally {
            out.flush();
            if (env.containsKey("ATLAS_TIMING")) {
                err.printf("atlas: timing: done at JVM uptime %d ms%n", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            }
            err.flush();
        }
    }

    /** The configured command line over a context, writing to the given streams (tests use their own). */
    public static CommandLine commandLine(AtlasContext context, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new AtlasCommand(context));
        cli.setOut(TerminalSafeWriter.wrap(out));
        cli.setErr(TerminalSafeWriter.wrap(err));
        ErrorHandler errors = new ErrorHandler();
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        cli.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        return cli;
    }
}
