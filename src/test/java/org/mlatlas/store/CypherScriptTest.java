package org.mlatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.neo4j.driver.Session;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;

class CypherScriptTest {

    @Test
    void theScriptRecreatesTheGraphWithEveryValueEscaped() throws Exception {
        AtlasGraph graph = Graphs.rich();
        TestDbms dbms = TestDbms.with(graph);
        StringWriter script = new StringWriter();
        CypherScript.write(dbms.store().snapshot(), script);
        assertThat(script.toString()).contains("\\'", "\\n", "\\\\").doesNotContain("'callum's");

        dbms.store().replaceAll(AtlasGraph.empty());
        try (Session session = dbms.connection().driver().session()) {
            for (String line : script.toString().split("\n")) {
                if (!line.startsWith("//")) {
                    session.run(line).consume();
                }
            }
        }
        AtlasGraph back = dbms.store().snapshot();
        assertThat(back.nodes()).containsExactlyInAnyOrderElementsOf(graph.nodes());
        assertThat(back.relations()).containsExactlyInAnyOrderElementsOf(graph.relations());
        assertThat(dbms.store().search("callum", 5)).extracting(n -> n.id()).contains("callums-thing");
        dbms.store().replaceAll(Graphs.dpo());
    }
}
