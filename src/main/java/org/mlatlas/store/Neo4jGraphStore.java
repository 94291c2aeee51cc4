package org.mlatlas.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.GraphChange;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Neighbourhood;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.RefusedEditException;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.domain.UnknownIdException;
import org.mlatlas.plan.CycleFinder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

/** The {@link GraphStore} on Neo4j, through the Java driver over Bolt; all Cypher is in {@link Queries}. */
public final class Neo4jGraphStore implements GraphStore {
    /** Rows per UNWIND batch when writing many nodes or relationships. */
    static final int BATCH = 20_000;

    private final Driver driver;
    private final DiskSpace space;

    /** A store using this driver (not closed by the store), on a server whose disk is not ours to watch. */
    public Neo4jGraphStore(Driver driver) {
        this(driver, null);
    }

    /**
     * A store using this driver, whose files are on the file system of {@code space}: large writes are measured
     * against its free space first, and a write that fails on a full disk says so.
     */
    public Neo4jGraphStore(Driver driver, DiskSpace space) {
        this.driver = driver;
        this.space = space;
    }

    @Override
    public boolean ensureSchema() {
        Record startup = read(tx -> tx.run(Queries.STARTUP).single());
        if (startup.get("schema").asInt() != Queries.SCHEMA_VERSION) {
            try (Session session = driver.session()) {
                for (String statement : Queries.SCHEMA) {
                    try {
                        session.run(statement).consume();
                    } catch (ClientException e) {
                        if (!statement.startsWith("DROP")) {
                            throw e;
                        }
                        // what a migration drops may be owned by a constraint already: nothing to do
                    }
                }
                session.run(Queries.AWAIT_INDEXES).consume();
                session.run(Queries.SET_SCHEMA_VERSION, Map.of("version", Queries.SCHEMA_VERSION)).consume();
            }
        }
        return startup.get("empty").asBoolean();
    }

    @Override
    public AtlasGraph snapshot() {
        return read(tx -> {
            List<Node> nodes = tx.run(Queries.ALL_NODES).list(r -> NodeMapping.toNode(labels(r.get("labels")), r.get("p")));
            List<Relation> relations = tx.run(Queries.ALL_RELATIONS).list(NodeMapping::toRelation);
            return new AtlasGraph(nodes, relations);
        });
    }

    @Override
    public long revision() {
        return read(tx -> tx.run(Queries.REVISION).single().get("revision").asLong());
    }

    @Override
    public long replaceAll(AtlasGraph graph) {
        requireRoomFor(graph.nodes(), graph.relations());
        return write(tx -> {
            tx.run(Queries.DELETE_ALL).consume();
            return BulkWriter.write(tx, graph.nodes(), graph.relations(), Map.of());
        });
    }

    @Override
    public long addAll(Collection<Node> nodes, Collection<Relation> relations) {
        requireRoomFor(nodes, relations);
        return write(tx -> addChecked(tx, nodes, List.of(), relations, n -> { }));
    }

