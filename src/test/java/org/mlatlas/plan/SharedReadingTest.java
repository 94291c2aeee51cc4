package org.mlatlas.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.support.Plans.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.graphdata.GraphDataLoader;
import org.mlatlas.report.PlanJson;
import org.mlatlas.report.PlanMarkdown;
import org.mlatlas.report.PlanText;
import org.mlatlas.report.PlanWording;
import org.mlatlas.support.Graphs;

/**
 * Readings shared between steps (review 1, P1-P4): a part of a work read whole is already read, the target always
 * gets a reading of its own when one is left, {@code --papers} keeps curated first readings, and a resource is told
 * apart from a paper with the same title.
 */
class SharedReadingTest {

    private static Plan plan(AtlasGraph graph, String target, boolean papers, String... known) {
        return new Planner(new PrerequisiteGraph(graph)).plan(target, Set.of(known), papers);
    }

    private static int sumOfSteps(Plan plan) {
        return plan.steps().stream().mapToInt(PlanStep::minutes).sum();
    }

    /** CLIP as review 1 found it: the ViT paper read whole at patch embeddings, its sec. 3 again at image encoders. */
    private static AtlasGraph clip() {
        return Graphs.builder()
                .concept("patch-embeddings", "Patch embeddings").concept("image-encoders", "Image encoders")
                .concept("clip", "CLIP")
                .prereq("patch-embeddings", "image-encoders").prereq("image-encoders", "clip")
                .paper("arxiv:2010.11929", "An Image is Worth 16x16 Words", 75)
                .paper("arxiv:2103.00020", "Learning Transferable Visual Models From Natural Language Supervision", 90)
                .explains("arxiv:2010.11929", "patch-embeddings", ReadingRole.INTRODUCES)
                .explains("arxiv:2010.11929", "image-encoders", ReadingRole.EXPLAINER, "sec. 3 (Method)", 25)
                .explains("arxiv:2103.00020", "clip", ReadingRole.INTRODUCES, "sec. 1-2", 45)
                .build();
    }

    @Test
    void aPartOfAWorkReadWholeInAnEarlierStepIsAlreadyRead() {
        Plan plan = plan(clip(), "clip", false);
        PlanStep encoders = step(plan, "image-encoders");
        assertThat(encoders.firstReading().orElseThrow().part()).isEqualTo("sec. 3 (Method)");
        assertThat(encoders.time()).isEqualTo(StepTime.sharedWith(1));
        assertThat(plan.totalMinutes()).as("the 25 minutes of sec. 3 are not counted again").isEqualTo(75 + 45)
                .isEqualTo(sumOfSteps(plan));
        assertThat(PlanText.format(plan)).contains("\n2. Image encoders (image-encoders)  [already read in step 1]\n")
                .contains("sec. 3 (Method) [25 min, already read in step 1]");
        JsonNode json = PlanJson.toJson(plan).get("steps").get(1);
        assertThat(json.get("sharedWith").asInt()).isEqualTo(1);
        assertThat(json.get("minutes").asInt()).isZero();
        assertThat(json.get("readings").get(0).get("alreadyReadInStep").asInt()).isEqualTo(1);
    }

    @Test
    void twoPartsOfAWorkNotReadWholeStayTwoReadings() {
        AtlasGraph graph = Graphs.builder()
                .concept("a", "A").concept("b", "B").concept("c", "C").prereq("a", "b").prereq("b", "c")
                .paper("paper:long", "A long paper", 120)
                .resource("res:c", "On C", 10)
                .explains("paper:long", "a", ReadingRole.EXPLAINER, "sec. 1", 20)
                .explains("paper:long", "b", ReadingRole.EXPLAINER, "sec. 2", 30)
                .explains("res:c", "c", ReadingRole.EXPLAINER)
                .build();
        Plan plan = plan(graph, "c", false);
        assertThat(plan.steps()).extracting(PlanStep::time)
                .containsExactly(StepTime.read(20), StepTime.read(30), StepTime.read(10));
    }

