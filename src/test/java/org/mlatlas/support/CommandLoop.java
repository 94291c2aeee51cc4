package org.mlatlas.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mlatlas.Main;
import org.mlatlas.cli.AtlasContext;

/**
 * A separate JVM that runs many atlas commands one after the other, each as a fresh command line with its own
 * connection (as many terminal commands would, without a JVM start each): the commands come from a file, one
 * per line, arguments separated by tabs; it prints {@code exit N <command>} per command, and stops when standard
 * input says {@code go} (so that two loops can start together).
 */
public final class CommandLoop {
    private CommandLoop() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        System.out.println("ready");
        System.out.flush();
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        for (String line : lines) {
            StringWriter err = new StringWriter();
            int code;
            try (AtlasContext context = new AtlasContext(System.getenv())) {
                code = Main.commandLine(context, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                        .execute(line.split("\t"));
            }
            System.out.println("exit " + code + " " + line.replace('\t', ' ') + (code == 0 ? "" : " | " + err.toString().strip()));
        }
        System.out.flush();
        System.exit(0);
    }

    /** Starts a loop over {@code commands} in its own JVM with this test run's classpath. */
    public static Process start(Map<String, String> env, List<List<String>> commands, Path scratch) throws IOException {
        Path file = Files.createTempFile(scratch, "commands", ".tsv");
        List<String> lines = new ArrayList<>();
        commands.forEach(c -> lines.add(String.join("\t", c)));
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), CommandLoop.class.getName(), file.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().remove("NEO4J_PASSWORD");
        pb.environment().remove("NEO4J_USERNAME");
        pb.environment().putAll(env);
        return pb.start();
    }
}
