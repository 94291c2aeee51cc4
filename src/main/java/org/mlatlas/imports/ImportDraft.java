package org.mlatlas.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.graphdata.Problem;
import org.mlatlas.graphdata.SourceLocation;

/**
 * What a reader found in a source, before matching: proposed nodes (by their proposed ids), relationships
 * between proposed ids (or ids of nodes already in the graph), what it left out, and problems in the data
 * that the import reports but does not refuse (duplicates, dangling references, cycles).
 */
public final class ImportDraft {
    private final String source;
    private final Map<String, Entry> proposals = new LinkedHashMap<>();
    private List<Proposal> all;
    private final List<Relation> relations = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private boolean keepCyclesOut;

    /** An empty draft of the named source (a file or folder, for reports). */
    public ImportDraft(String source) {
        this.source = source;
    }

    /** The file or folder read. */
    public String source() {
        return source;
    }

    /**
     * Proposes a node; a second proposal with the same id is merged into the first (missing fields filled in).
     *
     * @return the proposed id, which relationships use
     */
    public String propose(Proposal proposal) {
        Entry e = proposals.get(proposal.node().id());
        if (e == null) {
            proposals.put(proposal.node().id(), new Entry(proposal));
        } else {
            e.merge(proposal);
        }
        all = null;
        return proposal.node().id();
    }

    /**
     * Puts every proposed node that names no topic area in {@code area} (the import it comes from), so the map
     * shows an import as a region of its own; a node it matches keeps the area it has.
     */
    public void inArea(String area) {
        proposals.replaceAll((id, e) -> {
            Proposal p = e.proposal();
            return p.node().area() != null ? e : new Entry(new Proposal(p.node().withArea(area),
                    p.matching(), p.replace(), p.text(), p.at(), p.optional(), p.hints(), p.parts()));
        });
        all = null;
    }

    /**
     * The proposals of one id: the first one's matching, text, place, hints and parts, and the node merged from all
     * of them ({@link NodeMerge#fill}, folded in time proportional to what each brings: see {@link MergedNode}).
     */
    private static final class Entry {
        private final Proposal first;
        private MergedNode node;
        private boolean optional;
        private Proposal merged;

        Entry(Proposal first) {
            this.first = first;
            this.optional = first.optional();
            this.merged = first;
        }

        void merge(Proposal more) {
            if (node == null) {
                node = new MergedNode(first.node());
            }
            boolean changed = node.fill(more.node(), null, null);
            if (optional && !more.optional()) {
                optional = false;
                changed = true;
            }
            if (changed) {
                merged = null;
            }
        }

        Proposal proposal() {
            if (merged == null) {
                merged = with(node.node());
            }
            return merged;
        }

        Proposal head() {
            return merged != null ? merged : with(node.head());
        }

        private Proposal with(Node n) {
            return new Proposal(n, first.matching(), first.replace(), first.text(), first.at(), optional, first.hints(), first.parts());
        }
    }

    /** Takes in everything another draft found (its proposals merged by id, its relationships, skips and problems). */
    public void absorb(ImportDraft other) {
        other.proposals().forEach(this::propose);
        relations.addAll(other.relations);
        skipped.addAll(other.skipped);
        problems.addAll(other.problems);
        keepCyclesOut |= other.keepCyclesOut;
    }

    /** The proposal with this id, if any. */
    public Proposal proposal(String id) {
        Entry e = proposals.get(id);
        return e == null ? null : e.proposal();
    }

    /**
     * The proposal with this id as merged so far, cheaply: its node's lists and notes may lag behind
     * ({@link MergedNode#head}). For a reader that looks at a proposal's kind, name, matching, text or place while
     * it keeps adding to it.
     */
    Proposal current(String id) {
        Entry e = proposals.get(id);
        return e == null ? null : e.head();
    }

    /** Adds a relationship between proposed ids (or existing ids). */
    public void relate(Relation relation) {
        relations.add(relation);
    }

    /** Records something left out. */
    public void skip(SourceLocation at, String what, String reason) {
        skipped.add(new Skipped(at, what, reason));
    }

    /** Records {@code count} items left out for one reason. */
    public void skip(SourceLocation at, String what, String reason, int count) {
        skipped.add(new Skipped(at, what, reason, count));
    }

    /** Records a problem in the data that the import reports and works around. */
    public void problem(SourceLocation at, String message) {
        problems.add(new Problem(at, message));
    }

    /**
     * Keeps out, and reports, every prerequisite of this source that would close a cycle with the graph's (or the
     * source's own earlier) prerequisites: for curated graphs (Metacademy) whose order must not contradict ours.
     * Without it, cycles are kept and reported (prerequisite pairs from annotators).
     */
    public void keepCyclesOut() {
        keepCyclesOut = true;
    }

    /** True when prerequisites closing a cycle are kept out ({@link #keepCyclesOut()}). */
    public boolean keepsCyclesOut() {
        return keepCyclesOut;
    }

    /** The proposals, in the order first proposed. */
    public List<Proposal> proposals() {
        if (all == null) {
            all = proposals.values().stream().map(Entry::proposal).toList();
        }
        return all;
    }

    /** The relationships, in the order read. */
    public List<Relation> relations() {
        return relations;
    }

    /** What was left out. */
    public List<Skipped> skipped() {
        return skipped;
    }

    /** Problems in the data. */
    public List<Problem> problems() {
        return problems;
    }
}
