package org.mlatlas.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

/** The {@link GraphStore} on Neo4j, through the Java driver over Bolt; all Cypher is in {@link Queries}. */
public final class Neo4jGraphStore implements GraphStore {
    /** Neo4j's limit on one transaction's memory (70% of the heap by default), named in its error. */
    private static final String TRANSACTION_MEMORY_SETTING = "dbms.memory.transaction.total.max";

    /** Rows per UNWIND batch when writing many nodes or relationships. */
    static final int BATCH = 20_000;
    /** How many of the nodes an ambiguous name names are read, to list them as suggestions. */
    private static final int AMBIGUOUS_SHOWN = 10;
    /** How many candidates each bounded query for suggestions reads. */
    private static final int CANDIDATES = 50;
    /** Rows (nodes, then relationships) read before a snapshot hands out its first part. */
    static final int FIRST_PART = 2_000;

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
                    } catch (Neo4jException e) {
                        if (!statement.startsWith("DROP")) {
                            throw e;
                        }
                        // what a migration drops may be owned by a constraint already: nothing to do
                    }
                }
                session.run(Queries.AWAIT_INDEXES).consume();
                fillNameKeys(session);
                session.run(Queries.SET_SCHEMA_VERSION, Map.of("version", Queries.SCHEMA_VERSION)).consume();
            }
        }
        return startup.get("empty").asBoolean();
    }

    /** Gives every node its name keys (nodes written before schema 4 have none; writing them again is harmless). */
    private static void fillNameKeys(Session session) {
        List<Map<String, Object>> rows = session.executeRead(tx -> tx.run(Queries.NODE_NAMES).list(r -> {
            Node node = Node.builder(r.get("id").asString(), NodeKind.CONCEPT, r.get("name").asString(r.get("id").asString()))
                    .aliases(r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(Value::asString))
                    .arxiv(r.get("arxiv").isNull() ? null : r.get("arxiv").asString()).build();
            return Map.<String, Object>of("id", node.id(), "keys", NodeMapping.nameKeys(node));
        }));
        session.executeWrite(tx -> {
            for (List<Map<String, Object>> batch : BulkWriter.batches(rows)) {
                tx.run(Queries.SET_NAME_KEYS, Map.of("rows", batch)).consume();
            }
            return null;
        });
    }

    @Override
    public AtlasGraph snapshot() {
        return snapshot(part -> { });
    }

    @Override
    public AtlasGraph snapshot(Consumer<AtlasGraph> parts) {
        return read(tx -> {
            List<Node> nodes = new ArrayList<>();
            List<Relation> relations = new ArrayList<>();
            long nextPart = FIRST_PART;
            for (Result rows = tx.run(Queries.ALL_NODES); rows.hasNext(); ) {
                Record r = rows.next();
                nodes.add(NodeMapping.toNode(labels(r.get("labels")), r.get("p")));
                if (nodes.size() == nextPart) {
                    parts.accept(new AtlasGraph(nodes, relations));
                    nextPart *= 4;
                }
            }
            for (Result rows = tx.run(Queries.ALL_RELATIONS); rows.hasNext(); ) {
                relations.add(NodeMapping.toRelation(rows.next()));
                if (nodes.size() + relations.size() == nextPart) {
                    parts.accept(new AtlasGraph(nodes, relations));
                    nextPart *= 4;
                }
            }
            return new AtlasGraph(nodes, relations);
        });
    }

    @Override
    public List<Node> resolve(List<String> names) {
        return read(tx -> resolve(tx, names));
    }

    @Override
    public PlanScope planScope(String target, Collection<String> known) {
        List<String> names = new ArrayList<>();
        names.add(target);
        names.addAll(known);
        return read(tx -> {
            List<Node> resolved = resolve(tx, names);
            List<Node> knownNodes = resolved.subList(1, resolved.size());
            List<String> roots = resolved.stream().map(Node::id).toList();
            AtlasGraph graph = planScope(tx, roots, List.of(roots.get(0)), List.of());
            return new PlanScope(resolved.get(0), List.copyOf(knownNodes), graph);
        });
    }

    @Override
    public AtlasGraph milestoneScope(Collection<String> ids) {
        return read(tx -> planScope(tx, List.of(), List.of(), List.copyOf(ids)));
    }

    /**
     * The closure of the roots, of the concepts the {@code readFor} works explain and of every milestone, with readings,
     * and the nodes with the known ids (PLAN_SCOPE).
     */
    private static AtlasGraph planScope(TransactionContext tx, List<String> roots, List<String> readFor, List<String> known) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Relation> relations = new ArrayList<>();
        for (Record row : tx.run(Queries.PLAN_SCOPE, Map.of("roots", roots, "readFor", readFor, "known", known)).list()) {
            Node node = NodeMapping.toNode(labels(row.get("labels")), row.get("p"));
            nodes.putIfAbsent(node.id(), node);
            for (Value prerequisite : row.get("prerequisites").values()) {
                relations.add(NodeMapping.toRelation(prerequisite.get("from").asString(), RelationKind.PREREQUISITE,
                        node.id(), prerequisite));
            }
            for (Value explains : row.get("readings").values()) {
                Node reading = NodeMapping.toNode(labels(explains.get("labels")), explains.get("p"));
                nodes.putIfAbsent(reading.id(), reading);
                relations.add(NodeMapping.toRelation(reading.id(), RelationKind.EXPLAINS, node.id(), explains));
            }
        }
        return new AtlasGraph(nodes.values(), relations);
    }

    /**
     * The nodes the names name, in order (one query: an id-index seek, else a name-key text-index scan, per name).
     *
     * @throws UnknownIdException for the first name that names no node or several, with suggestions
     */
    private static List<Node> resolve(TransactionContext tx, List<String> names) {
        List<Map<String, Object>> wanted = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            wanted.add(Map.of("index", i, "text", names.get(i), "key", NodeMapping.nameKey(names.get(i))));
        }
        List<List<Node>> found = new ArrayList<>(java.util.Collections.nCopies(names.size(), List.of()));
        for (Record r : tx.run(Queries.RESOLVE, Map.of("wanted", wanted, "most", AMBIGUOUS_SHOWN)).list()) {
            found.set(r.get("index").asInt(), r.get("nodes").asList(v -> NodeMapping.toNode(labels(v.get("labels")), v.get("p"))));
        }
        for (int i = 0; i < names.size(); i++) {
            if (found.get(i).size() != 1) {
                throw new UnknownIdException(names.get(i), didYouMean(tx, names.get(i), found.get(i)));
            }
        }
        return found.stream().map(nodes -> nodes.get(0)).toList();
    }

    /**
     * One attempt, without the driver's retries of a managed transaction (up to 30 s): the explorer polls this every
     * few seconds and must notice a lost database at the next poll, not half a minute later; the poll is its retry.
     */
    @Override
    public long revision() {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.run(Queries.REVISION).single().get("revision").asLong();
        } catch (Neo4jException e) {
            throw explained(e, false, 0);
        }
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
                return withinMemoryLimit(() -> addChecked(tx, change.created(), change.updated(), change.linked(), progress), true);
            });
        } catch (Neo4jException e) {
            throw explained(e, true, DiskSpace.estimate(nodes, change.linked()));
        }
    }

    /** Refuses a write that would not fit on the store's disk (nothing to check for a server's disk). */
    private void requireRoomFor(Collection<Node> nodes, Collection<Relation> relations) {
        if (space != null) {
            space.requireRoomFor(nodes, relations);
        }
    }

    /** The failure as one sentence when the disk or the DBMS's memory limit is why it failed, else itself. */
    private RuntimeException explained(Neo4jException failure, boolean write, long needed) {
        StoreException full = space == null ? null : space.explainFailure(failure, write, needed);
        if (full != null) {
            return full;
        }
        StoreException memory = overMemoryLimit(failure, write);
        return memory != null ? memory : failure;
    }

    /**
     * One sentence when a transaction outgrew the DBMS's memory limit for transactions, else null. Thrown inside a
     * transaction function, it ends the transaction at once: the driver retries a transient error for 30 s, and this
     * one would fail again each time.
     */
    private static StoreException overMemoryLimit(Neo4jException failure, boolean write) {
        String message = String.valueOf(failure.getMessage());
        if (!message.contains(TRANSACTION_MEMORY_SETTING)) {
            return null;
        }
        Matcher limit = Pattern.compile("limit ([0-9.]+ [KMG]iB)").matcher(message);
        return new StoreException("this " + (write ? "write" : "read") + " needs more memory than the DBMS gives one"
                + " transaction" + (limit.find() ? " (" + limit.group(1) + ", " : " (") + TRANSACTION_MEMORY_SETTING
                + ")" + (write ? ", so nothing was written" : "") + "; stop the atlas daemon (atlas daemon stop) and run"
                + " it again with a bigger ATLAS_DAEMON_MAX_HEAP (e.g. 4g), or raise that setting on your Neo4j server", failure);
    }

    /** Runs {@code work}, failing at once (no retries) when it outgrows the transaction memory limit. */
    private static <T> T withinMemoryLimit(java.util.function.Supplier<T> work, boolean write) {
        try {
            return work.get();
        } catch (Neo4jException e) {
            StoreException memory = overMemoryLimit(e, write);
            throw memory != null ? memory : e;
        }
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
                throw new UnknownIdException(id, didYouMean(tx, id, List.of()));
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
                    throw new UnknownIdException(id, didYouMean(tx, id, List.of()));
                }
            }
            link(tx, relation, kinds);
            return null;
        });
    }

    @Override
    public Relation linkNamed(Relation named) {
        return write(tx -> {
            List<Node> ends = resolve(tx, List.of(named.from(), named.to()));
            Relation relation = named.withEnds(ends.get(0).id(), ends.get(1).id());
            Map<String, NodeKind> kinds = new HashMap<>();
            ends.forEach(n -> kinds.put(n.id(), n.kind()));
            link(tx, relation, kinds);
            return relation;
        });
    }

    /** Checks kinds, duplicates and cycles, then writes the relation; its ends exist, with these kinds. */
    private static void link(TransactionContext tx, Relation relation, Map<String, NodeKind> kinds) {
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
        } else if (relation.from().equals(relation.to())) {
            throw new RefusedEditException("cannot link " + relation.from() + " " + kind + " " + relation.to()
                    + ": a node cannot relate to itself");
        }
        tx.run(Queries.createRelations(kind), Map.of("rows", List.of(NodeMapping.toRow(relation)))).consume();
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
    public Relation unlink(String from, RelationKind kind, String to) {
        return write(tx -> {
            List<Node> ends = resolve(tx, List.of(from, to));
            Relation relation = Relation.of(ends.get(0).id(), kind, ends.get(1).id());
            Map<String, Object> params = Map.of("from", relation.from(), "to", relation.to());
            if (tx.run(Queries.deleteRelation(kind), params).single().get("count").asLong() == 0) {
                throw new RefusedEditException("there is no " + relation.from() + " " + kind + " " + relation.to() + " to remove");
            }
            return relation;
        });
    }

    @Override
    public List<String> markKnown(Collection<String> names, boolean known, boolean withPrerequisites) {
        return write(tx -> {
            Set<String> ids = new LinkedHashSet<>();
            resolve(tx, List.copyOf(names)).forEach(n -> ids.add(n.id()));
            if (withPrerequisites) {
                ids.addAll(tx.run(Queries.ANCESTORS, Map.of("ids", List.copyOf(ids))).list(r -> r.get("id").asString()));
            }
            tx.run(Queries.SET_KNOWN, Map.of("ids", List.copyOf(ids), "known", known)).consume();
            return List.copyOf(ids);
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
                throw new UnknownIdException(id, didYouMean(tx, id, List.of()));
            }
            Node node = NodeMapping.toNode(labels(rows.get(0).get("labels")), rows.get(0).get("p"));
            tx.run(Queries.UPDATE_SEARCH_TEXT, Map.of("id", id, "text", NodeMapping.searchText(node))).consume();
            return null;
        });
    }

    @Override
    public List<Node> search(String text, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a search lists at least 1 result; " + limit + " is no limit for it");
        }
        LuceneQuery.check(text);
        return search(LuceneQuery.forText(text), text, limit);
    }

    /**
     * The first of the full-text queries that finds something, each run in a transaction of its own (a query
     * Lucene refuses ends the transaction it ran in); when none does, the nodes closest to the text by name.
     */
    List<Node> search(List<String> queries, String text, int limit) {
        for (String query : queries) {
            List<Node> hits;
            try {
                hits = read(tx -> tx.run(Queries.SEARCH, Map.of("query", query, "limit", limit))
                        .list(r -> NodeMapping.toNode(labels(r.get("labels")), r.get("p"))));
            } catch (ClientException e) {
                continue; // a query Lucene cannot run: try the next, looser form
            }
            if (!hits.isEmpty()) {
                return hits;
            }
        }
        return read(tx -> new NameMatcher(candidates(tx, text, List.of())).suggest(text, limit));
    }

    @Override
    public Optional<Neighbourhood> neighbourhood(String id) {
        return read(tx -> neighbourhood(tx, id));
    }

    @Override
    public Neighbourhood neighbourhoodNamed(String name) {
        return read(tx -> neighbourhood(tx, resolve(tx, List.of(name)).get(0).id()).orElseThrow());
    }

    private static Optional<Neighbourhood> neighbourhood(TransactionContext tx, String id) {
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
            Relation relation = NodeMapping.toRelation(outgoing ? node.id() : other.id(), kind,
                    outgoing ? other.id() : node.id(), link);
            links.add(new Neighbourhood.Link(relation, outgoing, other));
        }
        return Optional.of(new Neighbourhood(node, links));
    }

    private static Map<String, NodeKind> kinds(TransactionContext tx, List<String> ids) {
        Map<String, NodeKind> kinds = new HashMap<>();
        for (Record r : tx.run(Queries.NODE_KINDS, Map.of("ids", ids)).list()) {
            labels(r.get("labels")).stream().map(NodeKind::parse).flatMap(Optional::stream).findFirst()
                    .ifPresent(kind -> kinds.put(r.get("id").asString(), kind));
        }
        return kinds;
    }

    /**
     * "did you mean ..." for a name that names no node (or the several in {@code named}), from a bounded set of
     * candidates, or an empty string.
     */
    private static String didYouMean(TransactionContext tx, String name, List<Node> named) {
        return new NameMatcher(candidates(tx, name, named)).didYouMean(name);
    }

    /**
     * Nodes a text may have meant, at most about a hundred: those given, those one of whose name keys contains
     * the text's key, and the full-text index's best matches for its first words (typos tolerated).
     */
    private static List<Node> candidates(TransactionContext tx, String text, List<Node> given) {
        Map<String, Node> candidates = new LinkedHashMap<>();
        given.forEach(n -> candidates.put(n.id(), n));
        String key = NameMatcher.key(text);
        if (!key.isBlank()) {
            tx.run(Queries.NAME_KEYS_CONTAINING, Map.of("part", key, "limit", CANDIDATES))
                    .list(r -> NodeMapping.toNode(labels(r.get("labels")), r.get("p"))).forEach(n -> candidates.putIfAbsent(n.id(), n));
        }
        for (String query : LuceneQuery.forSuggestions(text)) {
            tx.run(Queries.SEARCH, Map.of("query", query, "limit", CANDIDATES))
                    .list(r -> NodeMapping.toNode(labels(r.get("labels")), r.get("p"))).forEach(n -> candidates.putIfAbsent(n.id(), n));
        }
        return List.copyOf(candidates.values());
    }

    private static List<String> labels(Value value) {
        return value.asList(Value::asString);
    }

    private <T> T read(java.util.function.Function<TransactionContext, T> work) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> withinMemoryLimit(() -> work.apply(tx), false));
        } catch (Neo4jException e) {
            throw explained(e, false, 0);
        }
    }

    private <T> T write(java.util.function.Function<TransactionContext, T> work) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                tx.run(Queries.BUMP_REVISION).consume();
                return withinMemoryLimit(() -> work.apply(tx), true);
            });
        } catch (Neo4jException e) {
            throw explained(e, true, 0);
        }
    }
}
