package org.mlatlas.store;

import java.util.List;
import java.util.Map;
import org.mlatlas.domain.Relation;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Baselines for scripts/bench: the planner's work done in Cypher, and import one transaction per relationship. */
public final class BenchmarkQueries {
    /**
     * The same ancestor closure and order as the planner, in one Cypher query: every prerequisite ancestor,
     * ordered by how many ancestors it has itself (a valid topological order), then id.
     */
    static final String CYPHER_PLAN = """
            MATCH (t:Node {id: $id})<-[:PREREQUISITE*]-(a:Node)
            WITH DISTINCT a
            OPTIONAL MATCH (a)<-[:PREREQUISITE*]-(b:Node)
            WITH a, count(DISTINCT b) AS below
            RETURN a.id AS id ORDER BY below, id""";

    /** The ancestor closure alone (no order), a second, weaker baseline. */
    static final String CYPHER_CLOSURE = """
            MATCH (t:Node {id: $id})<-[:PREREQUISITE*]-(a:Node)
            RETURN DISTINCT a.id AS id""";

    private final Driver driver;

    public BenchmarkQueries(Driver driver) {
        this.driver = driver;
    }

    /** Runs the Cypher plan for a target and returns the ordered ids. */
    public List<String> cypherPlan(String id) {
        return run(CYPHER_PLAN, id);
    }

    /** Runs the Cypher closure for a target. */
    public List<String> cypherClosure(String id) {
        return run(CYPHER_CLOSURE, id);
    }

    private List<String> run(String query, String id) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, Map.of("id", id)).list(r -> r.get("id").asString()));
        }
    }

    /** Writes each relationship in its own transaction (the naive import), returning how many were written. */
    public int importOneByOne(List<Relation> relations) {
        try (Session session = driver.session()) {
            for (Relation r : relations) {
                session.executeWrite(tx -> tx.run(Queries.createRelations(r.kind()),
                        Map.of("rows", List.of(NodeMapping.toRow(r)))).consume());
            }
        }
        return relations.size();
    }

}
