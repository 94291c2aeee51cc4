package org.mlatlas.graphdata;

import java.util.List;
import java.util.stream.Collectors;

/** Graph data that cannot be used, with every problem found in it. */
public final class GraphDataException extends Exception {
    private final transient List<Problem> problems;

    /** An exception carrying at least one problem. */
    public GraphDataException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        String head = problems.size() == 1 ? "1 problem in the graph data:" : problems.size() + " problems in the graph data:";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
    }
}
