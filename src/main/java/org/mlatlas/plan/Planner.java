package org.mlatlas.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.UnknownIdException;

/**
 * Answers "what should I read before X?" on a {@link PrerequisiteGraph}.
 *
 * <p>The steps are the target's prerequisite ancestors that the user does not know, in an order where every
 * prerequisite comes before what needs it. The order is a depth-first post-order from the target: each
 * branch is finished before the next begins, so a chain of ideas is read together; among the prerequisites of
 * one node, the deeper branch (the longer chain of prerequisites below it) comes first, then the smaller id. Two
 * moves then change it, and the order stays one where every prerequisite comes first (and the target stays last): a
 * step whose reading an earlier step already read moves up to just after that step (or after its last prerequisite,
 * when that comes later); and before a step that reads a numbered part of a work, a step free to go there (with the few
 * prerequisites it still lacks) that reads an earlier part of the same work goes first (ch. 5 before ch. 6). When a
 * later step's part of a paper holds its §1 and cannot go first, the step that opens the paper reads that
 * introduction first ({@code introductionFirst}).
 *
 * <p>Known nodes are left out, and so is every node whose every path to the target runs through a known node. A
 * known milestone (marked known, or named for the query) means its whole prerequisite closure is known, wherever it
 * is in the graph; so does a node named known for the query ({@link Query#known}), unless named only by itself
 * ({@link Query#knownOnly}). A prerequisite cycle (possible in imported data) never hangs the planner: the edge that
 * closes it is cut and the cycle is reported in {@link Plan#cycles()}.
 *
 * <p>A paper or resource target is read for the concepts it introduces (else those it explains): the plan is their
 * prerequisites, then those concepts, each reading this paper (its part, when the edge names one), then the paper
 * itself, whose step reads what is left of it.
 *
 * <p>Each step starts with one reading, which times it (the README's "How a plan is made"): the concept's curated
 * {@code firstReading}; else a reading an earlier step already read that explains or introduced this concept (it
 * costs nothing more); else the best in {@link PrerequisiteGraph}'s rank (a learner's explainer, then the
 * introducing paper, then a reading that covers it; timed before untimed, shorter first). What earlier steps read
 * decides the step's time ({@link ReadSoFar}): nothing when they read all of it ({@link StepTime#sharedWith}), the
 * rest when they read some of it ({@link StepTime#rest}), else the reading's (part) minutes, or an
 * {@linkplain #estimate estimate} when no time is known for what the step needs. The target is the exception to
 * sharing: it gets a reading not read earlier in the plan when one is left ({@link #unreadFor}), and the shared one
 * stays listed as already read.
 */
public final class Planner {
    /** How many readings a step lists, besides an introducing paper that comes later in rank. */
    public static final int READINGS_PER_STEP = 3;
    /** Estimated minutes for a paper or resource without a time. */
    static final int PAPER_ESTIMATE = 60;
    /**
     * Estimated minutes for a concept at level 0-1 without a timed reading. The three level estimates are the
     * medians of the timed first readings of the shipped graph's concepts at those levels (75, 75-90 and 50-75 min
     * measured on the 296-concept graph).
     */
    static final int FOUNDATION_ESTIMATE = 75;
    /** Estimated minutes for a concept at level 2-6 without a timed reading. */
    static final int MIDDLE_ESTIMATE = 80;
    /** Estimated minutes for a deeper concept (level 7 and up) without a timed reading. */
    static final int DEEP_ESTIMATE = 60;
    /** A step's {@code neededFor} chain keeps at most this many links before the target. */
    public static final int MAX_CHAIN = 8;
    /**
     * The most prerequisites not yet placed that a step may bring along when it moves up before a later part of the
     * same work (ch. 5's one missing prerequisite comes with it before ch. 6).
     */
    private static final int MOST_PULLED = 3;
    /**
     * A paper or resource that introduced an idea and appeared before this year is a historical source (Kullback and
     * Leibler 1951, Metropolis et al. 1953, Hochreiter and Schmidhuber 1997): it founded the idea in the notation and
     * framing of its time, and the textbooks and tutorials that came after teach it better. It is never a target's
     * fallback reading ({@link Run#unreadFor}); it stays listed as the original paper. A later introducing paper (DPO,
     * LoRA, Christiano et al. 2017) is still how the field reads the idea, and stays the fallback it was.
     */
    static final int HISTORICAL_BEFORE = 2000;
    /** A survey, review or primer: a target's last choice among explainers. */
    private static final Pattern SURVEY = Pattern.compile("\\b(survey|review|primer)\\b", Pattern.CASE_INSENSITIVE);

    private final PrerequisiteGraph graph;

    /** A planner over one graph snapshot. */
    public Planner(PrerequisiteGraph graph) {
        this.graph = graph;
    }

