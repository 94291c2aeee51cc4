package org.mlatlas.support;

import java.util.ArrayList;
import java.util.List;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;

/** Small real-world graphs for tests, built fluently. */
public final class Graphs {
    private final List<Node> nodes = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    public static Graphs builder() {
        return new Graphs();
    }

    public Graphs concept(String id, String name, String... aliases) {
        nodes.add(Node.builder(id, NodeKind.CONCEPT, name).aliases(List.of(aliases)).build());
        return this;
    }

    /** A milestone concept: knowing it is knowing its whole prerequisite closure. */
    public Graphs milestone(String id, String name) {
        nodes.add(Node.builder(id, NodeKind.CONCEPT, name).milestone(true).build());
        return this;
    }

    /** Changes the node {@code id} added before (a firstReading, a concept's own minutes, known). */
    public Graphs edit(String id, java.util.function.UnaryOperator<Node.Builder> change) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(id)) {
                nodes.set(i, change.apply(nodes.get(i).toBuilder()).build());
                return this;
            }
        }
        throw new IllegalArgumentException("no node " + id + " yet");
    }

    public Graphs knownConcept(String id, String name) {
        concept(id, name);
        nodes.set(nodes.size() - 1, nodes.get(nodes.size() - 1).withKnown(true));
        return this;
    }

    public Graphs paper(String id, String title, int minutes) {
        String arxiv = id.startsWith("arxiv:") ? id.substring(6) : null;
        nodes.add(Node.builder(id, NodeKind.PAPER, title).minutes(minutes).authors(List.of("A. Author"))
                .year(2020).arxiv(arxiv).build());
        return this;
    }

    public Graphs resource(String id, String title, int minutes) {
        nodes.add(Node.builder(id, NodeKind.RESOURCE, title).minutes(minutes).url("https://example.org/" + id)
                .resourceType("blog").build());
        return this;
    }

    /** {@code before} is a prerequisite of each of {@code after}. */
    public Graphs prereq(String before, String... after) {
        for (String a : after) {
            relations.add(Relation.of(before, RelationKind.PREREQUISITE, a));
        }
        return this;
    }

    public Graphs explains(String reading, String concept, ReadingRole role) {
        relations.add(new Relation(reading, RelationKind.EXPLAINS, concept, null, role));
        return this;
    }

    /** A reading that explains a part of itself ({@code part}, e.g. "ch. 3.13", taking {@code minutes}) for a concept. */
    public Graphs explains(String reading, String concept, ReadingRole role, String part, Integer minutes) {
        relations.add(new Relation(reading, RelationKind.EXPLAINS, concept, null, role).withPart(part, minutes));
        return this;
    }

    public Graphs explains(String reading, String concept) {
        return explains(reading, concept, ReadingRole.COVERS);
    }

    public Graphs cites(String from, String to) {
        relations.add(Relation.of(from, RelationKind.CITES, to));
        return this;
    }

    public AtlasGraph build() {
        return new AtlasGraph(nodes, relations);
    }

    /** Writes {@code graph} as a graph-data folder {@code dir} (one file), for a process started on it. */
    public static java.nio.file.Path writeGraphData(AtlasGraph graph, java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        java.io.StringWriter json = new java.io.StringWriter();
        new org.mlatlas.graphdata.GraphDataWriter().write(graph, json);
        java.nio.file.Files.writeString(dir.resolve("graph.json"), json.toString());
        return dir;
    }

    /**
     * The DPO fixture: dpo needs rlhf, kl-divergence and bradley-terry; rlhf needs reward-modeling, ppo and sft;
     * down to probability and calculus. Each concept has a reading.
     */
    public static AtlasGraph dpo() {
        return builder()
                .concept("probability", "Probability")
                .concept("calculus", "Calculus")
                .concept("gradient-descent", "Gradient descent")
                .concept("kl-divergence", "KL divergence", "relative entropy")
                .concept("maximum-likelihood", "Maximum likelihood")
                .concept("bradley-terry", "Bradley-Terry model")
                .concept("policy-gradient", "Policy gradient")
                .concept("ppo", "Proximal policy optimization", "PPO")
                .concept("language-modeling", "Language modeling")
                .concept("sft", "Supervised fine-tuning", "SFT")
                .concept("reward-modeling", "Reward modeling")
                .concept("rlhf", "Reinforcement learning from human feedback", "RLHF")
                .concept("dpo", "Direct preference optimization", "DPO")
                .paper("arxiv:2305.18290", "Direct Preference Optimization", 90)
                .paper("arxiv:2203.02155", "Training language models to follow instructions with human feedback", 120)
                .paper("arxiv:1707.06347", "Proximal Policy Optimization Algorithms", 45)
                .resource("res:prob-book", "A probability primer", 60)
                .resource("res:calc-video", "Calculus videos", 40)
                .resource("res:kl-post", "KL divergence explained", 15)
                .resource("res:ml-notes", "Notes on likelihood and preference models", 30)
                .resource("res:rl-book", "An RL book chapter", 90)
                .prereq("probability", "kl-divergence", "maximum-likelihood", "policy-gradient")
                .prereq("calculus", "gradient-descent")
                .prereq("gradient-descent", "policy-gradient", "maximum-likelihood")
                .prereq("maximum-likelihood", "bradley-terry", "language-modeling")
                .prereq("policy-gradient", "ppo")
                .prereq("language-modeling", "sft")
                .prereq("bradley-terry", "reward-modeling", "dpo")
                .prereq("ppo", "rlhf")
                .prereq("sft", "rlhf")
                .prereq("reward-modeling", "rlhf")
                .prereq("kl-divergence", "rlhf", "dpo")
                .prereq("rlhf", "dpo")
                .explains("arxiv:2305.18290", "dpo", ReadingRole.INTRODUCES)
                .explains("arxiv:2203.02155", "rlhf", ReadingRole.INTRODUCES)
                .explains("arxiv:2203.02155", "reward-modeling")
                .explains("arxiv:2203.02155", "sft")
                .explains("arxiv:1707.06347", "ppo", ReadingRole.INTRODUCES)
                .explains("res:rl-book", "policy-gradient", ReadingRole.EXPLAINER)
                .explains("res:rl-book", "ppo")
                .explains("res:prob-book", "probability", ReadingRole.EXPLAINER)
                .explains("res:calc-video", "calculus", ReadingRole.EXPLAINER)
                .explains("res:calc-video", "gradient-descent")
                .explains("res:kl-post", "kl-divergence", ReadingRole.EXPLAINER)
                .explains("res:ml-notes", "maximum-likelihood", ReadingRole.EXPLAINER)
                .explains("res:ml-notes", "bradley-terry")
                .explains("res:ml-notes", "language-modeling")
                .cites("arxiv:2305.18290", "arxiv:2203.02155")
                .build();
    }

    /**
     * The DPO fixture plus two milestones: "ML basics" stands on probability, calculus, gradient descent and
     * maximum likelihood (it is not a prerequisite of anything, so it is not on DPO's path); "RL basics" stands on
     * policy gradient and is a prerequisite of PPO.
     */
    public static AtlasGraph dpoWithMilestones() {
        AtlasGraph dpo = dpo();
        List<Node> nodes = new ArrayList<>(dpo.nodes());
        nodes.add(Node.builder("ml-basics", NodeKind.CONCEPT, "ML basics").milestone(true).build());
        nodes.add(Node.builder("rl-basics", NodeKind.CONCEPT, "RL basics").milestone(true).build());
        List<Relation> relations = new ArrayList<>(dpo.relations());
        for (String p : List.of("probability", "calculus", "gradient-descent", "maximum-likelihood")) {
            relations.add(Relation.of(p, RelationKind.PREREQUISITE, "ml-basics"));
        }
        relations.add(Relation.of("policy-gradient", RelationKind.PREREQUISITE, "rl-basics"));
        relations.add(Relation.of("rl-basics", RelationKind.PREREQUISITE, "ppo"));
        return new AtlasGraph(nodes, relations);
    }

    /** The nodes as a graph-data file named {@code area} gives them back: those without an area get that one. */
    public static List<Node> inArea(java.util.Collection<Node> nodes, String area) {
        return nodes.stream().map(n -> n.area() == null ? n.withArea(area) : n).toList();
    }

    /** The DPO fixture plus every field and a note, a role, a known node and awkward text. */
    public static AtlasGraph rich() {
        AtlasGraph dpo = Graphs.dpo();
        List<Node> nodes = new ArrayList<>(dpo.nodes());
        nodes.add(Node.builder("callums-thing", NodeKind.CONCEPT, "callum's thing (unresolved)")
                .aliases(List.of("Callum's \"thing\""))
                .summary("A summary with a backslash \\ and a quote ' and a newline\nhere.").notes("my note: <b>bold</b> & co")
                .fromNotes(true).known(true).questions(List.of("what is it?")).candidates(List.of("dpo", "rlhf")).minutes(12)
                .build());
        nodes.add(Node.builder("res:zvi", NodeKind.RESOURCE, "On Anthropic's Sleeper Agents Paper").fromNotes(true)
                .minutes(25).year(2024).url("https://thezvi.substack.com/p/x?a=1&b=2").resourceType("blog").by("Zvi Mowshowitz")
                .build());
        List<Relation> relations = new ArrayList<>(dpo.relations());
        relations.add(new Relation("res:zvi", RelationKind.EXPLAINS, "callums-thing", "why \"2\"", ReadingRole.EXPLAINER)
                .withPart("section \"2\"", 10));
        relations.add(new Relation("rlhf", RelationKind.PREREQUISITE, "callums-thing", "why: it's\tcomplicated", null));
        return new AtlasGraph(nodes, relations);
    }
}
