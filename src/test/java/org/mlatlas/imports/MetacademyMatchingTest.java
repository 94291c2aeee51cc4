package org.mlatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.graphdata.GraphDataLoader;
import org.mlatlas.graphdata.Problem;
import org.mlatlas.plan.Plan;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.SharedData;
import org.mlatlas.support.TestDbms;

/** Metacademy onto a curated graph: concepts of the same meaning are matched, not duplicated; near misses are reported. */
class MetacademyMatchingTest {

    private static void write(Path root, String file, String text) throws Exception {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static void concept(Path root, String tag, String title, String dependencies) throws Exception {
        write(root, "concepts/" + tag + "/title.txt", title + "\n");
        write(root, "concepts/" + tag + "/dependencies.txt", dependencies);
    }

    private static AtlasGraph curated() {
        return Graphs.builder()
                .concept("probability", "Probability")
                .concept("shannon-entropy", "Shannon entropy", "entropy", "information entropy")
                .concept("kl-divergence", "Kullback-Leibler divergence", "KL divergence", "relative entropy")
                .concept("loss-functions", "Loss functions")
                .concept("matrix-multiplication", "Matrix multiplication", "matmul", "dot product")
                .concept("computability", "Computability", "Turing machines", "decidability")
                .concept("multilayer-perceptron", "Multilayer perceptron", "feedforward neural network")
                .concept("logistic-regression", "Logistic regression", "multinomial logistic regression")
                .concept("train-validation-test-split", "Train, validation and test splits", "validation set", "test set")
                .prereq("probability", "shannon-entropy")
                .prereq("shannon-entropy", "kl-divergence")
                .build();
    }

    private static Path folder(Path root) throws Exception {
        concept(root, "probability", "probability", "");
        concept(root, "entropy", "entropy", "tag: probability\n\ntag: kl-divergence\nreason: Entropy is a divergence from the uniform.\n");
        concept(root, "kl_divergence", "KL divergence", "tag: probability\nreason: It compares distributions.\n");
        concept(root, "loss_function", "loss function", "");
        concept(root, "dot_product", "dot product", "");
        concept(root, "matrix_multiplication", "matrix multiplication", "tag: dot_product\n");
        concept(root, "turing_machines", "Turing machines", "");
        concept(root, "decidability", "decidability", "tag: turing_machines\n");
        concept(root, "feed_forward_neural_nets", "feed-forward neural networks", "tag: matrix_multiplication\n\ntag: loss_function\n");
        concept(root, "gaussian_process_regression", "Gaussian process regression",
                "tag: kl_divergence\n\ntag: loss-function\nreason: Fit by minimising a loss.\n\ntag: feed_forward_neural_nets\n");
        concept(root, "logistic_regression", "logistic regression", "");
        concept(root, "multinomial_logistic_regression", "multinomial logistic regression", "tag: logistic_regression\n");
        concept(root, "validation_set", "validation set", "");
        concept(root, "test_set", "test set", "");
        write(root, "time_estimates/concepts.txt", "loss_function 2\nkl_divergence 1.5\n");
        return root;
    }

    @Test
    void conceptsOfTheSameMeaningAreMatchedNearMissesReportedAndCyclesKeptOut(@TempDir Path dir) throws Exception {
        AtlasGraph before = curated();
        Atlas atlas = new Atlas(TestDbms.with(before).store());
        Path root = folder(dir);

        CliRun dry = CliRun.atlas("import", root.toString(), "--dry-run");
        assertThat(dry.exitCode).as(dry.toString()).isZero();
        assertThat(dry.out).contains("kl_divergence -> kl-divergence (by same meaning: id or name spelled alike)",
                "entropy -> shannon-entropy (by same meaning: alias)", "loss_function -> loss-functions (by same meaning: id or name spelled alike)",
                "probability -> probability (by id)",
                "not merged: dot_product is imported as its own concept; its name is an alias of matrix-multiplication, but one that "
                        + "shares no word with the concept's name (a part, an example or a neighbour of it, not another name): "
                        + "did you mean matrix-multiplication?",
                "kl-divergence PREREQUISITE shannon-entropy: shannon-entropy -> kl-divergence -> shannon-entropy",
                "Dry run: nothing was written.");
        assertThat(atlas.snapshot().nodes()).containsExactlyInAnyOrderElementsOf(before.nodes());

        ImportPlan plan = atlas.importFrom(root, Importer.Options.detect(), ImportProgress.NONE);
        AtlasGraph graph = atlas.snapshot();

        Map<String, String> pairs = new LinkedHashMap<>();
        plan.sameMeaning().forEach(m -> pairs.put(m.text(), m.node().id()));
        assertThat(plan.matched()).extracting(ImportPlan.Matched::text).containsExactlyInAnyOrder("probability", "entropy",
                "kl_divergence", "loss_function", "matrix_multiplication", "logistic_regression");
        assertThat(pairs).containsExactlyInAnyOrderEntriesOf(Map.of("entropy", "shannon-entropy", "kl_divergence", "kl-divergence",
                "loss_function", "loss-functions", "matrix_multiplication", "matrix-multiplication", "logistic_regression", "logistic-regression"));
        assertThat(graph.nodes()).extracting(Node::id).doesNotContain("entropy", "kl_divergence", "loss_function", "matrix_multiplication")
                .contains("dot_product", "turing_machines", "decidability", "feed_forward_neural_nets", "gaussian_process_regression",
                        "multinomial_logistic_regression", "validation_set", "test_set");
        assertThat(plan.summary()).contains("created 8 (8 concepts, 0 papers, 0 resources), matched 6",
                "Matched 5 concepts to existing concepts of the same meaning (not duplicated): entropy -> shannon-entropy, kl_divergence -> kl-divergence",
                "7 near misses not merged", "1 prerequisite kept out");

        // the curated node keeps its name and gains Metacademy's time, title as an alias, and the attribution
        Node kl = graph.node("kl-divergence").orElseThrow();
        assertThat(kl.name()).isEqualTo("Kullback-Leibler divergence");
        assertThat(kl.minutes()).isEqualTo(90);
        assertThat(kl.notes()).contains("Metacademy", "CC BY-SA 3.0", "kl_divergence");
        Node loss = graph.node("loss-functions").orElseThrow();
        assertThat(loss.minutes()).isEqualTo(120);
        assertThat(loss.aliases()).isEmpty();
        assertThat(kl.aliases()).containsExactly("KL divergence", "relative entropy");
        assertThat(graph.relations()).contains(
                new Relation("kl-divergence", RelationKind.PREREQUISITE, "gaussian_process_regression", "(Metacademy, CC BY-SA 3.0)", null),
                new Relation("loss-functions", RelationKind.PREREQUISITE, "gaussian_process_regression",
                        "Fit by minimising a loss. (Metacademy, CC BY-SA 3.0)", null),
                new Relation("dot_product", RelationKind.PREREQUISITE, "matrix-multiplication", "(Metacademy, CC BY-SA 3.0)", null),
                new Relation("turing_machines", RelationKind.PREREQUISITE, "decidability", "(Metacademy, CC BY-SA 3.0)", null));

        // Metacademy's entropy <- KL divergence contradicts the curated order: kept out, reported, and the graph stays acyclic
        assertThat(graph.relations()).doesNotContain(Relation.of("kl-divergence", RelationKind.PREREQUISITE, "shannon-entropy"));
        assertThat(plan.skipped()).filteredOn(s -> s.reason().equals(ImportPlan.CYCLE_KEPT_OUT)).extracting(Skipped::what)
                .containsExactly("kl-divergence PREREQUISITE shannon-entropy: shannon-entropy -> kl-divergence -> shannon-entropy");
        assertThat(plan.problemList(25)).contains("Kept out (would close a prerequisite cycle) (1):",
                "Matched to concepts of the same meaning (5):");
        assertThat(atlas.check()).isEmpty();

        // near misses: an alias that names a part (no word shared), an alias a stronger match took, an alias two concepts
        // share, a near spelling
        assertThat(plan.problems()).extracting(Problem::message).filteredOn(m -> m.startsWith(ImportPlan.NEAR_MISS))
                .hasSize(7)
                .anyMatch(m -> m.startsWith("not merged: turing_machines is imported as its own concept; its name is an alias of computability, "
                        + "but one that shares no word"))
                .anyMatch(m -> m.startsWith("not merged: decidability is imported"))
                .anyMatch(m -> m.equals("not merged: multinomial_logistic_regression is imported as its own concept; it fits logistic-regression "
                        + "by alias, but logistic_regression fits it better (by id or name spelled alike): did you mean logistic-regression?"))
                .anyMatch(m -> m.equals("not merged: test_set is imported as its own concept; it fits train-validation-test-split by alias, "
                        + "but 2 concepts of the source (test_set, validation_set) fit it equally well: "
                        + "did you mean train-validation-test-split (Train, validation and test splits)?"))
                .anyMatch(m -> m.startsWith("not merged: validation_set is imported"))
                .anyMatch(m -> m.equals("not merged: feed_forward_neural_nets (feed-forward neural networks) is imported as its own concept; "
                        + "its name is spelled almost like an existing concept's: did you mean multilayer-perceptron?"));

        Plan path = atlas.plan("gaussian_process_regression", Set.of(), false);
        assertOrdered(graph, path, "gaussian_process_regression");
        assertThat(path.steps()).extracting(s -> s.node().id()).contains("probability", "shannon-entropy", "kl-divergence", "loss-functions");

        ImportPlan again = atlas.importFrom(root, Importer.Options.detect(), ImportProgress.NONE);
        assertThat(again.created()).isEmpty();
        assertThat(again.updated()).isEmpty();
        assertThat(again.linked()).isEmpty();
        assertThat(again.sameMeaning()).hasSize(5);
    }

    @Test
    void anAliasNamesTheConceptOnlyWhenItSharesAWordWithItsName() {
        assertThat(MeaningMatcher.sharesAWord("KL divergence", "Kullback-Leibler divergence")).isTrue();
        assertThat(MeaningMatcher.sharesAWord("kernel trick", "Kernel methods")).isTrue();
        assertThat(MeaningMatcher.sharesAWord("Hopfield networks", "Hopfield network")).isTrue();
        assertThat(MeaningMatcher.sharesAWord("dot product", "Matrix multiplication")).isFalse();
        assertThat(MeaningMatcher.sharesAWord("message passing", "Processes and inter-process communication")).isFalse();
        assertThat(MeaningMatcher.sharesAWord("character-level language model",
                "Transfer from differently structured pretraining data (char-level Shakespeare example)")).isFalse();
        assertThat(MeaningMatcher.forms("The kernel trick")).containsExactly("kernel trick");
        assertThat(MeaningMatcher.forms("Loss functions")).containsExactly("loss functions", "loss function");
        assertThat(MeaningMatcher.singular("markov chains")).isEqualTo("markov chain");
        assertThat(MeaningMatcher.singular("gaussian process")).isEqualTo("gaussian process");
        assertThat(MeaningMatcher.singular("probabilities")).isEqualTo("probability");
    }

    /** Known pairs: a Metacademy tag and the curated concept of the same meaning. */
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("kl_divergence", "kl-divergence");
        KNOWN.put("backpropagation", "backpropagation");
        KNOWN.put("gradient_descent", "gradient-descent");
        KNOWN.put("stochastic_gradient_descent", "stochastic-gradient-descent");
        KNOWN.put("bayes_rule", "bayes-rule");
        KNOWN.put("chain_rule", "chain-rule");
        KNOWN.put("conditional_probability", "conditional-probability");
        KNOWN.put("expectation_and_variance", "expectation-and-variance");
        KNOWN.put("gaussian_distribution", "gaussian-distribution");
        KNOWN.put("linear_regression", "linear-regression");
        KNOWN.put("logistic_regression", "logistic-regression");
        KNOWN.put("loss_function", "loss-functions");
        KNOWN.put("markov_chains", "markov-chains");
        KNOWN.put("markov_decision_process", "markov-decision-processes");
        KNOWN.put("matrix_multiplication", "matrix-multiplication");
        KNOWN.put("maximum_likelihood", "maximum-likelihood");
        KNOWN.put("mutual_information", "mutual-information");
        KNOWN.put("probability", "probability");
        KNOWN.put("recurrent_neural_networks", "recurrent-neural-networks");
        KNOWN.put("singular_value_decomposition", "singular-value-decomposition");
        KNOWN.put("taylor_approximations", "taylor-approximation");
        KNOWN.put("variational_inference", "variational-inference");
        KNOWN.put("vc_dimension", "vc-dimension");
        KNOWN.put("entropy", "shannon-entropy");
        KNOWN.put("bias_variance_decomposition", "bias-variance-tradeoff");
        KNOWN.put("bayesian_linear_regression", "bayesian-linear-regression");
    }

