package org.mlatlas.store;

import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.RelationKind;

/**
 * Every Cypher statement of the store. Values always arrive as parameters; labels and relationship types,
 * which Cypher cannot take as parameters, come only from the enums, never from input.
 */
final class Queries {
    private Queries() {
    }

    static final String[] SCHEMA = {
        "CREATE CONSTRAINT atlas_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT atlas_meta_key IF NOT EXISTS FOR (m:AtlasMeta) REQUIRE m.key IS UNIQUE",
        "CREATE FULLTEXT INDEX atlas_node_text IF NOT EXISTS FOR (n:Node) ON EACH [n.name, n.searchText, n.summary]",
    };

    static final String AWAIT_INDEXES = "CALL db.awaitIndexes(300)";

    static final String COUNT_NODES = "MATCH (n:Node) RETURN count(n) AS count";

    static final String ALL_NODES = "MATCH (n:Node) RETURN labels(n) AS labels, properties(n) AS p ORDER BY n.id";

    static final String ALL_RELATIONS = """
            MATCH (a:Node)-[r:PREREQUISITE|EXPLAINS|CITES]->(b:Node)
            RETURN a.id AS from, type(r) AS type, b.id AS to, r.note AS note, r.role AS role
            ORDER BY from, type, to""";

    static final String REVISION = "OPTIONAL MATCH (m:AtlasMeta {key: 'atlas'}) RETURN coalesce(m.revision, 0) AS revision";

    /** Bumps the revision; run first in every write transaction, it also serialises writers. */
    static final String BUMP_REVISION = """
            MERGE (m:AtlasMeta {key: 'atlas'})
            SET m.revision = coalesce(m.revision, 0) + 1
            RETURN m.revision AS revision""";

    static final String DELETE_ALL = "MATCH (n:Node) DETACH DELETE n";

    static String createNodes(NodeKind kind) {
        return "UNWIND $rows AS row CREATE (n:Node:" + kind.label() + ") SET n = row";
    }

    static String createRelations(RelationKind kind) {
        return """
                UNWIND $rows AS row
                MATCH (a:Node {id: row.from})
                MATCH (b:Node {id: row.to})
                CREATE (a)-[r:%s]->(b)
                SET r.note = row.note, r.role = row.role""".formatted(kind.name());
    }

    static final String NODE_KINDS = "MATCH (n:Node) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels";

    static final String NODE_LABELS = "MATCH (n:Node) RETURN n.id AS id, n.name AS name, n.aliases AS aliases";

    static String countRelation(RelationKind kind) {
        return "MATCH (:Node {id: $from})-[r:" + kind.name() + "]->(:Node {id: $to}) RETURN count(r) AS count";
    }

    static final String PREREQUISITE_PATH = """
            MATCH (b:Node {id: $from}), (a:Node {id: $to})
            MATCH p = shortestPath((b)-[:PREREQUISITE*]->(a))
            RETURN [n IN nodes(p) | n.id] AS ids""";

    static String deleteRelation(RelationKind kind) {
        return "MATCH (:Node {id: $from})-[r:" + kind.name() + "]->(:Node {id: $to}) DELETE r RETURN count(*) AS count";
    }

    static final String SET_KNOWN = "MATCH (n:Node) WHERE n.id IN $ids SET n.known = $known RETURN count(n) AS count";

    static final String FORGET_ALL = "MATCH (n:Node {known: true}) SET n.known = false RETURN count(n) AS count";

    static final String SET_NOTES = """
            MATCH (n:Node {id: $id})
            SET n.notes = $notes
            RETURN labels(n) AS labels, properties(n) AS p""";

    static final String UPDATE_SEARCH_TEXT = "MATCH (n:Node {id: $id}) SET n.searchText = $text";

    static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('atlas_node_text', $query) YIELD node, score
            RETURN labels(node) AS labels, properties(node) AS p, score
            ORDER BY score DESC, node.id LIMIT $limit""";

    static final String NEIGHBOURHOOD = """
            MATCH (n:Node {id: $id})
            OPTIONAL MATCH (n)-[r:PREREQUISITE|EXPLAINS|CITES]-(m:Node)
            RETURN labels(n) AS labels, properties(n) AS p,
                   collect(CASE WHEN r IS NULL THEN NULL ELSE {type: type(r), outgoing: startNode(r) = n,
                       note: r.note, role: r.role, labels: labels(m), p: properties(m)} END) AS links""";
}
