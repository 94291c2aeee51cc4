package org.mlatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.graphdata.Problem;
import org.mlatlas.plan.Plan;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.SharedData;
import org.mlatlas.support.TestDbms;

class MetacademyImportTest {

    private static void write(Path root, String file, String text) throws Exception {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static Path smallFolder(Path root) throws Exception {
        write(root, "concepts/vectors/title.txt", "Vectors\n");
        write(root, "concepts/vectors/dependencies.txt", "");
        write(root, "concepts/dot_product/title.txt", "Dot product");
        write(root, "concepts/dot_product/summary.txt", "The dot product of two vectors.\n");
        write(root, "concepts/dot_product/dependencies.txt", "# comment\ntag: vectors\nreason: It is defined on vectors.\n");
        write(root, "concepts/dot_product/resources.txt", "source: strang\nlocation: Section 1.2\ncore: 1\n");
        write(root, "concepts/matrix_multiplication/title.txt", "Matrix multiplication");
        write(root, "concepts/matrix_multiplication/dependencies.txt", "tag: dot-product\n\ntag: variance\n\ntag: vectors\nshortcut: 1\n");
        write(root, "shortcuts/vectors/dependencies.txt", "");
        write(root, "time_estimates/concepts.txt", "dot_product 0.5\nvectors 1.25\n");
        write(root, "time_estimates/shortcuts.txt", "vectors 0.25\n");
        write(root, "resources.txt", "key: strang\ntitle: Introduction to Linear Algebra\nauthors: Gilbert Strang\nresource_type: textbook\n");
        return root;
    }

    @Test
    void readsConceptsPrerequisitesWithReasonsMinutesShortcutsAndReadings(@TempDir Path dir) throws Exception {
        Atlas atlas = new Atlas(TestDbms.with(AtlasGraph.empty()).store());
        ImportPlan plan = atlas.importFrom(smallFolder(dir), Importer.Options.detect(), ImportProgress.NONE);
        AtlasGraph graph = atlas.snapshot();

        Node dot = graph.node("dot_product").orElseThrow();
        assertThat(dot.minutes()).isEqualTo(30);
        assertThat(dot.summary()).isEqualTo("The dot product of two vectors.");
        assertThat(dot.notes()).contains("Metacademy", "CC BY-SA 3.0");
        assertThat(dot.area()).as("the map shows an import as its own region").isEqualTo("metacademy");
        assertThat(graph.node("vectors_shortcut").orElseThrow().minutes()).isEqualTo(15);
        assertThat(graph.node("variance").orElseThrow().notes()).contains("not defined there");
        assertThat(graph.relations()).contains(
                new Relation("vectors", RelationKind.PREREQUISITE, "dot_product", "It is defined on vectors. (Metacademy, CC BY-SA 3.0)", null),
                new Relation("dot_product", RelationKind.PREREQUISITE, "matrix_multiplication", "(Metacademy, CC BY-SA 3.0)", null),
                new Relation("variance", RelationKind.PREREQUISITE, "matrix_multiplication", "(Metacademy, CC BY-SA 3.0)", null),
                new Relation("res:metacademy-strang", RelationKind.EXPLAINS, "dot_product", "Section 1.2 (Metacademy, CC BY-SA 3.0)",
                        ReadingRole.EXPLAINER));
        assertThat(graph.relations()).anyMatch(r -> r.from().equals("vectors_shortcut") && r.to().equals("matrix_multiplication")
                && r.note().contains("shortcut"));
        assertThat(graph.node("res:metacademy-strang").orElseThrow().resourceType()).isEqualTo("book");
        assertThat(plan.problems()).extracting(Problem::message)
                .anyMatch(m -> m.startsWith("1 dependency tags (1 uses) are spelled with hyphens") && m.contains("dot-product"))
                .anyMatch(m -> m.startsWith("dangling tag \"variance\" (needed by matrix_multiplication)"));

        ImportPlan again = atlas.importFrom(dir, Importer.Options.detect(), ImportProgress.NONE);
        assertThat(again.created()).isEmpty();
        assertThat(again.updated()).isEmpty();
        assertThat(again.linked()).isEmpty();
    }

    @Test
    void aMalformedDependencyFileNamesItsLine(@TempDir Path dir) throws Exception {
        smallFolder(dir);
        write(dir, "concepts/vectors/dependencies.txt", "tag: dot_product\nthis is not a field\n");
        Atlas atlas = new Atlas(TestDbms.with(AtlasGraph.empty()).store());
        assertThatThrownBy(() -> atlas.importFrom(dir, Importer.Options.detect(), ImportProgress.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("vectors/dependencies.txt:2:1: expected \"key: value\"");
        assertThat(atlas.snapshot().nodes()).isEmpty();
    }

    @Test
    void afterImportingMetacademyThePathToGaussianProcessRegressionPutsEveryPrerequisiteFirst() {
        Path root = SharedData.require("datasets/metacademy");
        TestDbms dbms = TestDbms.with(AtlasGraph.empty());
        Atlas atlas = new Atlas(dbms.store());
        ImportPlan plan = atlas.importFrom(root, Importer.Options.detect(), ImportProgress.NONE);
        AtlasGraph graph = atlas.snapshot();
        assertThat(graph.count(NodeKind.CONCEPT)).isEqualTo(392 + 17 + 6);
        assertThat(plan.problems()).filteredOn(p -> p.message().startsWith("dangling tag")).hasSize(17);
        assertThat(plan.problems()).noneMatch(p -> p.message().contains("cycle"));
        assertThat(graph.relations()).contains(new Relation("binary_linear_classifiers", RelationKind.PREREQUISITE, "naive_bayes",
                "Naive Bayes is a linear classifier. (Metacademy, CC BY-SA 3.0)", null));

        Map<String, List<String>> before = new HashMap<>();
        for (Relation r : graph.relations(RelationKind.PREREQUISITE)) {
            before.computeIfAbsent(r.to(), k -> new java.util.ArrayList<>()).add(r.from());
        }
        Set<String> ancestors = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("gaussian_process_regression"));
        while (!todo.isEmpty()) {
            for (String p : before.getOrDefault(todo.pop(), List.of())) {
                if (ancestors.add(p)) {
                    todo.push(p);
                }
            }
        }
        Plan path = atlas.plan("gaussian_process_regression", Set.of(), false);
        List<String> order = path.steps().stream().map(s -> s.node().id()).toList();
        assertThat(order.get(order.size() - 1)).isEqualTo("gaussian_process_regression");
        assertThat(order.subList(0, order.size() - 1)).containsExactlyInAnyOrderElementsOf(ancestors);
        assertThat(ancestors).contains("bayesian_linear_regression", "multivariate_gaussian_distribution", "vectors", "dot_product");
        for (Relation r : graph.relations(RelationKind.PREREQUISITE)) {
            if (order.contains(r.from()) && order.contains(r.to())) {
                assertThat(order.indexOf(r.from())).as(r.toString()).isLessThan(order.indexOf(r.to()));
            }
        }
        assertThat(path.cycles()).isEmpty();

        CliRun cli = CliRun.atlas("path", "gaussian_process_regression");
        assertThat(cli.exitCode).as(cli.toString()).isZero();
        assertThat(cli.out).contains("What to read before Gaussian process regression (gaussian_process_regression): "
                + ancestors.size() + " steps then the target");
    }
}
