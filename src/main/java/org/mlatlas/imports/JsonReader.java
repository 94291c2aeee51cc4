package org.mlatlas.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.graphdata.GraphDataReader;
import org.mlatlas.graphdata.LocatedGraph;
import org.mlatlas.graphdata.Problem;

/** Reads graph-data JSON (an export, or a graph-data folder): nodes keep their ids and take the file's values. */
final class JsonReader {
    private JsonReader() {
    }

    static ImportDraft read(Path path) {
        List<Problem> problems = new ArrayList<>();
        LocatedGraph graph = new GraphDataReader().read(path, problems);
        if (!problems.isEmpty()) {
            throw new ImportException(problems.get(0).location(), problems.get(0).message()
                    + (problems.size() == 1 ? "" : problems.stream().skip(1).map(Problem::toString)
                    .collect(Collectors.joining("\n  ", "\n  and " + (problems.size() - 1) + " more:\n  ", ""))));
        }
        ImportDraft draft = new ImportDraft(path.toString());
        for (LocatedGraph.Located<Node> n : graph.nodes()) {
            if (draft.proposal(n.value().id()) != null) {
                draft.problem(n.location(), "duplicate id " + n.value().id() + ": the first one is kept");
                continue;
            }
            draft.propose(new Proposal(n.value(), Matching.ID, true, n.value().id(), n.location()));
        }
        for (LocatedGraph.Located<Relation> r : graph.relations()) {
            draft.relate(r.value());
        }
        return draft;
    }
}