    @Override
    public long apply(GraphChange change, long expectedRevision, LongConsumer progress) {
        List<Node> nodes = new ArrayList<>(change.created());
        nodes.addAll(change.updated());
        requireRoomFor(nodes, change.linked());
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                long revision = tx.run(Queries.BUMP_REVISION).single().get("revision").asLong();
                if (expectedRevision >= 0 && revision != expectedRevision + 1) {
                    throw new RefusedEditException("the graph changed while the import was being prepared;"
                            + " nothing was written: run the import again");
                }
                return addChecked(tx, change.created(), change.updated(), change.linked(), progress);
            });
        } catch (Neo4jException e) {
            throw onFullDisk(e, true, DiskSpace.estimate(nodes, change.linked()));
        }
    }

    /** Refuses a write that would not fit on the store's disk (nothing to check for a server's disk). */
    private void requireRoomFor(Collection<Node> nodes, Collection<Relation> relations) {
        if (space != null) {
            space.requireRoomFor(nodes, relations);
        }
    }

    /** The failure as one sentence about the disk when the disk is why it failed, else itself. */
    private RuntimeException onFullDisk(Neo4jException failure, boolean write, long needed) {
        StoreException full = space == null ? null : space.explainFailure(failure, write, needed);
        return full != null ? full : failure;
    }

    /** Checks that new ids are free and every other end exists, then updates and writes in this transaction. */
    private static long addChecked(TransactionContext tx, Collection<Node> nodes, Collection<Node> updates,
                                   Collection<Relation> relations, LongConsumer progress) {
        Set<String> newIds = new java.util.HashSet<>();
        nodes.forEach(n -> newIds.add(n.id()));
        Set<String> ends = new LinkedHashSet<>();
        for (Relation r : relations) {
            for (String id : List.of(r.from(), r.to())) {
                if (!newIds.contains(id)) {
                    ends.add(id);
                }
            }
        }
        Map<String, NodeKind> taken = kinds(tx, List.copyOf(newIds));
        if (!taken.isEmpty()) {
            throw new RefusedEditException("these ids already exist: " + String.join(", ", new java.util.TreeSet<>(taken.keySet())));
        }
        Map<String, Long> existing = BulkWriter.nodeIds(tx, List.copyOf(ends));
        for (String id : ends) {
            if (!existing.containsKey(id)) {
                throw new UnknownIdException(id, matcher(tx).didYouMean(id));
            }
        }
        progress.accept(0); // checked: the writes begin
        long updated = 0;
        List<Map<String, Object>> rows = updates.stream().map(NodeMapping::toProperties).toList();
        for (List<Map<String, Object>> batch : BulkWriter.batches(rows)) {
            Set<String> found = new java.util.HashSet<>(tx.run(Queries.UPDATE_NODES, Map.of("rows", batch)).list(r -> r.get("id").asString()));
            for (Map<String, Object> row : batch) {
                if (!found.contains((String) row.get("id"))) {
                    throw new UnknownIdException((String) row.get("id"), "");
                }
            }
            updated += batch.size();
            progress.accept(updated);
        }
        long base = updated;
        return BulkWriter.write(tx, nodes, relations, existing, n -> progress.accept(base + n));
    }

    @Override
    public void addNode(Node node) {
        write(tx -> {
            if (!kinds(tx, List.of(node.id())).isEmpty()) {
                throw new RefusedEditException("a node with id " + node.id() + " already exists");
            }
            tx.run(Queries.createNodes(node.kind()), Map.of("rows", List.of(NodeMapping.toProperties(node)))).consume();
            return null;
        });
    }

    @Override
    public void link(Relation relation) {
        write(tx -> {
            Map<String, NodeKind> kinds = kinds(tx, List.of(relation.from(), relation.to()));
            for (String id : List.of(relation.from(), relation.to())) {
                if (!kinds.containsKey(id)) {
                    throw new UnknownIdException(id, matcher(tx).didYouMean(id));
                }
            }
            RelationKind kind = relation.kind();
            kind.whyNot(kinds.get(relation.from()), kinds.get(relation.to())).ifPresent(why -> {
                throw new RefusedEditException("cannot link " + relation.from() + " " + kind + " " + relation.to() + ": " + why);
            });
            Map<String, Object> ends = Map.of("from", relation.from(), "to", relation.to());
            if (tx.run(Queries.countRelation(kind), ends).single().get("count").asLong() > 0) {
                throw new RefusedEditException(relation.from() + " " + kind + " " + relation.to() + " already exists");
            }
            if (kind == RelationKind.PREREQUISITE) {
                refuseCycle(tx, relation);
            }
            tx.run(Queries.createRelations(kind), Map.of("rows", List.of(NodeMapping.toRow(relation)))).consume();
            return null;
        });
    }

    private static void refuseCycle(TransactionContext tx, Relation relation) {
        if (relation.from().equals(relation.to())) {
            throw new RefusedEditException("refused: " + relation.from() + " cannot be a prerequisite of itself");
        }
        List<Record> path = tx.run(Queries.PREREQUISITE_PATH, Map.of("from", relation.to(), "to", relation.from())).list();
        if (!path.isEmpty()) {
            List<String> cycle = new ArrayList<>();
            cycle.add(relation.from());
            cycle.addAll(path.get(0).get("ids").asList(Value::asString));
            throw new RefusedEditException("refused: " + relation.from() + " PREREQUISITE " + relation.to()
                    + " would close a prerequisite cycle: " + CycleFinder.spell(cycle));
        }
    }

    @Override
    public boolean deleteNode(String id) {
        return write(tx -> tx.run(Queries.DELETE_NODE, Map.of("id", id)).single().get("count").asLong() > 0);
    }

    @Override
    public boolean unlink(String from, RelationKind kind, String to) {
        return write(tx -> tx.run(Queries.deleteRelation(kind), Map.of("from", from, "to", to))
                .single().get("count").asLong() > 0);
    }

    @Override
    public void setKnown(Collection<String> ids, boolean known) {
        List<String> wanted = List.copyOf(new LinkedHashSet<>(ids));
        write(tx -> {
            Map<String, NodeKind> found = kinds(tx, wanted);
            for (String id : wanted) {
                if (!found.containsKey(id)) {
                    throw new UnknownIdException(id, matcher(tx).didYouMean(id));
                }
            }
            tx.run(Queries.SET_KNOWN, Map.of("ids", wanted, "known", known)).consume();
            return null;
        });
    }

    @Override
    public int forgetAll() {
        return write(tx -> tx.run(Queries.FORGET_ALL).single().get("count").asInt());
    }

    @Override
    public void setNotes(String id, String notes) {
        write(tx -> {
            Map<String, Object> params = new HashMap<>();
            params.put("id", id);
            params.put("notes", notes);
            List<Record> rows = tx.run(Queries.SET_NOTES, params).list();
            if (rows.isEmpty()) {
                throw new UnknownIdException(id, matcher(tx).didYouMean(id));
            }
            Node node = NodeMapping.toNode(labels(rows.get(0).get("labels")), rows.get(0).get("p"));
            tx.run(Queries.UPDATE_SEARCH_TEXT, Map.of("id", id, "text", NodeMapping.searchText(node))).consume();
            return null;
        });
    }

    @Override
    public List<Node> search(String text, int limit) {
        return read(tx -> {
            Set<String> seen = new LinkedHashSet<>();
            List<Node> hits = new ArrayList<>();
            for (String query : LuceneQuery.forText(text)) {
                try {
                    for (Record r : tx.run(Queries.SEARCH, Map.of("query", query, "limit", limit)).list()) {
                        Node node = NodeMapping.toNode(labels(r.get("labels")), r.get("p"));
                        if (seen.add(node.id()) && hits.size() < limit) {
                            hits.add(node);
                        }
                    }
                } catch (ClientException e) {
                    // a query Lucene cannot parse: try the next, looser form
                }
                if (!hits.isEmpty()) {
                    break;
                }
            }
            return hits;
        });
    }

    @Override
    public Optional<Neighbourhood> neighbourhood(String id) {
        return read(tx -> {
            List<Record> rows = tx.run(Queries.NEIGHBOURHOOD, Map.of("id", id)).list();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Record row = rows.get(0);
            Node node = NodeMapping.toNode(labels(row.get("labels")), row.get("p"));
            List<Neighbourhood.Link> links = new ArrayList<>();
            for (Value link : row.get("links").values()) {
                Node other = NodeMapping.toNode(labels(link.get("labels")), link.get("p"));
                boolean outgoing = link.get("outgoing").asBoolean();
                RelationKind kind = RelationKind.valueOf(link.get("type").asString());
                String note = link.get("note").isNull() ? null : link.get("note").asString();
                String role = link.get("role").isNull() ? null : link.get("role").asString();
                Relation relation = new Relation(outgoing ? node.id() : other.id(), kind, outgoing ? other.id() : node.id(),
                        note, role == null ? null : org.mlatlas.domain.ReadingRole.parse(role).orElse(null),
                        link.get("minutes").isNull() ? null : link.get("minutes").asInt(),
                        link.get("part").isNull() ? null : link.get("part").asString());
                links.add(new Neighbourhood.Link(relation, outgoing, other));
            }
            return Optional.of(new Neighbourhood(node, links));
        });
    }

    private static Map<String, NodeKind> kinds(TransactionContext tx, List<String> ids) {
        Map<String, NodeKind> kinds = new HashMap<>();
        for (Record r : tx.run(Queries.NODE_KINDS, Map.of("ids", ids)).list()) {
            labels(r.get("labels")).stream().map(NodeKind::parse).flatMap(Optional::stream).findFirst()
                    .ifPresent(kind -> kinds.put(r.get("id").asString(), kind));
        }
        return kinds;
    }

    /** A name matcher over all nodes, for "did you mean" (only built when an id is unknown). */
    private static NameMatcher matcher(TransactionContext tx) {
        List<Node> nodes = tx.run(Queries.NODE_LABELS).list(r -> {
            Node n = Node.concept(r.get("id").asString(), r.get("name").asString(r.get("id").asString()));
            List<String> aliases = r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(Value::asString);
            return Node.builder(n.id(), n.kind(), n.name()).aliases(aliases).build();
        });
        return new NameMatcher(nodes);
    }

    private static List<String> labels(Value value) {
        return value.asList(Value::asString);
    }

    private <T> T read(java.util.function.Function<TransactionContext, T> work) {
        try (Session session = driver.session()) {
            return session.executeRead(work::apply);
        } catch (Neo4jException e) {
            throw onFullDisk(e, false, 0);
        }
    }

    private <T> T write(java.util.function.Function<TransactionContext, T> work) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                tx.run(Queries.BUMP_REVISION).consume();
                return work.apply(tx);
            });
        } catch (Neo4jException e) {
            throw onFullDisk(e, true, 0);
        }
    }
}
