package org.mlatlas.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;

/**
 * A synthetic prerequisite DAG shaped like a curriculum: concepts in {@code levels} layers (foundations at
 * level 0), each with about three prerequisites taken from the one to three layers below and from nearby
 * topics (so that what a concept needs is a cone, not the whole graph). Deterministic for a seed.
 */
public final class SyntheticCurriculum {
    private SyntheticCurriculum() {
    }

    public static AtlasGraph generate(int concepts, int levels, long seed) {
        Random random = new Random(seed);
        int width = Math.max(1, concepts / levels);
        List<Node> nodes = new ArrayList<>(concepts);
        List<Relation> relations = new ArrayList<>(concepts * 3);
        for (int i = 0; i < concepts; i++) {
            nodes.add(Node.concept("c" + i, "Concept " + i));
            int level = i / width;
            if (level == 0) {
                continue;
            }
            int position = i % width;
            Set<Integer> prerequisites = new LinkedHashSet<>();
            int wanted = 2 + random.nextInt(3); // 2..4, about 3 on average
            while (prerequisites.size() < wanted) {
                int below = level - 1 - (random.nextInt(10) < 7 ? 0 : random.nextInt(Math.min(3, level)));
                int near = position + (int) Math.round(random.nextGaussian() * 4);
                int p = Math.floorMod(near, width) + Math.max(0, below) * width;
                if (p < i) {
                    prerequisites.add(p);
                }
            }
            for (int p : prerequisites) {
                relations.add(Relation.of("c" + p, RelationKind.PREREQUISITE, "c" + i));
            }
        }
        return new AtlasGraph(nodes, relations);
    }

    /** Ids of concepts in the top layer, the hardest targets. */
    public static List<String> topTargets(int concepts, int levels, int count, long seed) {
        Random random = new Random(seed);
        int width = Math.max(1, concepts / levels);
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            targets.add("c" + (concepts - 1 - random.nextInt(width)));
        }
        return targets;
    }
}
