package org.mlatlas.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs atlas in a separate JVM, as a user's second terminal would. */
public final class AtlasProcess {
    private AtlasProcess() {
    }

    public static ProcessBuilder builder(Map<String, String> env, String... args) {
        return builder(List.of(), env, args);
    }

    /** As {@link #builder(Map, String...)}, with more JVM options (a class-loading log, a build stamp). */
    public static ProcessBuilder builder(List<String> jvmOptions, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.mlatlas.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("NEO4J_PASSWORD");
        pb.environment().remove("NEO4J_USERNAME");
        pb.environment().putAll(env);
        return pb;
    }

    /** Runs to completion (at most two minutes) and returns exit code and output. */
    public static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(List.of(), env, args);
    }

    /** As {@link #run(Map, String...)}, with more JVM options. */
    public static Result run(List<String> jvmOptions, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Process p = builder(jvmOptions, env, args).redirectErrorStream(false).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("atlas " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), out, err);
    }

    /** Reads the process's standard output until a line containing {@code marker}; returns that line. */
    public static String awaitLine(Process p, String marker, long seconds) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.contains(marker)) {
                return line;
            }
        }
        throw new AssertionError("no line with \"" + marker + "\"; output was:\n" + seen);
    }

    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }
}