    /**
     * What to plan.
     *
     * @param target      id of the target node
     * @param known       ids to treat as known for this query only, besides the nodes marked known, each with its whole
     *                    prerequisite closure ("I know PPO" is knowing what PPO stands on)
     * @param knownOnly   ids to treat as known for this query only, by themselves (a milestone still stands for its
     *                    closure)
     * @param readingList also choose the smallest-time set of readings covering the steps
     */
    public record Query(String target, Set<String> known, Set<String> knownOnly, boolean readingList) {
        public Query {
            Objects.requireNonNull(target, "target");
            known = Set.copyOf(known);
            knownOnly = Set.copyOf(knownOnly);
        }

        /** Plans {@code target} with nothing more known than the graph marks and no reading list. */
        public static Query of(String target) {
            return new Query(target, Set.of(), Set.of(), false);
        }

        /** A copy that knows these ids, each with its prerequisites. */
        public Query withKnown(Collection<String> ids) {
            return new Query(target, Set.copyOf(ids), knownOnly, readingList);
        }

        /** A copy that knows these ids by themselves. */
        public Query withKnownOnly(Collection<String> ids) {
            return new Query(target, known, Set.copyOf(ids), readingList);
        }

        /** A copy that does (or does not) choose a reading list. */
        public Query withReadingList(boolean value) {
            return new Query(target, known, knownOnly, value);
        }
    }

    /**
     * Plans the reading before {@code targetId}, each of {@code extraKnown} known with its prerequisites.
     *
     * @see #plan(Query)
     */
    public Plan plan(String targetId, Set<String> extraKnown, boolean readingList) {
        return plan(Query.of(targetId).withKnown(extraKnown).withReadingList(readingList));
    }

    /**
     * Plans the reading before the query's target.
     *
     * @throws UnknownIdException when no node has the target's id (the message suggests close ids)
     */
    public Plan plan(Query query) {
        Node target = graph.source().node(query.target()).orElseThrow(() -> new UnknownIdException(query.target(),
                new NameMatcher(graph.source().nodes()).didYouMean(query.target())));
        return new Run(target, new Knowledge(query)).plan(query.readingList());
    }

    /**
     * The time a step takes when no timed reading gives it: the concept's own estimate when it has one (an
     * imported time, such as Metacademy's), else by kind and level: a paper or resource without a time
     * {@value #PAPER_ESTIMATE} min; a concept at level 0-1 (a foundation) {@value #FOUNDATION_ESTIMATE} min, at level
     * 2-6 (textbook material) {@value #MIDDLE_ESTIMATE} min, deeper (one method, usually one paper)
     * {@value #DEEP_ESTIMATE} min. The level is the longest prerequisite chain below the concept in the whole graph.
     */
    static int estimate(Node node, int level) {
        if (node.minutes() != null && node.minutes() > 0) {
            return node.minutes();
        }
        if (node.kind().isReading()) {
            return PAPER_ESTIMATE;
        }
        return level <= 1 ? FOUNDATION_ESTIMATE : level <= 6 ? MIDDLE_ESTIMATE : DEEP_ESTIMATE;
    }

    private Node node(String id) {
        return graph.source().node(id).orElseThrow();
    }

    /**
     * What the user knows for one query: nodes marked known, the query's ids, known milestones' closures, and the
     * closures of the ids the query names known with their prerequisites.
     */
    private final class Knowledge {
        private final Set<String> named = new HashSet<>();
        private final Set<String> knownMilestones = new HashSet<>();
        private final Map<String, Set<String>> closures = new HashMap<>();
        private final Map<String, String> through = new HashMap<>();

        Knowledge(Query query) {
            named.addAll(query.known());
            named.addAll(query.knownOnly());
            for (String m : graph.milestones()) {
                if (knowsItself(node(m))) {
                    knownMilestones.add(m);
                }
            }
            for (String id : new TreeSet<>(query.known())) {
                if (graph.source().contains(id) && !node(id).milestone()) {
                    Set<String> closure = graph.ancestorsOf(List.of(id));
                    closures.put(id, closure);
                    closure.forEach(a -> through.putIfAbsent(a, id));
                }
            }
        }

        boolean knowsItself(Node node) {
            return node.known() || named.contains(node.id());
        }

        boolean isKnownMilestone(String id) {
            return knownMilestones.contains(id);
        }

        /** The closure a known node stands for (a known milestone's, or a query id's known with prerequisites); else null. */
        Set<String> closureOf(String id) {
            return knownMilestones.contains(id) ? graph.closureOf(id) : closures.get(id);
        }

        /**
         * The node itself when known, else a known milestone that stands on it, else a node the query knows with its
         * prerequisites that stands on it; null when the node is not known.
         */
        String knownAs(Node node) {
            if (knowsItself(node)) {
                return node.id();
            }
            if (!knownMilestones.isEmpty()) {
                for (String m : graph.milestonesAboveArray(node.id())) {
                    if (knownMilestones.contains(m)) {
                        return m;
                    }
                }
            }
            return through.get(node.id());
        }
    }

