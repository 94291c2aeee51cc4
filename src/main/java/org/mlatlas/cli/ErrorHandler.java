package org.mlatlas.cli;

import org.mlatlas.graphdata.GraphDataException;
import org.mlatlas.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into one clear sentence on standard error and an exit code: 2 for bad input
 * (unknown id, refused edit, invalid graph data, bad argument), 1 for anything else.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {
    /** Exit code for bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** Exit code for any other failure. */
    public static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        String message = e instanceof GraphDataException ? e.getMessage() : oneSentence(e);
        cli.getErr().println("atlas: " + message);
        cli.getErr().flush();
        return exitCode(e);
    }

    /** The exit code for an exception. */
    public static int exitCode(Throwable e) {
        if (e instanceof CommandLine.ParameterException) {
            return BAD_INPUT;
        }
        if (e instanceof StoreException) {
            return FAILURE;
        }
        return e instanceof IllegalArgumentException || e instanceof GraphDataException ? BAD_INPUT : FAILURE;
    }

    private static String oneSentence(Throwable e) {
        if (e instanceof IllegalArgumentException || e instanceof StoreException || e instanceof IllegalStateException) {
            return e.getMessage();
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
