package org.mlatlas.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.neo4j.driver.TransactionContext;

/**
 * Writes many nodes and relationships inside one transaction: nodes in UNWIND batches that return their
 * internal ids, then relationships joined by internal id, so no index seek has to merge the transaction's own
 * uncommitted writes (the slow part of a bulk import). Internal ids rather than element ids: a number per end
 * instead of a 40-odd character string to send, keep and parse, which halved the 1M-pair import (see
 * docs/decisions/0003-node-id-index.md). The ids are only used inside the transaction that read or created them.
 */
final class BulkWriter {
    private BulkWriter() {
    }

    /**
     * Creates the nodes, then the relationships (whose ends are new nodes or {@code existing} ones).
     *
     * @param existing internal ids of existing nodes the relationships may join
     * @return the number of relationships written
     */
    static long write(TransactionContext tx, Collection<Node> nodes, Collection<Relation> relations, Map<String, Long> existing) {
        return write(tx, nodes, relations, existing, n -> { });
    }

    /**
     * As {@link #write(TransactionContext, Collection, Collection, Map)}, telling {@code progress} the running
     * count of nodes and relationships written after each batch (starting from {@code done}).
     */
    static long write(TransactionContext tx, Collection<Node> nodes, Collection<Relation> relations,
                      Map<String, Long> existing, java.util.function.LongConsumer progress) {
        long done = 0;
        Map<String, Long> node = new HashMap<>(existing);
        for (NodeKind kind : NodeKind.values()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Node n : nodes) {
                if (n.kind() == kind) {
                    rows.add(NodeMapping.toProperties(n));
                }
            }
            for (List<Map<String, Object>> batch : batches(rows)) {
                tx.run(Queries.createNodes(kind), Map.of("rows", batch))
                        .forEachRemaining(r -> node.put(r.get("id").asString(), r.get("node").asLong()));
                done += batch.size();
                progress.accept(done);
            }
        }
        long written = 0;
        for (RelationKind kind : RelationKind.values()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            List<List<Long>> plain = new ArrayList<>();
            for (Relation r : relations) {
                if (r.kind() != kind) {
                    continue;
                }
                boolean bare = r.note() == null && (r.role() == null || kind != RelationKind.EXPLAINS);
                if (bare && kind != RelationKind.EXPLAINS) {
                    // no properties: a two-number list is much cheaper to send than a map
                    plain.add(List.of(node.get(r.from()), node.get(r.to())));
                } else {
                    Map<String, Object> row = NodeMapping.toRow(r);
                    row.put("a", node.get(r.from()));
                    row.put("b", node.get(r.to()));
                    rows.add(row);
                }
            }
            for (List<List<Long>> batch : batches(plain)) {
                tx.run(Queries.createBareRelationsByNodeId(kind), Map.of("rows", batch)).consume();
                done += batch.size();
                progress.accept(done);
            }
            for (List<Map<String, Object>> batch : batches(rows)) {
                tx.run(Queries.createRelationsByNodeId(kind), Map.of("rows", batch)).consume();
                done += batch.size();
                progress.accept(done);
            }
            written += rows.size() + plain.size();
        }
        return written;
    }

    /** The internal ids of existing nodes, by id (missing ids are absent from the map). */
    static Map<String, Long> nodeIds(TransactionContext tx, List<String> ids) {
        Map<String, Long> node = new HashMap<>();
        for (List<String> batch : batches(ids)) {
            tx.run(Queries.NODE_IDS, Map.of("ids", batch))
                    .forEachRemaining(r -> node.put(r.get("id").asString(), r.get("node").asLong()));
        }
        return node;
    }

    static <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += Neo4jGraphStore.BATCH) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + Neo4jGraphStore.BATCH)));
        }
        return batches;
    }
}