    /** One plan in the making: the target, what is known, and the steps placed so far. */
    private final class Run {
        private final Node target;
        private final Knowledge knowledge;
        private final Optional<Plan.PaperConcepts> paper;
        /** The concepts a paper target is read for (the planned {@link #paper} concepts), by id. */
        private final String[] aims;
        private final String[] targetPrerequisites;
        private final Set<String> relevant = new HashSet<>();
        private final Set<String> knownHit = new TreeSet<>();
        private final List<String> cycles = new ArrayList<>();
        private final Map<String, String[]> children = new HashMap<>();
        private Map<String, Integer> height;
        private Comparator<String> deeperFirst;
        private ReadSoFar read;
        /** While the steps are placed: each work's candidate steps, each step's place in the order, the steps placed. */
        private Map<String, List<Candidate>> byWork;
        private Map<String, Integer> position;
        private Set<String> placed;

        Run(Node target, Knowledge knowledge) {
            this.target = target;
            this.knowledge = knowledge;
            this.paper = paperConcepts();
            this.aims = paper.filter(Plan.PaperConcepts::planned)
                    .map(p -> p.concepts().stream().map(Node::id).toArray(String[]::new)).orElse(new String[0]);
            String[] own = graph.prerequisitesOf(target.id());
            Set<String> all = new TreeSet<>(Arrays.asList(own));
            all.addAll(Arrays.asList(aims));
            this.targetPrerequisites = all.size() == own.length ? own : all.toArray(new String[0]);
        }

        Plan plan(boolean readingList) {
            String knownAs = knowledge.knownAs(target);
            if (knownAs != null) {
                return Plan.builder(target, Plan.Outcome.ALREADY_KNOWN)
                        .known(List.of(node(knownAs)), knownAs.equals(target.id()) ? Map.of() : Map.of(knownAs, List.of(target.id())))
                        .paper(paper).build();
            }
            relevantAncestors();
            height = heights();
            deeperFirst = Comparator.comparingInt((String id) -> -height.getOrDefault(id, 0)).thenComparing(Comparator.naturalOrder());
            List<String> order = postOrder();
            Map<String, String> towardTarget = chainsToTarget();
            List<PlanStep> steps = place(order, towardTarget);
            Plan.Outcome outcome = steps.size() == 1 ? Plan.Outcome.NOTHING_BEFORE : Plan.Outcome.PLANNED;
            return Plan.builder(target, outcome)
                    .known(knownHit.stream().map(Planner.this::node).toList(), knownByClosure())
                    .steps(steps)
                    .cycles(cycles)
                    .readingList(readingList ? Optional.of(ReadingListCover.cover(steps, graph)) : Optional.empty())
                    .shortcuts(outcome == Plan.Outcome.PLANNED && knownHit.isEmpty() ? shortcuts() : List.of())
                    .paper(paper)
                    .build();
        }

        /** For a paper or resource target: the concepts it introduces, else explains, else covers; else empty. */
        private Optional<Plan.PaperConcepts> paperConcepts() {
            if (!target.kind().isReading()) {
                return Optional.empty();
            }
            for (ReadingRole role : List.of(ReadingRole.INTRODUCES, ReadingRole.EXPLAINER, ReadingRole.COVERS)) {
                List<String> ids = graph.explainedBy(target.id(), role);
                if (!ids.isEmpty()) {
                    return Optional.of(new Plan.PaperConcepts(role, ids.stream().map(Planner.this::node).toList()));
                }
            }
            return Optional.empty();
        }

        /** The direct prerequisites of a node; for a paper target, also the concepts it is read for. */
        private String[] prerequisites(String id) {
            return id.equals(target.id()) ? targetPrerequisites : graph.prerequisitesOf(id);
        }

        /** The direct prerequisites of a node that are steps of the plan (the relevant ones), computed once per node. */
        private String[] children(String id) {
            String[] cached = children.get(id);
            if (cached == null) {
                cached = relevantOf(prerequisites(id));
                children.put(id, cached);
            }
            return cached;
        }

        private String[] relevantOf(String[] all) {
            int n = 0;
            String[] kept = new String[all.length];
            for (String p : all) {
                if (relevant.contains(p)) {
                    kept[n++] = p;
                }
            }
            return n == all.length ? all : Arrays.copyOf(kept, n);
        }

        /** Ancestors reachable from the target without passing through a known node; records what known node cut each. */
        private void relevantAncestors() {
            Deque<String> stack = new ArrayDeque<>();
            stack.push(target.id());
            while (!stack.isEmpty()) {
                for (String p : prerequisites(stack.pop())) {
                    if (p.equals(target.id()) || relevant.contains(p)) {
                        continue;
                    }
                    String knownAs = knowledge.knownAs(node(p));
                    if (knownAs != null) {
                        knownHit.add(knownAs);
                    } else {
                        relevant.add(p);
                        stack.push(p);
                    }
                }
            }
        }

