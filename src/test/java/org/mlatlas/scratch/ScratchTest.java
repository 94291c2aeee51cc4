package org.mlatlas.scratch;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.graphdata.GraphDataLoader;
import org.mlatlas.imports.ImportPlan;
import org.mlatlas.imports.ImportProgress;
import org.mlatlas.imports.Importer;

class ScratchTest {
    @Test
    void dryRun() throws Exception {
        AtlasGraph curated = new GraphDataLoader().load(Path.of("graph-data"));
        String src = System.getProperty("scratch.src", "../shared/datasets/metacademy");
        ImportPlan plan = Importer.plan(Path.of(src), Importer.Options.detect(), curated, ImportProgress.NONE);
        Files.writeString(Path.of("target/scratch.txt"), plan.details(Integer.MAX_VALUE) + plan.summary() + "\n" + plan.problemList(1000));
    }
}