    @Test
    void withPapersTheWorkReadWholeCoversTheStepsItsPartsExplain() {
        Plan plan = plan(clip(), "clip", true);
        ReadingList list = plan.readingList().orElseThrow();
        assertThat(list.entries()).extracting(e -> e.reading().id(), ReadingList.Entry::steps)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("arxiv:2010.11929", java.util.List.of("patch-embeddings", "image-encoders")),
                        org.assertj.core.groups.Tuple.tuple("arxiv:2103.00020", java.util.List.of("clip")));
        assertThat(list.minutes()).isEqualTo(plan.totalMinutes());
    }

    /** RLHF as review 1 found it: the HF blog chosen at KL regularization is also the target's best reading. */
    private static Graphs rlhf() {
        return Graphs.builder()
                .concept("kl-regularization", "KL-regularized fine-tuning").concept("rlhf", "RLHF")
                .prereq("kl-regularization", "rlhf")
                .resource("res:hf-rlhf", "Illustrating RLHF", 25)
                .paper("arxiv:2203.02155", "Training language models to follow instructions with human feedback", 120)
                .paper("arxiv:1706.03741", "Deep reinforcement learning from human preferences", 60)
                .resource("res:overview", "RLHF overview", 35)
                .explains("res:hf-rlhf", "kl-regularization", ReadingRole.EXPLAINER)
                .explains("res:hf-rlhf", "rlhf", ReadingRole.EXPLAINER)
                .explains("arxiv:1706.03741", "rlhf", ReadingRole.INTRODUCES);
    }

    @Test
    void theTargetGetsTheUnreadPaperThatIntroducedItAndTheSharedReadingStaysListedAsAlreadyRead() {
        AtlasGraph graph = rlhf()
                .explains("arxiv:2203.02155", "rlhf", ReadingRole.EXPLAINER, "§3 Methods", 40)
                .explains("res:overview", "rlhf", ReadingRole.EXPLAINER)
                .build();
        Plan plan = plan(graph, "rlhf", false);
        PlanStep target = step(plan, "rlhf");
        assertThat(target.readings()).extracting(Reading::id).containsExactly("arxiv:1706.03741", "res:hf-rlhf", "res:overview");
        assertThat(target.time()).as("the introducing paper, whole, before the explainers").isEqualTo(StepTime.read(60));
        assertThat(target.readIn()).startsWith(0, 1);
        assertThat(plan.totalMinutes()).isEqualTo(25 + 60).isEqualTo(sumOfSteps(plan));
        assertThat(PlanText.format(plan)).contains("\n2. RLHF (rlhf)  [1 h 00 min]  <- target\n")
                .contains("   read: Deep reinforcement learning from human preferences (original paper) [1 h 00 min]")
                .contains("   also: Illustrating RLHF (blog) [25 min, already read in step 1]");
        assertThat(PlanMarkdown.format(plan)).contains("Illustrating RLHF (blog)](https://example.org/res:hf-rlhf) (25 min, already read in step 1)");
        JsonNode json = PlanJson.toJson(plan).get("steps").get(1);
        assertThat(json.has("sharedWith")).isFalse();
        assertThat(json.get("readings").get(1).get("alreadyReadInStep").asInt()).isEqualTo(1);
    }

    @Test
    void theTargetsCuratedReadingComesFirstWhenUnread() {
        AtlasGraph graph = rlhf()
                .explains("arxiv:2203.02155", "rlhf", ReadingRole.EXPLAINER, "§3 Methods", 40)
                .explains("res:overview", "rlhf", ReadingRole.EXPLAINER)
                .edit("rlhf", b -> b.firstReading("arxiv:2203.02155"))
                .build();
        PlanStep target = step(plan(graph, "rlhf", false), "rlhf");
        assertThat(target.firstReading().orElseThrow().id()).isEqualTo("arxiv:2203.02155");
        assertThat(target.time()).isEqualTo(StepTime.read(40));
    }

    /**
     * Sparse autoencoders as review 2 found them (P6): the curated part of Towards Monosemanticity was read two steps
     * earlier, and the target fell to a survey's section; another part of the curated work comes first, then the whole
     * of an unread paper that introduced it, then explainers, a survey last.
     */
    private static Graphs sae() {
        return Graphs.builder()
                .concept("dictionary-learning", "Dictionary learning").concept("sae", "Sparse autoencoders")
                .prereq("dictionary-learning", "sae")
                .paper("paper:bricken", "Towards Monosemanticity", 180)
                .paper("arxiv:2405.00208", "A Primer on the Inner Workings of Transformer-based Language Models", 240)
                .resource("res:sae-post", "An SAE walkthrough", 50)
                .explains("paper:bricken", "dictionary-learning", ReadingRole.EXPLAINER, "Problem Setup", 30)
                .explains("paper:bricken", "sae", ReadingRole.INTRODUCES, "Problem Setup", 30)
                .explains("arxiv:2405.00208", "sae", ReadingRole.EXPLAINER, "§4 Information Decoding", 45)
                .edit("sae", b -> b.firstReading("paper:bricken"));
    }

    @Test
    void aTargetWhoseCuratedPartWasReadTakesAnotherPartOfTheCuratedWork() {
        AtlasGraph graph = sae().explains("paper:bricken", "sae", ReadingRole.INTRODUCES, "Superposition Results", 30).build();
        PlanStep target = step(plan(graph, "sae", false), "sae");
        assertThat(target.firstReading().orElseThrow().part()).isEqualTo("Superposition Results");
        assertThat(target.readings().get(1).part()).isEqualTo("Problem Setup");
    }

    @Test
    void thenTheWholeOfAnUnreadPaperThatIntroducedIt() {
        AtlasGraph graph = sae().paper("arxiv:2309.08600", "Sparse Autoencoders Find Highly Interpretable Features", 60)
                .explains("arxiv:2309.08600", "sae", ReadingRole.INTRODUCES).build();
        PlanStep target = step(plan(graph, "sae", false), "sae");
        assertThat(target.firstReading().orElseThrow().id()).isEqualTo("arxiv:2309.08600");
        assertThat(target.time()).isEqualTo(StepTime.read(60));
        AtlasGraph partOnly = sae().paper("arxiv:2309.08600", "Sparse Autoencoders Find Highly Interpretable Features", 60)
                .explains("arxiv:2309.08600", "sae", ReadingRole.INTRODUCES, "§2 Taking Features out of Superposition", 20).build();
        PlanStep whole = step(plan(partOnly, "sae", false), "sae");
        assertThat(whole.firstReading().orElseThrow()).as("the whole paper, not its part")
                .isEqualTo(Reading.of(partOnly.node("arxiv:2309.08600").orElseThrow(), ReadingRole.INTRODUCES));
        assertThat(whole.readings()).extracting(Reading::part).as("its part is not listed again")
                .doesNotContain("§2 Taking Features out of Superposition");
    }

    @Test
    void thenAnExplainerThatIsNotASurveyThoughTheSurveySectionIsShorter() {
        AtlasGraph graph = sae().explains("res:sae-post", "sae", ReadingRole.EXPLAINER).build();
        PlanStep target = step(plan(graph, "sae", false), "sae");
        assertThat(target.firstReading().orElseThrow().id()).isEqualTo("res:sae-post");
        PlanStep survey = step(plan(sae().build(), "sae", false), "sae");
        assertThat(survey.firstReading().orElseThrow().id()).as("a survey when nothing better is left").isEqualTo("arxiv:2405.00208");
    }

    @Test
    void withoutAnUnreadExplainerTheTargetGetsItsOriginalPaper() {
        PlanStep target = step(plan(rlhf().build(), "rlhf", false), "rlhf");
        assertThat(target.readings()).extracting(Reading::id).startsWith("arxiv:1706.03741", "res:hf-rlhf");
        assertThat(target.time()).isEqualTo(StepTime.read(60));
        assertThat(PlanWording.lead(target, target.readings().get(0))).isEqualTo("read");
    }

    /**
     * KL divergence as review 3 found it (fix 3): the textbook section that explains it was read for entropy, and the
     * target fell back to Kullback and Leibler's 1951 paper before an unread textbook chapter.
     */
    private static Graphs kl() {
        return Graphs.builder()
                .concept("shannon-entropy", "Shannon entropy").concept("kl-divergence", "KL divergence")
                .prereq("shannon-entropy", "kl-divergence")
                .resource("res:dl-book", "Deep Learning", 2400)
                .resource("res:cover-thomas", "Elements of Information Theory", 3000)
                .paper("paper:kullback-1951", "On Information and Sufficiency", 45)
                .edit("paper:kullback-1951", b -> b.year(1951))
                .explains("res:dl-book", "shannon-entropy", ReadingRole.EXPLAINER, "sec. 3.13 (Information Theory)", 30)
                .explains("res:dl-book", "kl-divergence", ReadingRole.EXPLAINER, "sec. 3.13 (Information Theory)", 30)
                .explains("paper:kullback-1951", "kl-divergence", ReadingRole.INTRODUCES);
    }

    @Test
    void aHistoricalPaperThatIntroducedTheTargetComesAfterAnUnreadExplainerAndStaysListedAsTheOriginal() {
        AtlasGraph graph = kl().explains("res:cover-thomas", "kl-divergence", ReadingRole.EXPLAINER, "§2.3 (Relative Entropy)", 25)
                .build();
        Plan plan = plan(graph, "kl-divergence", false);
        PlanStep target = step(plan, "kl-divergence");
        assertThat(target.readings()).extracting(Reading::id)
                .containsExactly("res:cover-thomas", "res:dl-book", "paper:kullback-1951");
        assertThat(target.time()).isEqualTo(StepTime.read(25));
        assertThat(target.readIn()).containsExactly(0, 1, 0);
        assertThat(PlanText.format(plan)).contains("   read: Elements of Information Theory, §2.3 (Relative Entropy) (blog) [25 min]")
                .contains("   original paper: On Information and Sufficiency [45 min]");
        AtlasGraph recent = kl().edit("paper:kullback-1951", b -> b.year(2017))
                .explains("res:cover-thomas", "kl-divergence", ReadingRole.EXPLAINER, "§2.3 (Relative Entropy)", 25).build();
        assertThat(step(plan(recent, "kl-divergence", false), "kl-divergence").firstReading().orElseThrow().id())
                .as("a paper of the field's present still comes before the explainers").isEqualTo("paper:kullback-1951");
    }

    @Test
    void aHistoricalPaperIsNeverTheTargetsFallbackTheTargetStaysAlreadyRead() {
        Plan plan = plan(kl().build(), "kl-divergence", false);
        PlanStep target = step(plan, "kl-divergence");
        assertThat(target.time()).isEqualTo(StepTime.sharedWith(1));
        assertThat(target.readings()).extracting(Reading::id).containsExactly("res:dl-book", "paper:kullback-1951");
        assertThat(plan.totalMinutes()).isEqualTo(30);
    }

    /** The shipped graph: KL divergence's target reading is an explainer, not the 1951 paper, which stays listed. */
    @Test
    void onTheShippedGraphKlDivergenceIsNotReadFromKullbackAndLeibler1951() throws Exception {
        PrerequisiteGraph shipped = new PrerequisiteGraph(new GraphDataLoader().load(Path.of("graph-data")));
        Plan plan = new Planner(shipped).plan("kl-divergence", Set.of(), false);
        PlanStep target = plan.steps().get(plan.steps().size() - 1);
        Reading first = target.firstReading().orElseThrow();
        assertThat(first.id()).isNotEqualTo("paper:kullback-1951-information-sufficiency");
        assertThat(first.role()).isEqualTo(ReadingRole.EXPLAINER);
        assertThat(target.readings()).extracting(Reading::id).contains("paper:kullback-1951-information-sufficiency");
    }

    /**
     * The shipped graph, scaling laws as review 3 found them (fix 9): Kaplan et al.'s §1.1-1.2 and §2.1 read in two steps,
     * the target reads the rest, "after step 34" named only the last; every step that read some of it is named.
     */
    @Test
    void onTheShippedGraphTheRestOfAWorkNamesEveryEarlierStepThatReadSomeOfIt() throws Exception {
        PrerequisiteGraph shipped = new PrerequisiteGraph(new GraphDataLoader().load(Path.of("graph-data")));
        Plan plan = new Planner(shipped).plan("scaling-laws", Set.of(), false);
        PlanStep target = plan.steps().get(plan.steps().size() - 1);
        Reading first = target.firstReading().orElseThrow();
        java.util.List<Integer> readSome = new java.util.ArrayList<>();
        for (int i = 0; i < plan.steps().size() - 1; i++) {
            PlanStep s = plan.steps().get(i);
            if (!s.time().isShared() && s.firstReading().map(r -> r.id().equals(first.id())).orElse(false)) {
                readSome.add(i + 1);
            }
        }
        assertThat(readSome).as("steps reading a part of " + first.id()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(target.time().isRest()).isTrue();
        assertThat(target.time().partlyReadIn()).isEqualTo(readSome);
        String steps = PlanWording.steps(readSome);
        assertThat(PlanText.format(plan)).contains(", the rest after " + steps + "]  <- target\n")
                .contains(", partly read in " + steps + "]");
        assertThat(PlanMarkdown.format(plan)).contains(", the rest after " + steps + ")");
        JsonNode json = PlanJson.toJson(plan).get("steps").get(plan.steps().size() - 1);
        assertThat(json.get("restAfter").asInt()).isEqualTo(readSome.get(readSome.size() - 1));
        assertThat(json.get("restAfterSteps")).extracting(JsonNode::asInt).isEqualTo(readSome);
        assertThat(json.get("readings").get(0).get("partlyReadInSteps")).extracting(JsonNode::asInt).isEqualTo(readSome);
    }

    @Test
    void onlyWhenNothingUnreadExplainsTheTargetDoesItStayAlreadyRead() {
        AtlasGraph graph = Graphs.builder()
                .concept("a", "A").concept("b", "B").prereq("a", "b")
                .resource("res:both", "A and B", 30)
                .resource("res:mention", "Mentions B", 10)
                .explains("res:both", "a", ReadingRole.EXPLAINER)
                .explains("res:both", "b", ReadingRole.EXPLAINER)
                .explains("res:mention", "b", ReadingRole.COVERS)
                .build();
        Plan plan = plan(graph, "b", false);
        assertThat(step(plan, "b").time()).isEqualTo(StepTime.sharedWith(1));
        assertThat(plan.totalMinutes()).isEqualTo(30);
    }

    /** DPO as review 1 found it with --papers: a book chapter covers DPO and RLHF for less than the two papers. */
    @Test
    void papersKeepsCuratedFirstReadingsAndMinimisesTheRest() {
        AtlasGraph graph = Graphs.builder()
                .concept("rlhf", "RLHF").concept("ppo", "PPO").concept("dpo", "DPO")
                .prereq("ppo", "rlhf").prereq("rlhf", "dpo")
                .paper("arxiv:2305.18290", "Direct Preference Optimization", 60)
                .paper("arxiv:1707.06347", "Proximal Policy Optimization Algorithms", 50)
                .resource("res:rlhf-book", "The RLHF Book", 900)
                .resource("res:spinning-up-ppo", "Spinning Up: PPO", 30)
                .explains("arxiv:2305.18290", "dpo", ReadingRole.INTRODUCES)
                .explains("arxiv:1707.06347", "ppo", ReadingRole.INTRODUCES)
                .explains("res:spinning-up-ppo", "ppo", ReadingRole.EXPLAINER)
                .explains("res:rlhf-book", "rlhf", ReadingRole.EXPLAINER, "ch. RLHF", 40)
                .explains("res:rlhf-book", "dpo", ReadingRole.EXPLAINER, "ch. RLHF", 40)
                .edit("dpo", b -> b.firstReading("arxiv:2305.18290"))
                .edit("ppo", b -> b.firstReading("arxiv:1707.06347"))
                .build();
        Plan plan = plan(graph, "dpo", true);
        ReadingList list = plan.readingList().orElseThrow();
        assertThat(list.entries()).extracting(e -> e.reading().id(), ReadingList.Entry::curated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("arxiv:1707.06347", true),
                        org.assertj.core.groups.Tuple.tuple("res:rlhf-book", false),
                        org.assertj.core.groups.Tuple.tuple("arxiv:2305.18290", true));
        assertThat(list.minutes()).isEqualTo(50 + 40 + 60).isLessThanOrEqualTo(plan.totalMinutes());
        assertThat(list.approximate()).isFalse();
        assertThat(PlanText.format(plan)).contains(PlanWording.CURATED_KEPT)
                .contains("Direct Preference Optimization [1 h 00 min] (curated)");
        assertThat(PlanMarkdown.format(plan)).contains("(1 h 00 min, curated): for dpo");
        assertThat(PlanJson.toJson(plan).get("readingList").get("readings").get(0).get("curated").asBoolean()).isTrue();
    }

    /** Alignment faking as review 1 found it: "value functions" shares the MDP chapter but came ten steps later. */
    @Test
    void aStepIsReadWithTheStepWhoseReadingItSharesWhenItsPrerequisitesAllowIt() {
        AtlasGraph graph = Graphs.builder()
                .concept("mdp", "MDPs").concept("bellman", "Bellman equations").concept("rl-theory", "RL theory")
                .concept("value-functions", "Value functions").concept("rlhf", "RLHF").concept("target", "Target")
                .concept("policy", "Policies")
                .prereq("mdp", "bellman").prereq("bellman", "rl-theory").prereq("rl-theory", "target")
                .prereq("policy", "value-functions").prereq("value-functions", "rlhf").prereq("rlhf", "target")
                .resource("res:book", "An RL book", 2400)
                .resource("res:other", "Other notes", 20)
                .explains("res:book", "mdp", ReadingRole.EXPLAINER, "ch. 3", 90)
                .explains("res:book", "value-functions", ReadingRole.EXPLAINER, "ch. 3", 90)
                .explains("res:other", "bellman", ReadingRole.EXPLAINER)
                .explains("res:other", "rl-theory", ReadingRole.EXPLAINER)
                .explains("res:other", "policy", ReadingRole.EXPLAINER)
                .explains("res:other", "rlhf", ReadingRole.EXPLAINER)
                .build();
        Plan plan = plan(graph, "target", false);
        assertThat(plan.steps()).extracting(s -> s.node().id()).as("value-functions waits for policy, its prerequisite")
                .containsExactly("mdp", "bellman", "rl-theory", "policy", "value-functions", "rlhf", "target");
        AtlasGraph noPolicy = Graphs.builder()
                .concept("mdp", "MDPs").concept("bellman", "Bellman equations").concept("rl-theory", "RL theory")
                .concept("value-functions", "Value functions").concept("rlhf", "RLHF").concept("target", "Target")
                .prereq("mdp", "bellman").prereq("bellman", "rl-theory").prereq("rl-theory", "target")
                .prereq("value-functions", "rlhf").prereq("rlhf", "target")
                .resource("res:book", "An RL book", 2400)
                .resource("res:notes", "Notes", 20)
                .explains("res:book", "mdp", ReadingRole.EXPLAINER, "ch. 3", 90)
                .explains("res:book", "value-functions", ReadingRole.EXPLAINER, "ch. 3", 90)
                .explains("res:notes", "bellman", ReadingRole.EXPLAINER, "a", 10)
                .explains("res:notes", "rl-theory", ReadingRole.EXPLAINER, "b", 10)
                .explains("res:notes", "rlhf", ReadingRole.EXPLAINER, "c", 10)
                .explains("res:notes", "target", ReadingRole.EXPLAINER, "d", 10)
                .build();
        Plan grouped = plan(noPolicy, "target", false);
        assertThat(grouped.steps()).extracting(s -> s.node().id())
                .containsExactly("mdp", "value-functions", "bellman", "rl-theory", "rlhf", "target");
        assertThat(step(grouped, "value-functions").time()).isEqualTo(StepTime.sharedWith(1));
        assertThat(grouped.totalMinutes()).isEqualTo(90 + 4 * 10);
    }

    @Test
    void aResourceAndAPaperWithTheSameTitleAreToldApart() {
        Node paper = Node.builder("arxiv:2412.04984", NodeKind.PAPER, "Frontier Models are Capable of In-context Scheming").build();
        Node post = Node.builder("res:apollo-post", NodeKind.RESOURCE, "Frontier Models are Capable of In-context Scheming")
                .by("Apollo Research").resourceType("blog").build();
        Node book = Node.builder("res:rlhf-book", NodeKind.RESOURCE, "The RLHF Book")
                .by("Nathan Lambert, Louis Castricato, Leandro von Werra (Hugging Face)").resourceType("book").build();
        assertThat(PlanWording.title(Reading.of(paper, ReadingRole.INTRODUCES)))
                .isEqualTo("Frontier Models are Capable of In-context Scheming");
        assertThat(PlanWording.title(Reading.of(post, ReadingRole.EXPLAINER)))
                .isEqualTo("Frontier Models are Capable of In-context Scheming (Apollo Research, blog)");
        assertThat(PlanWording.title(new Reading(book, ReadingRole.EXPLAINER, "ch. 8", 45)))
                .isEqualTo("The RLHF Book, ch. 8 (Nathan Lambert et al., book)");
    }

    /** The shipped graph: no step counts a part of a work read whole earlier, and the RLHF target reads something. */
    @Test
    void onTheShippedGraphNoPartOfAWorkReadWholeIsCountedAgainAndTheRlhfTargetHasAReading() throws Exception {
        PrerequisiteGraph shipped = new PrerequisiteGraph(new GraphDataLoader().load(Path.of("graph-data")));
        Plan clip = new Planner(shipped).plan("clip", Set.of("deep-learning-basics"), true);
        java.util.Map<String, Integer> readWhole = new java.util.HashMap<>();
        for (int i = 0; i < clip.steps().size(); i++) {
            PlanStep s = clip.steps().get(i);
            Reading first = s.firstReading().orElseThrow();
            if (first.part() == null && first.partMinutes() == null && !s.time().isShared()) {
                readWhole.putIfAbsent(first.id(), i + 1);
            } else if (first.part() != null && readWhole.containsKey(first.id())) {
                assertThat(s.time()).as(s.node().id()).isEqualTo(StepTime.sharedWith(readWhole.get(first.id())));
            }
        }
        assertThat(clip.totalMinutes()).isEqualTo(sumOfSteps(clip));
        assertThat(clip.readingList().orElseThrow().minutes()).isLessThanOrEqualTo(clip.totalMinutes());

        Plan rlhf = new Planner(shipped).plan("rlhf", Set.of("transformers-and-llm-basics"), false);
        PlanStep target = rlhf.steps().get(rlhf.steps().size() - 1);
        assertThat(target.time().isShared()).isFalse();
        assertThat(target.minutes()).isPositive();
        assertThat(target.readIn(0)).isZero();
    }
}