    @Test
    void theRealMetacademyOnTheShippedGraphReusesCuratedConceptsAndStillPlansGaussianProcessRegression() throws Exception {
        Path root = SharedData.require("datasets/metacademy");
        AtlasGraph shipped = new GraphDataLoader().load(Path.of("graph-data"));
        Atlas atlas = new Atlas(TestDbms.with(shipped).store());

        ImportPlan plan = atlas.importFrom(root, Importer.Options.detect(), ImportProgress.NONE);
        AtlasGraph graph = atlas.snapshot();

        Map<String, String> pairs = new HashMap<>();
        plan.matched().forEach(m -> pairs.put(m.text(), m.node().id()));
        assertThat(pairs).containsAllEntriesOf(KNOWN);
        for (Map.Entry<String, String> known : KNOWN.entrySet()) {
            if (!known.getKey().equals(known.getValue())) {
                assertThat(graph.node(known.getKey())).as("duplicate of " + known.getValue()).isEmpty();
            }
            Node curated = graph.node(known.getValue()).orElseThrow();
            assertThat(curated.name()).isEqualTo(shipped.node(known.getValue()).orElseThrow().name());
            assertThat(curated.notes()).as(known.getValue()).contains("Metacademy", "CC BY-SA 3.0");
        }
        // no imported concept whose id or name is spelled like a curated one's (hyphens, underscores, case, singular/plural)
        Map<String, Set<String>> bySpelling = new HashMap<>();
        for (Node n : graph.nodes()) {
            if (n.kind() == NodeKind.CONCEPT && !n.id().endsWith("_shortcut")) {
                for (String label : List.of(n.id(), n.name())) {
                    MeaningMatcher.forms(label).forEach(f -> bySpelling.computeIfAbsent(f, k -> new HashSet<>()).add(n.id()));
                }
            }
        }
        assertThat(bySpelling.entrySet()).filteredOn(e -> e.getValue().size() > 1)
                .filteredOn(e -> e.getValue().stream().anyMatch(shipped::contains)).isEmpty();
        // reported, not merged: an alias that a stronger match took
        assertThat(plan.problems()).extracting(Problem::message)
                .anyMatch(m -> m.startsWith("not merged: dot_product is imported as its own concept")
                        && m.endsWith("did you mean matrix-multiplication?"))
                .anyMatch(m -> m.startsWith("not merged: random_variables"));
        assertThat(plan.summary()).contains("Matched " + plan.sameMeaning().size() + " concepts to existing concepts of the same meaning",
                "kl_divergence -> kl-divergence");
        // Metacademy's prerequisites and time added to curated concepts, with the attribution on the edges
        assertThat(graph.relations()).anyMatch(r -> r.kind() == RelationKind.PREREQUISITE && KNOWN.containsValue(r.to())
                && !shipped.contains(r.from()) && r.note() != null && r.note().contains("Metacademy, CC BY-SA 3.0"));
        assertThat(graph.relations()).filteredOn(r -> r.note() != null && r.note().contains("(Metacademy, CC BY-SA 3.0)"))
                .hasSize(plan.linked().size());
        assertThat(atlas.check()).noneMatch(p -> p.message().contains("cycle"));

        Plan path = atlas.plan("gaussian_process_regression", Set.of(), false);
        Set<String> ancestors = assertOrdered(graph, path, "gaussian_process_regression");
        assertThat(ancestors).contains("bayesian-linear-regression", "multivariate_gaussian_distribution", "matrix-multiplication",
                "gaussian-distribution", "probability");
        assertThat(path.cycles()).isEmpty();

        CliRun cli = CliRun.atlas("path", "gaussian_process_regression");
        assertThat(cli.exitCode).as(cli.toString()).isZero();
        assertThat(cli.out).contains("What to read before Gaussian process regression (gaussian_process_regression): "
                + ancestors.size() + " steps then the target");

        ImportPlan again = atlas.importFrom(root, Importer.Options.detect(), ImportProgress.NONE);
        assertThat(again.created()).isEmpty();
        assertThat(again.updated()).isEmpty();
        assertThat(again.linked()).isEmpty();
    }

    /** Asserts the plan's steps are exactly the target's prerequisite ancestors, each before what needs it; returns them. */
    private static Set<String> assertOrdered(AtlasGraph graph, Plan path, String target) {
        Map<String, List<String>> before = new HashMap<>();
        for (Relation r : graph.relations(RelationKind.PREREQUISITE)) {
            before.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r.from());
        }
        Set<String> ancestors = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(target));
        while (!todo.isEmpty()) {
            for (String p : before.getOrDefault(todo.pop(), List.of())) {
                if (ancestors.add(p)) {
                    todo.push(p);
                }
            }
        }
        List<String> order = path.steps().stream().map(s -> s.node().id()).toList();
        assertThat(order.get(order.size() - 1)).isEqualTo(target);
        assertThat(order.subList(0, order.size() - 1)).containsExactlyInAnyOrderElementsOf(ancestors);
        for (Relation r : graph.relations(RelationKind.PREREQUISITE)) {
            if (order.contains(r.from()) && order.contains(r.to())) {
                assertThat(order.indexOf(r.from())).as(r.toString()).isLessThan(order.indexOf(r.to()));
            }
        }
        return ancestors;
    }
}
