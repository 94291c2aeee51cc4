package org.mlatlas.graphdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlatlas.domain.AtlasGraph;

/** Reads and validates graph-data: either a valid graph or every problem at once. */
public final class GraphDataLoader {
    private final GraphDataReader reader;
    private final GraphValidator validator = new GraphValidator();

    /** A loader of curated graph-data: nodes without an {@code area} are in their file's area. */
    public GraphDataLoader() {
        this(new GraphDataReader());
    }

    private GraphDataLoader(GraphDataReader reader) {
        this.reader = reader;
    }

    /** A loader that gives back a written graph exactly: a node without an area stays without one. */
    public static GraphDataLoader exact() {
        return new GraphDataLoader(new GraphDataReader(false));
    }

    /**
     * Loads a graph-data folder or file.
     *
     * @throws GraphDataException listing every problem (file, line, column, what is wrong)
     */
    public AtlasGraph load(Path path) throws GraphDataException {
        List<Problem> problems = new ArrayList<>();
        LocatedGraph located = reader.read(path, problems);
        boolean partlyRead = located.incomplete();
        List<Problem> missing = new ArrayList<>();
        for (Problem p : validator.validate(located)) {
            (partlyRead && p.missingId() != null ? missing : problems).add(p);
        }
        if (!missing.isEmpty()) {
            problems.add(followOn(missing));
        }
        if (!problems.isEmpty()) {
            throw new GraphDataException(problems);
        }
        return located.toGraph();
    }

    /**
     * One line for the references to missing nodes found after a file could not be read whole: most of them
     * name nodes of that file, so they are counted after the root causes instead of listed one by one.
     */
    private static Problem followOn(List<Problem> missing) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        missing.forEach(p -> ids.add(p.missingId()));
        String some = String.join(", ", ids.stream().limit(5).toList()) + (ids.size() > 5 ? ", ..." : "");
        return new Problem(missing.get(0).location(), "and " + missing.size() + (missing.size() == 1 ? " reference" : " references")
                + " to " + ids.size() + (ids.size() == 1 ? " id" : " ids") + " not found (" + some
                + "), probably defined where reading stopped above: fix the problems above first");
    }
}
