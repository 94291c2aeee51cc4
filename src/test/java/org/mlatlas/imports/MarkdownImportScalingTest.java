package org.mlatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.bench.SyntheticNotes;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.graphdata.GraphDataLoader;

/**
 * Importing notes costs work and memory in proportion to their size, also when thousands of their lines name
 * the same existing node (issue 13.2: a 5 MB notes file took 12 s, a 20 MB one ran out of memory). Measured by
 * work done, not by time: the bytes the import allocates, and whether it completes within a small heap.
 */
class MarkdownImportScalingTest {
    private static final AtlasGraph CALIBRATION = new AtlasGraph(List.of(Node.builder("model-calibration", NodeKind.CONCEPT,
            "Calibration of classifiers").aliases(List.of("calibration")).build()), List.of());

    /** Notes of {@code n} questions and {@code n} remarks, each naming (and so merged into) one existing concept. */
    private static Path notes(Path dir, int n) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("what is calibration ").append(i).append("?\n\ncalibration topic ").append(i)
                    .append(" (a remark about ").append(i).append(")\n\n");
        }
        return Files.writeString(dir.resolve("notes-" + n + ".md"), sb);
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void fourTimesTheItemsNamingOneNodeCostFourTimesTheWorkNotSixteen(@TempDir Path dir) throws Exception {
        assumeTrue(((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).isThreadAllocatedMemoryEnabled());
        Path small = notes(dir, 1000);
        Path large = notes(dir, 4000);
        Importer.plan(small, Importer.Options.detect(), CALIBRATION, ImportProgress.NONE); // loads and compiles the code

        long before = allocatedBytes();
        ImportPlan smallPlan = Importer.plan(small, Importer.Options.detect(), CALIBRATION, ImportProgress.NONE);
        long between = allocatedBytes();
        ImportPlan largePlan = Importer.plan(large, Importer.Options.detect(), CALIBRATION, ImportProgress.NONE);
        long after = allocatedBytes();

        // every item is matched to the one concept, which gathers every question and remark
        assertThat(largePlan.matched()).hasSize(8000).allMatch(m -> m.node().id().equals("model-calibration"));
        Node calibration = largePlan.updated().get(0);
        assertThat(calibration.questions()).hasSize(4000).contains("what is calibration 3999?");
        assertThat(calibration.notes()).startsWith("a remark about 0\n").endsWith("\na remark about 3999");
        // each item stands for the node as the import leaves it, not for a copy of it as it was at that item
        assertThat(largePlan.matched()).allMatch(m -> m.node() == calibration);
        assertThat(smallPlan.matched()).hasSize(2000);

        // merging item after item into the node once copied all it had gathered: about 14 times the bytes for 4 times
        // the items; linear work is about 4 times
        double ratio = (double) (after - between) / (between - before);
        assertThat(ratio).as("bytes allocated for 4x the items: %,d then %,d", between - before, after - between)
                .isBetween(2.0, 6.0);
    }

    @Test
    void fourMegabytesOfNotesAreImportedWithin160MegabytesOfHeap(@TempDir Path dir) throws Exception {
        Path notes = SyntheticNotes.write(dir.resolve("notes-4mb.md"), 4, 42);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Plan.class.getName(),
                Path.of("graph-data").toString(), notes.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        child.getOutputStream().close();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        // the importer before the fix kept a copy of each much-named node per item: out of memory below 256 MB
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).contains("notes-4mb.md: created ").contains(" matched ");
    }

    /** The child process: plans the import of notes against graph-data and prints the summary. */
    static final class Plan {
        private Plan() {
        }

        public static void main(String[] args) throws Exception {
            AtlasGraph graph = new GraphDataLoader().load(Path.of(args[0]));
            ImportPlan plan = Importer.plan(Path.of(args[1]), Importer.Options.detect(), graph, ImportProgress.NONE);
            System.out.println(plan.summary());
        }
    }
}
