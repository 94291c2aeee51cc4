package org.mlatlas.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.PlanStep;
import org.mlatlas.plan.Reading;
import org.mlatlas.plan.ReadingList;

/**
 * A plan as JSON; the README's "Plans as JSON" documents every field. In short: {@code target}, {@code outcome},
 * {@code known} (ids) and {@code knownByClosure} (what each known node that stands for its prerequisites made known),
 * {@code paper} for a paper or resource target (the concepts it is read for), {@code fromScratch} and
 * {@code milestoneShortcuts}, {@code steps} (each with {@code minutes}, {@code estimated}, {@code sharedWith} when its
 * first reading was read in an earlier step, {@code restAfter} (the last) and {@code restAfterSteps} (all) when it
 * reads only the rest of what earlier steps read some of, {@code milestone}, and {@code readings} with {@code role}
 * "introduces" | "explains" | "covers", {@code part} when known, {@code minutes}, {@code alreadyReadInStep} when an
 * earlier step read it, {@code partlyReadInStep} (the last) and {@code partlyReadInSteps} (all) when earlier steps
 * read some of the first), with {@code --papers} entries {@code curated} when kept as a step's curated first
 * reading and {@code rest} when an earlier entry reads some of it,
 * {@code totalMinutes}, {@code estimatedSteps}, {@code cycles} and, with {@code --papers}, {@code readingList}.
 */
public final class PlanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    /** The plan as a JSON tree. */
    public static ObjectNode toJson(Plan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("target", node(plan.target()));
        root.put("outcome", plan.outcome().name().toLowerCase(Locale.ROOT));
        strings(root.putArray("known"), plan.known().stream().map(Node::id).toList());
        ObjectNode byClosure = root.putObject("knownByClosure");
        plan.knownByClosure().forEach((id, ids) -> strings(byClosure.putArray(id), ids));
        plan.paper().ifPresent(p -> {
            ObjectNode paper = root.putObject("paper");
            paper.put("role", roleWord(p.role()));
            strings(paper.putArray("concepts"), p.concepts().stream().map(Node::id).toList());
            paper.put("planned", p.planned());
        });
        root.put("fromScratch", plan.startsFromScratch());
        ArrayNode shortcuts = root.putArray("milestoneShortcuts");
        for (Plan.MilestoneShortcut s : plan.shortcuts()) {
            ObjectNode json = shortcuts.addObject();
            json.put("id", s.milestone().id());
            json.put("name", s.milestone().name());
            json.put("steps", s.steps());
            json.put("fewerSteps", plan.steps().size() - s.steps());
            json.put("command", PlanWording.command(plan, s));
        }
        ArrayNode steps = root.putArray("steps");
        for (PlanStep step : plan.steps()) {
            ObjectNode s = node(step.node());
            strings(s.putArray("neededFor"), step.neededFor());
            ArrayNode readings = s.putArray("readings");
            for (int i = 0; i < step.readings().size(); i++) {
                ObjectNode json = readings.addObject();
                reading(json, step.readings().get(i));
                if (step.readIn(i) > 0) {
                    json.put("alreadyReadInStep", step.readIn(i));
                } else if (i == 0 && step.time().isRest()) {
                    json.put("partlyReadInStep", step.time().restAfter());
                    json.set("partlyReadInSteps", numbers(step.time().partlyReadIn()));
                }
            }
            s.put("minutes", step.minutes());
            s.put("estimated", step.time().estimated());
            if (step.time().isShared()) {
                s.put("sharedWith", step.time().sharedWith());
            }
            if (step.time().isRest()) {
                s.put("restAfter", step.time().restAfter());
                s.set("restAfterSteps", numbers(step.time().partlyReadIn()));
            }
            steps.add(s);
        }
        root.put("totalMinutes", plan.totalMinutes());
        root.put("estimatedSteps", plan.estimatedSteps());
        strings(root.putArray("cycles"), plan.cycles());
        plan.readingList().ifPresent(list -> {
            ObjectNode rl = root.putObject("readingList");
            ArrayNode entries = rl.putArray("readings");
            for (ReadingList.Entry e : list.entries()) {
                ObjectNode json = entries.addObject();
                reading(json, e.reading());
                json.put("minutes", e.minutes());
                json.put("estimated", e.estimated());
                json.put("curated", e.curated());
                if (e.rest()) {
                    json.put("rest", true);
                }
                strings(json.putArray("steps"), e.steps());
            }
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

    /** The word a reading's role is written as in JSON: "introduces", "explains" (graph-data's "explainer"), "covers". */
    public static String roleWord(ReadingRole role) {
        return switch (role) {
            case INTRODUCES -> "introduces";
            case EXPLAINER -> "explains";
            case COVERS -> "covers";
        };
    }

    private static ObjectNode node(Node n) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", n.id());
        json.put("name", n.name());
        json.put("kind", n.kind().label());
        json.put("milestone", n.milestone());
        return json;
    }

    private static void reading(ObjectNode json, Reading r) {
        json.put("id", r.id());
        json.put("title", r.title());
        json.put("arxiv", r.arxiv());
        json.put("url", r.url());
        json.put("role", roleWord(r.role()));
        if (r.part() != null) {
            json.put("part", r.part());
        }
        if (r.minutes() == null) {
            json.putNull("minutes");
        } else {
            json.put("minutes", r.minutes());
        }
        if (r.isWholeLongWork()) {
            json.put("wholeWork", true);
        }
    }

    private static ArrayNode numbers(List<Integer> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