        /**
         * For each known node that stands for a closure and cut the plan, the target's prerequisites (at any depth) in
         * that closure that are not known by themselves.
         */
        private Map<String, List<String>> knownByClosure() {
            Map<String, List<String>> byClosure = new LinkedHashMap<>();
            if (knownHit.isEmpty()) {
                return byClosure;
            }
            List<String> roots = new ArrayList<>(Arrays.asList(targetPrerequisites));
            roots.add(target.id());
            Set<String> ancestors = graph.ancestorsOf(roots);
            ancestors.addAll(Arrays.asList(targetPrerequisites));
            for (String known : knownHit) {
                Set<String> closure = knowledge.closureOf(known);
                if (closure == null) {
                    continue;
                }
                List<String> ids = ancestors.stream()
                        .filter(id -> closure.contains(id) && !knowledge.knowsItself(node(id))).sorted().toList();
                if (!ids.isEmpty()) {
                    byClosure.put(known, ids);
                }
            }
            return byClosure;
        }

        /** Longest prerequisite chain below each relevant node; records each cycle met (edges closing one count 0). */
        private Map<String, Integer> heights() {
            Map<String, Integer> heights = new HashMap<>();
            Set<String> onStack = new LinkedHashSet<>();
            Deque<Frame> stack = new ArrayDeque<>();
            stack.push(new Frame(target.id(), children(target.id())));
            onStack.add(target.id());
            Set<String> reported = new HashSet<>();
            while (!stack.isEmpty()) {
                Frame f = stack.peek();
                if (f.next < f.children.length) {
                    String c = f.children[f.next++];
                    if (onStack.contains(c)) {
                        String cycle = spellCycle(onStack, c);
                        if (reported.add(cycle)) {
                            cycles.add(cycle);
                        }
                    } else if (!heights.containsKey(c)) {
                        onStack.add(c);
                        stack.push(new Frame(c, children(c)));
                    }
                    continue;
                }
                int h = 0;
                for (String c : f.children) {
                    Integer hc = heights.get(c);
                    if (hc != null) {
                        h = Math.max(h, hc + 1);
                    }
                }
                heights.put(f.id, h);
                onStack.remove(f.id);
                stack.pop();
            }
            return heights;
        }

        /** Depth-first post-order from the target; deeper branches first, then by id. */
        private List<String> postOrder() {
            List<String> order = new ArrayList<>(relevant.size() + 1);
            Set<String> visited = new HashSet<>();
            Deque<Frame> stack = new ArrayDeque<>();
            visited.add(target.id());
            stack.push(new Frame(target.id(), sorted(children(target.id()), deeperFirst)));
            while (!stack.isEmpty()) {
                Frame f = stack.peek();
                if (f.next < f.children.length) {
                    String c = f.children[f.next++];
                    if (visited.add(c)) {
                        stack.push(new Frame(c, sorted(children(c), deeperFirst)));
                    }
                    continue;
                }
                order.add(f.id);
                stack.pop();
            }
            return order;
        }

        /**
         * The steps: the post-order, with the two moves of the class comment, each step built (and its reading
         * recorded) as it is placed, so that the moves see what is read.
         */
        private List<PlanStep> place(List<String> order, Map<String, String> towardTarget) {
            read = new ReadSoFar(graph);
            position = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                position.put(order.get(i), i);
            }
            byWork = candidatesByWork(order);
            List<PlanStep> steps = new ArrayList<>(order.size());
            placed = new HashSet<>();
            Set<String> expanding = new HashSet<>();
            Set<String> pulled = new HashSet<>();
            Deque<String> next = new ArrayDeque<>();
            for (String id : order) {
                if (placed.contains(id)) {
                    continue;
                }
                next.push(id);
                while (!next.isEmpty()) {
                    String u = next.peek();
                    if (placed.contains(u)) {
                        next.pop();
                        continue;
                    }
                    String need = unplacedChild(u, placed, expanding);
                    if (need != null) {
                        expanding.add(u);
                        next.push(need);
                        continue;
                    }
                    // one earlier part at a time: what it brings along is placed in the usual order
                    String earlier = u.equals(target.id()) || !pulled.isEmpty() ? null : earlierPart(u, byWork, placed);
                    if (earlier != null) {
                        pulled.add(earlier);
                        next.push(earlier);
                        continue;
                    }
                    next.pop();
                    expanding.remove(u);
                    pulled.remove(u);
                    PlanStep step = step(node(u), chain(u, towardTarget), steps.size() + 1);
                    steps.add(step);
                    placed.add(u);
                    movedUpAfter(u, step, byWork, placed, position).forEach(next::push);
                }
            }
            return steps;
        }

        /** A prerequisite of {@code id} not placed yet (deeper first), skipping one waiting for its own (a cycle); or null. */
        private String unplacedChild(String id, Set<String> placed, Set<String> expanding) {
            String[] children = children(id);
            boolean any = false;
            for (String c : children) {
                any |= !placed.contains(c) && !expanding.contains(c);
            }
            if (!any) {
                return null;
            }
            for (String c : sorted(children, deeperFirst)) {
                if (!placed.contains(c) && !expanding.contains(c)) {
                    return c;
                }
            }
            return null;
        }

