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
        // schema 2 had a plain range index here (docs/decisions/0003-node-id-index.md)
        "DROP INDEX atlas_node_id IF EXISTS",
        "CREATE CONSTRAINT atlas_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE",
        "CREATE INDEX atlas_meta_key IF NOT EXISTS FOR (m:AtlasMeta) ON (m.key)",
        "CREATE FULLTEXT INDEX atlas_node_text IF NOT EXISTS FOR (n:Node) ON EACH [n.name, n.searchText, n.summary]",
        // schema 4: names resolve by a text index, milestones by a range index (docs/decisions/0005-sized-reads.md)
        "CREATE TEXT INDEX atlas_node_name_keys IF NOT EXISTS FOR (n:Node) ON (n.nameKeys)",
        "CREATE INDEX atlas_node_milestone IF NOT EXISTS FOR (n:Node) ON (n.milestone)",
    };

    static final String AWAIT_INDEXES = "CALL db.awaitIndexes(300)";

    /** The schema version the statements above create; stored on the AtlasMeta node once applied. */
    static final int SCHEMA_VERSION = 4;

    /** Everything a start needs to know in one query: the applied schema version and whether the graph is empty. */
    static final String STARTUP = """
            OPTIONAL MATCH (m:AtlasMeta {key: 'atlas'})
            RETURN coalesce(m.schemaVersion, 0) AS schema, NOT EXISTS { MATCH (:Node) } AS empty""";

    static final String SET_SCHEMA_VERSION = "MERGE (m:AtlasMeta {key: 'atlas'}) SET m.schemaVersion = $version";

    static final String ALL_NODES = "MATCH (n:Node) RETURN labels(n) AS labels, properties(n) AS p ORDER BY n.id";

    static final String ALL_RELATIONS = """
            MATCH (a:Node)-[r:PREREQUISITE|EXPLAINS|CITES]->(b:Node)
            RETURN a.id AS from, type(r) AS type, b.id AS to, r.note AS note, r.role AS role, r.minutes AS minutes, r.part AS part
            ORDER BY from, type, to""";

    static final String REVISION = "OPTIONAL MATCH (m:AtlasMeta {key: 'atlas'}) RETURN coalesce(m.revision, 0) AS revision";

    /** Bumps the revision; run first in every write transaction, it also serialises writers. */
    static final String BUMP_REVISION = """
            MERGE (m:AtlasMeta {key: 'atlas'})
            SET m.revision = coalesce(m.revision, 0) + 1
            RETURN m.revision AS revision""";

    static final String DELETE_ALL = "MATCH (n:Node) DETACH DELETE n";

    /**
     * Creates nodes of one kind from property maps; returns each id with the node's internal id, which the same
     * transaction then joins relationships by (returning {@code row.id}, not {@code n.id}, needs no Eager).
     */
    static String createNodes(NodeKind kind) {
        return "UNWIND $rows AS row CREATE (n:Node:" + kind.label() + ") SET n = row RETURN row.id AS id, id(n) AS node";
    }

    /** Replaces the properties of existing nodes (an import's updates); returns the ids found. */
    static final String UPDATE_NODES = "UNWIND $rows AS row MATCH (n:Node {id: row.id}) SET n = row RETURN n.id AS id";

    /** The internal ids of existing nodes, for joining relationships to them later in the same transaction. */
    static final String NODE_IDS = "UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN id, id(n) AS node";

    /** Creates relationships of one kind between nodes named by id (one index seek per end). */
    static String createRelations(RelationKind kind) {
        return """
                UNWIND $rows AS row
                MATCH (a:Node {id: row.from})
                MATCH (b:Node {id: row.to})
                CREATE (a)-[r:%s]->(b)
                SET r.note = row.note, r.role = row.role, r.minutes = row.minutes, r.part = row.part""".formatted(kind.name());
    }

    /**
     * Creates relationships of one kind between nodes named by internal id, fetched earlier in the same
     * transaction (a node-by-id seek: no index seek that would have to merge the transaction's own writes).
     */
    static String createRelationsByNodeId(RelationKind kind) {
        return """
                UNWIND $rows AS row
                MATCH (a) WHERE id(a) = row.a
                MATCH (b) WHERE id(b) = row.b
                CREATE (a)-[r:%s]->(b)
                SET r.note = row.note, r.role = row.role, r.minutes = row.minutes, r.part = row.part""".formatted(kind.name());
    }

    /** Creates relationships without properties between nodes named by internal id; each row is [a, b]. */
    static String createBareRelationsByNodeId(RelationKind kind) {
        return """
                UNWIND $rows AS row
                MATCH (a) WHERE id(a) = row[0]
                MATCH (b) WHERE id(b) = row[1]
                CREATE (a)-[:%s]->(b)""".formatted(kind.name());
    }

    /** Every node's labels, to fill in the name keys of a store written before schema 4. */
    static final String NODE_NAMES = "MATCH (n:Node) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.arxiv AS arxiv";

    /** Sets the name keys of nodes: rows of {id, keys}. */
    static final String SET_NAME_KEYS = "UNWIND $rows AS row MATCH (n:Node {id: row.id}) SET n.nameKeys = row.keys";

    /**
     * What each wanted text names ({@code $wanted}: maps of index, text and key): the node with that id (an index
     * seek); else the nodes one of whose name keys it is (a text-index scan), at most {@code $most} of them.
     */
    static final String RESOLVE = """
            UNWIND $wanted AS w
            OPTIONAL MATCH (byId:Node {id: w.text})
            CALL {
                WITH w, byId
                OPTIONAL MATCH (named:Node) WHERE byId IS NULL AND named.nameKeys CONTAINS w.key
                RETURN collect(named)[..$most] AS named
            }
            RETURN w.index AS index,
                   [n IN CASE WHEN byId IS NULL THEN named ELSE [byId] END | {labels: labels(n), p: properties(n)}] AS nodes""";

    /** Nodes one of whose name keys contains the text's key: a bounded source of "did you mean" and search fallbacks. */
    static final String NAME_KEYS_CONTAINING = """
            MATCH (n:Node) WHERE n.nameKeys CONTAINS $part
            RETURN labels(n) AS labels, properties(n) AS p ORDER BY n.id LIMIT $limit""";

    static final String NODE_KINDS = "MATCH (n:Node) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels";

    static String countRelation(RelationKind kind) {
        return "MATCH (:Node {id: $from})-[r:" + kind.name() + "]->(:Node {id: $to}) RETURN count(r) AS count";
    }

    static final String PREREQUISITE_PATH = """
            MATCH (b:Node {id: $from}), (a:Node {id: $to})
            MATCH p = shortestPath((b)-[:PREREQUISITE*]->(a))
            RETURN [n IN nodes(p) | n.id] AS ids""";

    /** Every prerequisite ancestor of the nodes with these ids (variable-length expansion from an id-index seek), by id. */
    static final String ANCESTORS = """
            MATCH (n:Node)<-[:PREREQUISITE*]-(a:Node) WHERE n.id IN $ids
            RETURN DISTINCT a.id AS id ORDER BY id""";

    /**
     * What a plan for the nodes with the ids in {@code $roots} (the target and the nodes named known, or none) reads,
     * one row per node: their prerequisite closure (knowing a node with its prerequisites means knowing its closure),
     * the closure of every concept that a work with an id in {@code $readFor} EXPLAINS (a paper target is planned
     * through the concepts it introduces), and every milestone's (knowing a milestone means knowing its closure; the
     * planner also names milestones that would shorten a plan), each node with its direct prerequisites (id and the
     * edge's note) and the readings that explain it (the EXPLAINS edge's properties and the reading node); then the
     * nodes with the ids in {@code $known}, bare. The closures are ancestor-closed, so every prerequisite named lies
     * in them.
     */
    static final String PLAN_SCOPE = """
            OPTIONAL MATCH (m:Node {milestone: true})
            WITH collect(m) AS milestones
            OPTIONAL MATCH (t:Node) WHERE t.id IN $roots
            WITH milestones, collect(t) AS targets
            OPTIONAL MATCH (w:Node)-[:EXPLAINS]->(c:Node) WHERE w.id IN $readFor
            WITH milestones, targets, collect(c) AS explained
            UNWIND milestones + targets + explained AS root
            MATCH (root)<-[:PREREQUISITE*0..]-(n:Node)
            WITH DISTINCT n
            OPTIONAL MATCH (n)<-[q:PREREQUISITE]-(b:Node)
            WITH n, collect(CASE WHEN q IS NULL THEN NULL ELSE {from: b.id, note: q.note} END) AS prerequisites
            OPTIONAL MATCH (n)<-[e:EXPLAINS]-(r:Node)
            RETURN labels(n) AS labels, properties(n) AS p, prerequisites,
                   collect(CASE WHEN e IS NULL THEN NULL ELSE {note: e.note, role: e.role, minutes: e.minutes,
                       part: e.part, labels: labels(r), p: properties(r)} END) AS readings
            UNION ALL
            MATCH (k:Node) WHERE k.id IN $known
            RETURN labels(k) AS labels, properties(k) AS p, [] AS prerequisites, [] AS readings""";

    static String deleteRelation(RelationKind kind) {
        return "MATCH (:Node {id: $from})-[r:" + kind.name() + "]->(:Node {id: $to}) DELETE r RETURN count(*) AS count";
    }

    static final String DELETE_NODE = "MATCH (n:Node {id: $id}) DETACH DELETE n RETURN count(*) AS count";

    static final String SET_KNOWN = "MATCH (n:Node) WHERE n.id IN $ids SET n.known = $known RETURN count(n) AS count";

    static final String FORGET_ALL = "MATCH (n:Node {known: true}) SET n.known = false RETURN count(n) AS count";

    static final String SET_NOTES = """
            MATCH (n:Node {id: $id})
            SET n.notes = $notes
            RETURN labels(n) AS labels, properties(n) AS p""";

    static final String UPDATE_SEARCH_TEXT = "MATCH (n:Node {id: $id}) SET n.searchText = $text";

    /** The best {@code $limit} full-text matches (Lucene keeps only those: a loose query matching most nodes stays quick). */
    static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('atlas_node_text', $query, {limit: $limit}) YIELD node, score
            RETURN labels(node) AS labels, properties(node) AS p, score
            ORDER BY score DESC, node.id LIMIT $limit""";

    static final String NEIGHBOURHOOD = """
            MATCH (n:Node {id: $id})
            OPTIONAL MATCH (n)-[r:PREREQUISITE|EXPLAINS|CITES]-(m:Node)
            RETURN labels(n) AS labels, properties(n) AS p,
                   collect(CASE WHEN r IS NULL THEN NULL ELSE {type: type(r), outgoing: startNode(r) = n,
                       note: r.note, role: r.role, minutes: r.minutes, part: r.part, labels: labels(m), p: properties(m)} END) AS links""";

    // --- the Cypher script export (text for another database to run, never run here) ---

    /** The script's first statement: the id index its MATCHes rely on. */
    static final String SCRIPT_INDEX = "CREATE INDEX atlas_node_id IF NOT EXISTS FOR (n:Node) ON (n.id);";

    /** Creates one node of a kind; {@code map} is a Cypher map literal of escaped values. */
    static String scriptCreateNode(NodeKind kind, String map) {
        return "CREATE (:Node:" + kind.label() + " " + map + ");";
    }

    /** Creates one relationship between nodes named by escaped id literals; {@code map} may be empty. */
    static String scriptCreateRelation(String fromLiteral, RelationKind kind, String toLiteral, String map) {
        return "MATCH (a:Node {id: " + fromLiteral + "}), (b:Node {id: " + toLiteral + "}) CREATE (a)-[:" + kind.name()
                + (map.isEmpty() ? "" : " " + map) + "]->(b);";
    }
}
