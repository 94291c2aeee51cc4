package org.mlatlas.graphdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
     * One line for the problems that follow from a file that could not be read whole: references to missing nodes
     * and first readings without their EXPLAINS edge, most of them defined in that file, are counted after the root
     * causes instead of listed one by one.
     */
    private static Problem followOn(List<Problem> missing) {
        List<Problem> references = missing.stream().filter(p -> !p.unexplainedReading()).toList();
        List<Problem> readings = missing.stream().filter(Problem::unexplainedReading).toList();
        List<String> parts = new ArrayList<>();
        if (!references.isEmpty()) {
            Set<String> ids = ids(references);
            parts.add(count(references.size(), "reference") + " to " + count(ids.size(), "id") + " not found (" + some(ids) + ")");
        }
        if (!readings.isEmpty()) {
            parts.add(count(readings.size(), "first reading") + (readings.size() == 1 ? " that explains" : " that explain")
                    + " nothing (" + some(ids(readings)) + ")");
        }
        return new Problem(missing.get(0).location(), "and " + String.join(" and ", parts)
                + ", probably defined where reading stopped above: fix the problems above first");
    }

    private static Set<String> ids(List<Problem> problems) {
        Set<String> ids = new TreeSet<>();
        problems.forEach(p -> ids.add(p.missingId()));
        return ids;
    }

    /** At most five of the ids, then "...". */
    private static String some(Set<String> ids) {
        return String.join(", ", ids.stream().limit(5).toList()) + (ids.size() > 5 ? ", ..." : "");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
