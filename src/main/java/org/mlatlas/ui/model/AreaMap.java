package org.mlatlas.ui.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.layout.TopicAreas;

/**
 * The topic area of every node of a whole graph ({@link TopicAreas}: its own area, else its community's), with
 * the names the map shows: "llm-alignment" reads "LLM alignment"; a community without an area is named after its
 * most central node ("around Transformer"). Areas are numbered 0..count-1; every view of the graph (filtered,
 * local) uses the same numbers, so an area keeps its colour.
 */
public final class AreaMap {
    private static final Set<String> ACRONYMS = Set.of("llm", "llms", "ml", "rl", "nlp", "gan", "gans", "vae", "ai", "cv", "rlhf");
    /** How many colours areas are told apart by (the canvas has a colour family for each). */
    public static final int COLOURS = 12;
    private static final AreaMap EMPTY = new AreaMap(Map.of(), List.of());

    private final Map<String, Integer> byId;
    private final List<String> names;
    private final int[] colours;

    private AreaMap(Map<String, Integer> byId, List<String> names) {
        this.byId = byId;
        this.names = List.copyOf(names);
        this.colours = colours(this.names);
    }

    /**
     * A colour for each area that depends on its name, not on which other areas there are, so an area keeps its
     * colour when another appears: the colour its name hashes to, or the next one free (areas taken in name order).
     * Beyond {@link #COLOURS} areas, colours repeat.
     */
    private static int[] colours(List<String> names) {
        int[] out = new int[names.size()];
        boolean[] taken = new boolean[COLOURS];
        for (int a = 0; a < names.size(); a++) {
            int c = Math.floorMod(names.get(a).hashCode(), COLOURS);
            if (a < COLOURS) {
                while (taken[c]) {
                    c = (c + 1) % COLOURS;
                }
                taken[c] = true;
            }
            out[a] = c;
        }
        return out;
    }

    /** No areas. */
    public static AreaMap empty() {
        return EMPTY;
    }

    /** The areas of these nodes, communities found over these relations for nodes without one. */
    public static AreaMap of(Collection<Node> nodes, Collection<Relation> relations) {
        List<Node> list = new ArrayList<>(nodes);
        Map<String, Integer> index = new HashMap<>();
        String[] given = new String[list.size()];
        for (int i = 0; i < list.size(); i++) {
            index.put(list.get(i).id(), i);
            given[i] = list.get(i).area();
        }
        List<int[]> edges = new ArrayList<>();
        double[] degree = new double[list.size()];
        for (Relation r : relations) {
            Integer a = index.get(r.from());
            Integer b = index.get(r.to());
            if (a != null && b != null && !a.equals(b)) {
                edges.add(new int[] {a, b});
                degree[a]++;
                degree[b]++;
            }
        }
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            from[e] = edges.get(e)[0];
            to[e] = edges.get(e)[1];
        }
        TopicAreas areas = TopicAreas.of(given, from, to, degree);
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            byId.put(list.get(i).id(), areas.areaOf(i));
        }
        List<String> names = new ArrayList<>();
        for (int a = 0; a < areas.count(); a++) {
            names.add(areas.name(a) != null ? displayName(areas.name(a)) : "around " + list.get(areas.namedAfter(a)).name());
        }
        return new AreaMap(byId, names);
    }

    /** An area's name as the map shows it: words for hyphens, acronyms in capitals, the first letter capital. */
    static String displayName(String area) {
        String[] words = area.replace('_', '-').split("-");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            String word = ACRONYMS.contains(w.toLowerCase(Locale.ROOT)) ? w.toUpperCase(Locale.ROOT) : w;
            if (out.length() == 0 && !word.isEmpty()) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            out.append(out.length() == 0 ? "" : " ").append(word);
        }
        return out.length() == 0 ? area : out.toString();
    }

    /** The number of areas. */
    public int count() {
        return names.size();
    }

    /** The area of the node with this id, or -1 when the node is not in this map. */
    public int of(String id) {
        Integer a = byId.get(id);
        return a == null ? -1 : a;
    }

    /** The name of area {@code a}. */
    public String name(int a) {
        return names.get(a);
    }

    /** The colour of area {@code a}, 0..{@link #COLOURS}-1. */
    public int colour(int a) {
        return colours[a];
    }

    /** Every area's name, by number. */
    public List<String> names() {
        return names;
    }
}
