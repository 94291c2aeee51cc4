package org.mlatlas.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.mlatlas.domain.Node;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.PlanStep;
import org.mlatlas.plan.Reading;

/**
 * A plan as JSON: {@code {"target":{"id","name","kind"},"known":[ids],"steps":[{"id","name","kind",
 * "neededFor":[ids],"readings":[{"id","title","arxiv","url","minutes"}],"minutes"}],"totalMinutes"}}, plus
 * {@code outcome}, {@code cycles} and, with {@code --papers}, {@code readingList}.
 */
public final class PlanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    /** The plan as a JSON tree. */
    public static ObjectNode toJson(Plan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("target", node(plan.target()));
        root.put("outcome", plan.outcome().name().toLowerCase(java.util.Locale.ROOT));
        strings(root.putArray("known"), plan.known());
        ArrayNode steps = root.putArray("steps");
        for (PlanStep step : plan.steps()) {
            ObjectNode s = node(step.node());
            strings(s.putArray("neededFor"), step.neededFor());
            readings(s.putArray("readings"), step.readings());
            s.put("minutes", step.minutes());
            steps.add(s);
        }
        root.put("totalMinutes", plan.totalMinutes());
        strings(root.putArray("cycles"), plan.cycles());
        plan.readingList().ifPresent(list -> {
            ObjectNode rl = root.putObject("readingList");
            readings(rl.putArray("readings"), list.readings());
            rl.put("minutes", list.minutes());
            rl.put("approximate", list.approximate());
            strings(rl.putArray("uncovered"), list.uncovered());
        });
        return root;
    }

    /** The plan as indented JSON text, ending with a newline. */
    public static String format(Plan plan) {
        try {
            return MAPPER.writeValueAsString(toJson(plan)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode node(Node n) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", n.id());
        json.put("name", n.name());
        json.put("kind", n.kind().label());
        return json;
    }

    private static void readings(ArrayNode array, List<Reading> readings) {
        for (Reading r : readings) {
            ObjectNode json = array.addObject();
            json.put("id", r.id());
            json.put("title", r.title());
            json.put("arxiv", r.arxiv());
            json.put("url", r.url());
            if (r.minutes() == null) {
                json.putNull("minutes");
            } else {
                json.put("minutes", r.minutes());
            }
            json.put("role", r.role().word());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
