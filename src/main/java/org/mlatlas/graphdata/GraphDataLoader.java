package org.mlatlas.graphdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlatlas.domain.AtlasGraph;

/** Reads and validates graph-data: either a valid graph or every problem at once. */
public final class GraphDataLoader {
    private final GraphDataReader reader = new GraphDataReader();
    private final GraphValidator validator = new GraphValidator();

    /**
     * Loads a graph-data folder or file.
     *
     * @throws GraphDataException listing every problem (file, line, column, what is wrong)
     */
    public AtlasGraph load(Path path) throws GraphDataException {
        List<Problem> problems = new ArrayList<>();
        LocatedGraph located = reader.read(path, problems);
        problems.addAll(validator.validate(located));
        if (!problems.isEmpty()) {
            throw new GraphDataException(problems);
        }
        return located.toGraph();
    }
}