        private boolean ready(String id, Set<String> placed) {
            for (String p : children(id)) {
                if (!placed.contains(p)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The steps to place right after {@code u}, the first on top: those not placed, all of whose prerequisites are,
         * whose first reading is now already read (a reading of the same work as {@code u}'s, or {@code u} was their
         * last prerequisite), in the order's order. Never the target.
         */
        private List<String> movedUpAfter(String u, PlanStep step, Map<String, List<Candidate>> byWork, Set<String> placed,
                                          Map<String, Integer> position) {
            Set<String> candidates = new HashSet<>();
            step.firstReading().ifPresent(r -> byWork.getOrDefault(r.id(), List.of()).forEach(c -> candidates.add(c.id)));
            for (String d : graph.dependentsOf(u)) {
                if (relevant.contains(d)) {
                    candidates.add(d);
                }
            }
            candidates.remove(target.id());
            List<String> moved = new ArrayList<>();
            for (String v : candidates) {
                if (placed.contains(v) || !ready(v, placed)) {
                    continue;
                }
                Node n = node(v);
                List<Reading> all = graph.readingsOf(n);
                if (!all.isEmpty() && read.seen(firstReading(n, all), n).isRead()) {
                    moved.add(v);
                }
            }
            moved.sort(Comparator.comparingInt((String v) -> position.get(v)).reversed());
            return moved;
        }

        /**
         * A step free to go before {@code u} (not placed, not the target, {@linkplain #free free}) whose first reading is
         * an earlier numbered part of the work whose part {@code u} reads first (the earliest such); or null. Only
         * steps whose first reading is not yet read count.
         */
        private String earlierPart(String u, Map<String, List<Candidate>> byWork, Set<String> placed) {
            Node n = node(u);
            List<Reading> all = graph.readingsOf(n);
            if (all.isEmpty()) {
                return null;
            }
            Reading mine = firstReading(n, all);
            PartSet sections = graph.sections(mine.part()).orElse(null);
            List<Candidate> sameWork = byWork.get(mine.id());
            if (sections == null || sameWork == null || sameWork.size() < 2 || read.seen(mine, n).isRead()) {
                return null;
            }
            String best = null;
            PartSet bestSections = sections;
            for (Candidate c : sameWork) {
                if (c.id.equals(u) || placed.contains(c.id) || !c.reading.id().equals(mine.id())) {
                    continue;
                }
                PartSet other = graph.sections(c.reading.part()).orElse(null);
                if (other == null || !other.sameNumbering(bestSections) || PartSet.IN_ORDER.compare(other, bestSections) >= 0
                        || !free(c.id, u, placed)) {
                    continue;
                }
                Node v = node(c.id);
                Reading first = firstReading(v, graph.readingsOf(v));
                if (first.equals(c.reading) && !read.seen(first, v).isRead()) {
                    best = c.id;
                    bestSections = other;
                }
            }
            return best;
        }

        /**
         * True when step {@code v} can be placed before {@code u}: it does not need {@code u}, and at most
         * {@link #MOST_PULLED} of its prerequisites (at any depth) are not placed yet (they go first).
         */
        private boolean free(String v, String u, Set<String> placed) {
            Set<String> waiting = new HashSet<>();
            Deque<String> stack = new ArrayDeque<>();
            stack.push(v);
            while (!stack.isEmpty()) {
                for (String p : children(stack.pop())) {
                    if (p.equals(u)) {
                        return false;
                    }
                    if (!placed.contains(p) && waiting.add(p)) {
                        if (waiting.size() > MOST_PULLED) {
                            return false;
                        }
                        stack.push(p);
                    }
                }
            }
            return true;
        }

        /**
         * For each work, the relevant steps (not the target) with a reading of it that could be their first: the
         * reading forced by a paper target, the curated {@code firstReading}, the best, or one that explains or
         * introduced the concept (which the step starts with once an earlier step read it).
         */
        private Map<String, List<Candidate>> candidatesByWork(List<String> order) {
            Map<String, List<Candidate>> byWork = new HashMap<>();
            for (String id : order) {
                if (id.equals(target.id())) {
                    continue;
                }
                Node n = node(id);
                List<Reading> all = graph.readingsOf(n);
                if (all.isEmpty()) {
                    continue;
                }
                Reading forced = forced(n, all);
                boolean curated = all.get(0).id().equals(n.firstReading());
                for (Reading r : all) {
                    boolean eligible = forced != null ? r.equals(forced)
                            : r == all.get(0) || !curated && PrerequisiteGraph.roleRank(r.role()) <= 1;
                    if (eligible) {
                        byWork.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(new Candidate(id, r));
                    }
                }
            }
            return byWork;
        }

        /** For a concept a paper target is read for: that paper's reading of it (the best, when it has several); else null. */
        private Reading forced(Node node, List<Reading> all) {
            if (aims.length == 0 || Arrays.binarySearch(aims, node.id()) < 0) {
                return null;
            }
            for (Reading r : all) {
                if (r.id().equals(target.id())) {
                    return r;
                }
            }
            return null;
        }

        /**
         * The reading a step starts with, before the target's exception: the paper a paper target is read for; the
         * curated {@code firstReading}; else the best that explains or introduced the concept and that an earlier step
         * read all of; else the best.
         */
        private Reading firstReading(Node node, List<Reading> all) {
            Reading forced = forced(node, all);
            if (forced != null) {
                return forced;
            }
            Reading first = all.get(0);
            if (first.id().equals(node.firstReading())) {
                return first;
            }
            for (Reading r : all) {
                if (PrerequisiteGraph.roleRank(r.role()) <= 1 && read.seen(r, node).isRead()) {
                    return r;
                }
            }
            return first;
        }

        /**
         * A step: its readings, the first one chosen as the README's "How a plan is made" says, and its time. The
         * target always gets a reading of its own ({@link #unreadFor}) when one is left.
         */
        private PlanStep step(Node node, List<String> neededFor, int number) {
            List<Reading> all = graph.readingsOf(node);
            if (all.isEmpty()) {
                StepTime time = node.milestone() ? StepTime.milestone() : StepTime.estimate(estimate(node, graph.level(node.id())));
                return new PlanStep(node, neededFor, List.of(), time, List.of());
            }
            Reading first = firstReading(node, all);
            Reading readBefore = null;
            if (node.id().equals(target.id()) && read.seen(first, node).isRead()) {
                Reading unread = unreadFor(node, all);
                if (unread != null) {
                    readBefore = first;
                    first = unread;
                }
            }
            ReadSoFar.Seen seen = read.seen(first, node);
            Opening opening = seen.isRead() || seen.isPartlyRead() ? null : introductionFirst(node, first);
            if (opening != null) {
                first = opening.reading();
            }
            StepTime time;
            if (seen.isRead()) {
                time = StepTime.sharedWith(seen.readIn());
            } else if (seen.isPartlyRead()) {
                time = StepTime.rest(seen.rest(), seen.partlyIn());
            } else if (first.isTimed() || ReadSoFar.isItself(first, node) && first.minutes() != null) {
                time = StepTime.read(first.minutes());
            } else {
                time = StepTime.estimate(estimate(node, graph.level(node.id())));
            }
            List<Reading> listed = listed(first, readBefore, all, opening == null ? null : opening.own());
            List<Integer> readIn = new ArrayList<>(listed.size());
            for (Reading r : listed) {
                readIn.add(read.seen(r, node).readIn());
            }
            if (opening != null) {
                read.record(first, number, opening.pieces());
            } else if (!time.isShared()) {
                read.record(first, node, number, time.estimated() ? 0 : time.minutes());
            }
            return new PlanStep(node, neededFor, listed, time, readIn);
        }

        /**
         * A step that opens a paper (nothing of it read yet) at a numbered section other than §1, while a later step
         * (not placed: it could not be moved before this one) starts with a part of the same paper that holds its §1,
         * the introduction, reads that introduction first, so that the paper is met from its start ("§1 Introduction and
         * §3 ..."); the later step then reads the rest of its part. When the later part is only the introduction and
         * sections inside this step's part, this step reads the later part itself ("§1 Introduction and §2 ..." instead
         * of "§2 ..."). Not when the later step is the target and would be left with nothing of its own: the target
         * keeps a reading of its own. The introduction's minutes are its share of what the later part leaves once the
         * other parts of the paper the plan's steps start with are taken out, each section counted alike. Null when
         * the rule does not apply (a book's chapters keep their own order: see {@link #earlierPart}).
         */
        private Opening introductionFirst(Node node, Reading own) {
            if (node.id().equals(target.id()) || own.kind() != NodeKind.PAPER || own.part() == null || !own.isTimed()
                    || !read.untouched(own.id())) {
                return null;
            }
            PartSet mine = graph.sections(own.part()).orElse(null);
            if (mine == null || !mine.sameNumbering(PartSet.INTRODUCTION) || mine.intersects(PartSet.INTRODUCTION)) {
                return null;
            }
            List<Reading> others = new ArrayList<>();
            others.add(own);
            Reading later = null;
            String laterId = null;
            for (String v : laterSteps(own.id(), node.id())) {
                Node n = node(v);
                Reading r = firstReading(n, graph.readingsOf(n));
                PartSet sections = r.id().equals(own.id()) && r.isTimed() ? graph.sections(r.part()).orElse(null) : null;
                if (sections == null) {
                    continue;
                }
                if (!sections.intersects(PartSet.INTRODUCTION)) {
                    if (others.stream().noneMatch(o -> Objects.equals(o.part(), r.part()))) {
                        others.add(r);
                    }
                } else if (later == null || position.get(v) < position.get(laterId)) {
                    later = r;
                    laterId = v;
                }
            }
            if (later == null) {
                return null;
            }
            PartSet theirs = graph.sections(later.part()).orElseThrow();
            PartSet elsewhere = null;
            ReadSoFar without = new ReadSoFar(graph);
            for (Reading o : others) {
                PartSet sections = graph.sections(o.part()).orElseThrow();
                elsewhere = elsewhere == null ? sections : elsewhere.union(sections);
                without.record(o, node, 1, o.minutes());
            }
            int left = 0;
            int introduction = 0;
            boolean ownLeft = false;
            boolean onlyIntroduction = true;
            boolean introductionAndMine = true;
            for (PartSet unit : theirs.units()) {
                boolean inIntroduction = unit.intersects(PartSet.INTRODUCTION);
                onlyIntroduction &= inIntroduction;
                introductionAndMine &= inIntroduction || mine.contains(unit);
                if (unit.intersects(elsewhere)) {
                    continue;
                }
                left++;
                if (inIntroduction) {
                    introduction++;
                } else {
                    ownLeft = true;
                }
            }
            if (introduction == 0 || laterId.equals(target.id()) && !ownLeft) {
                return null;
            }
            if (introductionAndMine && theirs.contains(mine)) {
                Reading whole = new Reading(own.work(), own.role(), later.part(), later.minutes());
                return new Opening(whole, own, List.of(whole));
            }
            ReadSoFar.Seen seen = without.seen(later, node(laterId));
            int rest = seen.isPartlyRead() ? seen.rest() : later.minutes();
            int minutes = Math.max(1, Math.round((float) rest * introduction / left));
            String label = onlyIntroduction ? later.part() : PartSet.introductionOf(later.part());
            Reading intro = new Reading(own.work(), own.role(), label == null ? "§1" : label, minutes);
            Reading both = new Reading(own.work(), own.role(), intro.part() + " and " + own.part(), minutes + own.minutes());
            return new Opening(both, own, List.of(intro, own));
        }

        /** The steps not placed yet (the target included) other than {@code id} that may start with a reading of {@code work}. */
        private List<String> laterSteps(String work, String id) {
            List<String> later = new ArrayList<>();
            for (Candidate c : byWork.getOrDefault(work, List.of())) {
                if (!c.id.equals(id) && !placed.contains(c.id) && !later.contains(c.id)) {
                    later.add(c.id);
                }
            }
            later.add(target.id());
            return later;
        }

        /**
         * A reading of the target not read earlier in the plan, in this order: another part of its curated
         * {@code firstReading} (or the rest of it); the whole of a paper that introduced it, nothing of which was read
         * (a short work with a time); the best explainer not read, one that is not a survey, review or primer first;
         * a paper that introduced it not read (or the rest of it). A {@linkplain #isHistorical historical} introducing
         * paper is none of these. Null when every one was read before.
         */
        private Reading unreadFor(Node node, List<Reading> all) {
            for (Reading r : all) {
                if (r.id().equals(node.firstReading()) && !read.seen(r, node).isRead()) {
                    return r;
                }
            }
            for (Reading r : all) {
                Reading whole = Reading.of(r.work(), ReadingRole.INTRODUCES);
                if (r.role() == ReadingRole.INTRODUCES && !isHistorical(r) && whole.isTimed() && read.untouched(r.id())) {
                    return ReadSoFar.isPart(r) ? whole : r;
                }
            }
            for (boolean survey : new boolean[] {false, true}) {
                for (Reading r : all) {
                    if (r.role() == ReadingRole.EXPLAINER && SURVEY.matcher(r.title()).find() == survey
                            && !read.seen(r, node).isRead()) {
                        return r;
                    }
                }
            }
            for (Reading r : all) {
                if (r.role() == ReadingRole.INTRODUCES && !isHistorical(r) && !read.seen(r, node).isRead()) {
                    return r;
                }
            }
            return null;
        }

        /**
         * The milestones that would shorten a plan that starts from scratch: each that is not known, does not stand on
         * the target, has some of its own topic (a concept it stands on directly, not another milestone) among the
         * steps, and leaves fewer steps when known; the one with the largest share of its closure inside the plan
         * first, then the one that leaves most steps (assumes least).
         */
        private List<Plan.MilestoneShortcut> shortcuts() {
            List<Plan.MilestoneShortcut> shortcuts = new ArrayList<>();
            Map<String, Double> share = new HashMap<>();
            for (String m : graph.milestones()) {
                Set<String> closure = graph.closureOf(m);
                if (m.equals(target.id()) || closure.contains(target.id()) || knowledge.isKnownMilestone(m) || !ownTopicInPlan(m)) {
                    continue;
                }
                int steps = stepsKnowing(m, closure);
                if (steps < relevant.size() + 1) {
                    shortcuts.add(new Plan.MilestoneShortcut(node(m), steps));
                    share.put(m, closure.stream().filter(relevant::contains).count() / (double) closure.size());
                }
            }
            shortcuts.sort(Comparator.comparingDouble((Plan.MilestoneShortcut s) -> -share.get(s.milestone().id()))
                    .thenComparingInt(s -> -s.steps()).thenComparing(s -> s.milestone().id()));
            return shortcuts;
        }

        private boolean ownTopicInPlan(String milestone) {
            for (String p : graph.prerequisitesOf(milestone)) {
                if (relevant.contains(p) && !node(p).milestone()) {
                    return true;
                }
            }
            return false;
        }

        /** How many steps (the target included) are left when {@code milestone} and its closure are known. */
        private int stepsKnowing(String milestone, Set<String> closure) {
            Set<String> left = new HashSet<>();
            Deque<String> stack = new ArrayDeque<>();
            stack.push(target.id());
            while (!stack.isEmpty()) {
                for (String p : prerequisites(stack.pop())) {
                    if (relevant.contains(p) && !p.equals(milestone) && !closure.contains(p) && left.add(p)) {
                        stack.push(p);
                    }
                }
            }
            left.remove(target.id());
            return left.size() + 1;
        }

        /** For each relevant node, the next node on a shortest path towards the target (breadth-first from it). */
        private Map<String, String> chainsToTarget() {
            Map<String, String> next = new HashMap<>();
            Deque<String> queue = new ArrayDeque<>();
            queue.add(target.id());
            next.put(target.id(), target.id());
            while (!queue.isEmpty()) {
                String u = queue.poll();
                for (String p : children(u)) {
                    if (next.putIfAbsent(p, u) == null) {
                        queue.add(p);
                    }
                }
            }
            return next;
        }

        private List<String> chain(String id, Map<String, String> next) {
            if (id.equals(target.id())) {
                return List.of();
            }
            List<String> chain = new ArrayList<>();
            for (String u = next.get(id); u != null && !u.equals(target.id()) && chain.size() < MAX_CHAIN; u = next.get(u)) {
                chain.add(u);
            }
            chain.add(target.id());
            return chain;
        }
    }

    /** True for a reading whose work appeared before {@link #HISTORICAL_BEFORE}; false when its year is unknown. */
    static boolean isHistorical(Reading reading) {
        Integer year = reading.work().year();
        return year != null && year < HISTORICAL_BEFORE;
    }

    /** A step and a reading of a work that could be its first. */
    private record Candidate(String id, Reading reading) {
    }

    /**
     * A step's first reading that reads a paper's introduction before the step's own part of it, {@code own}: the
     * pieces are the parts it is made of, each with its minutes, as {@link ReadSoFar} records them.
     */
    private record Opening(Reading reading, Reading own, List<Reading> pieces) {
    }

    /**
     * The first reading; for a target that got a reading of its own, the one an earlier step already read; then the
     * next best that did not introduce the idea, up to {@link #READINGS_PER_STEP} in all; then the papers that
     * introduced it (the "original paper"), whatever their rank. A part of a work the first reading reads whole is
     * not listed again, nor the part {@code within} a first reading that also reads the work's introduction.
     */
    private static List<Reading> listed(Reading first, Reading readBefore, List<Reading> all, Reading within) {
        List<Reading> listed = new ArrayList<>(READINGS_PER_STEP + 2);
        listed.add(first);
        if (readBefore != null) {
            listed.add(readBefore);
        }
        for (Reading r : all) {
            if (!listed.contains(r) && !r.equals(within) && !insideWhole(r, first) && r.role() != ReadingRole.INTRODUCES
                    && listed.size() < READINGS_PER_STEP) {
                listed.add(r);
            }
        }
        for (Reading r : all) {
            if (!listed.contains(r) && !r.equals(within) && !insideWhole(r, first) && r.role() == ReadingRole.INTRODUCES) {
                listed.add(r);
            }
        }
        return listed;
    }

    private static boolean insideWhole(Reading r, Reading whole) {
        return !ReadSoFar.isPart(whole) && ReadSoFar.isPart(r) && r.id().equals(whole.id());
    }

    private static String spellCycle(Set<String> onStack, String closing) {
        List<String> path = new ArrayList<>();
        boolean in = false;
        for (String id : onStack) {
            in |= id.equals(closing);
            if (in) {
                path.add(id);
            }
        }
        Collections.reverse(path);
        int start = path.indexOf(Collections.min(path));
        List<String> rotated = new ArrayList<>(path.subList(start, path.size()));
        rotated.addAll(path.subList(0, start));
        rotated.add(rotated.get(0));
        return CycleFinder.spell(rotated);
    }

    private static String[] sorted(String[] ids, Comparator<String> order) {
        String[] copy = ids.clone();
        Arrays.sort(copy, order);
        return copy;
    }

    private static final class Frame {
        final String id;
        final String[] children;
        int next;

        Frame(String id, String[] children) {
            this.id = id;
            this.children = children;
        }
    }
}
