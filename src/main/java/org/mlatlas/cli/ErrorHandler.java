package org.mlatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.mlatlas.graphdata.GraphDataException;
import org.mlatlas.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what a command throws into one clear sentence on standard error and an exit code: 2 for bad input
 * (unknown id, refused edit, invalid graph data, bad argument, a path that cannot be used), 1 for anything else.
 * A bad option or argument gets one sentence and where to find the usage, not the whole usage.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    /** Exit code for bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** Exit code for any other failure. */
    public static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        String message = e instanceof GraphDataException ? e.getMessage() : oneLine(oneSentence(e));
        cli.getErr().println("atlas: " + message);
        cli.getErr().flush();
        return exitCode(e);
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        // picocli starts some messages with "Error: " (two options that exclude each other): "atlas: " says it
        StringBuilder message = new StringBuilder("atlas: ").append(oneLine(String.valueOf(e.getMessage()).replaceFirst("^Error: ", "")));
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message.append("; did you mean ").append(String.join(" or ", unmatched.getSuggestions().subList(0,
                    Math.min(3, unmatched.getSuggestions().size())))).append('?');
        }
        message.append(" (see '").append(cli.getCommandSpec().qualifiedName()).append(" --help')");
        cli.getErr().println(message);
        cli.getErr().flush();
        return BAD_INPUT;
    }

    /**
     * The message on one line: a line break in what it quotes (an id typed as {@code $'a\nb'}) is written as
     * {@code \n}, so that the sentence stays one line (control characters are escaped by {@link TerminalSafeWriter}).
     */
    static String oneLine(String message) {
        return message.replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** The exit code for an exception. */
    public static int exitCode(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof CommandLine.ParameterException) {
            return BAD_INPUT;
        }
        if (cause instanceof StoreException) {
            return FAILURE;
        }
        if (cause instanceof NoSuchFileException || cause instanceof AccessDeniedException
                || cause instanceof NotDirectoryException || cause instanceof FileAlreadyExistsException
                || cause instanceof DirectoryNotEmptyException) {
            return BAD_INPUT;
        }
        return cause instanceof IllegalArgumentException || cause instanceof GraphDataException ? BAD_INPUT : FAILURE;
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    }

    private static String oneSentence(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof IllegalArgumentException || cause instanceof StoreException || cause instanceof IllegalStateException) {
            return cause.getMessage();
        }
        if (cause instanceof FileSystemException fs) {
            return describe(fs);
        }
        if (cause instanceof IOException io && io.getMessage() != null) {
            return "could not read or write a file: " + io.getMessage();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** A file-system error in words: what went wrong, with which path. */
    static String describe(FileSystemException e) {
        String file = e.getFile();
        String other = e.getOtherFile() == null ? "" : " (and " + e.getOtherFile() + ")";
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + file + other;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + file + other;
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder: " + file;
        }
        if (e instanceof FileAlreadyExistsException) {
            // creating the folders of a path fails this way when one of them is a file
            return file != null && Files.isRegularFile(Path.of(file))
                    ? file + " is a file, not a folder: choose another path" : "already exists: " + file;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty: " + file;
        }
        String reason = e.getReason();
        return "cannot use " + file + other + (reason == null ? "" : ": " + reason);
    }
}
