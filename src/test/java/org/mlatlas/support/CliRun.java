package org.mlatlas.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.mlatlas.Main;
import org.mlatlas.cli.AtlasContext;

/** Runs the atlas command line in-process against the shared test DBMS (found through its home's marker). */
public final class CliRun {
    public final int exitCode;
    public final String out;
    public final String err;

    private CliRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    public static CliRun atlas(String... args) {
        return atlas(Map.of("ATLAS_HOME", TestDbms.get().home().root().toString(), "ATLAS_GRAPH_DATA", "none"), args);
    }

    public static CliRun atlas(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (AtlasContext context = new AtlasContext(env)) {
            code = Main.commandLine(context, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        }
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
    }
}
