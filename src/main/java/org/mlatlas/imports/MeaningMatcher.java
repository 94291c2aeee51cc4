package org.mlatlas.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.graphdata.Problem;
import org.mlatlas.imports.ImportPlan.Matched;

/**
 * Finds, for the concepts of another prerequisite graph ({@link Matching#MEANING}: Metacademy), the existing
 * concepts with the same meaning, conservatively and explainably:
 * <ol>
 *   <li>the same id;</li>
 *   <li>the id or the name spelled another way: hyphens, underscores, spaces, case, punctuation and a leading
 *       article folded ({@code kl_divergence} is {@code kl-divergence}, "Bayes' rule" is {@code bayes-rule}),
 *       also in the singular or plural ({@code loss_function} is {@code loss-functions});</li>
 *   <li>one of the existing concept's aliases (also singular or plural) that shares a word with its name (so it is
 *       another name of the concept, not a part or example of it), only when nothing stronger names it.</li>
 * </ol>
 * A concept claimed by several items of the source is given to the one claim that is stronger than all others
 * (the same id beats a spelling, which beats an alias); the others, and an item whose text names several
 * existing concepts equally, are not merged but reported as near misses ("did you mean"), as are items named
 * by an alias that shares no word with its concept's name, and items whose name is a near spelling of an
 * existing concept's.
 */
final class MeaningMatcher {
    /** How strong a claim is: lower is stronger. */
    private enum Tier {
        ID("id"), SPELLING("id or name spelled alike"), ALIAS("alias");

        final String how;

        Tier(String how) {
            this.how = how;
        }
    }

    private record Claim(Proposal proposal, Node node, Tier tier, String label) {
    }

    /** What the matcher decided: the matches by proposal id, and the near misses reported instead of merged. */
    record Result(Map<String, Matched> matches, List<Problem> nearMisses) {
    }

    private final Map<String, Node> concepts = new LinkedHashMap<>();
    private final Map<String, Set<String>> bySpelling = new HashMap<>();
    private final Map<String, Set<String>> byAlias = new HashMap<>();
    private final Map<String, Set<String>> byLooseAlias = new HashMap<>();

    MeaningMatcher(Collection<Node> graphNodes) {
        for (Node n : graphNodes) {
            if (n.kind() != NodeKind.CONCEPT) {
                continue;
            }
            concepts.put(n.id(), n);
            for (String key : forms(n.id())) {
                bySpelling.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(n.id());
            }
            for (String key : forms(n.name())) {
                bySpelling.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(n.id());
            }
            for (String alias : n.aliases()) {
                Map<String, Set<String>> index = sharesAWord(alias, n.name()) ? byAlias : byLooseAlias;
                for (String key : forms(alias)) {
                    index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(n.id());
                }
            }
        }
    }

    /** Matches every {@link Matching#MEANING} concept proposal of {@code proposals} against the graph's concepts. */
    Result match(List<Proposal> proposals) {
        if (concepts.isEmpty()) {
            return new Result(Map.of(), List.of());
        }
        Map<String, List<Claim>> claimsByNode = new LinkedHashMap<>();
        List<Problem> nearMisses = new ArrayList<>();
        Set<String> claimed = new java.util.HashSet<>();
        for (Proposal p : proposals) {
            if (p.matching() != Matching.MEANING || p.node().kind() != NodeKind.CONCEPT) {
                continue;
            }
            Node same = concepts.get(p.node().id());
            if (same != null) {
                claimsByNode.computeIfAbsent(same.id(), k -> new ArrayList<>()).add(new Claim(p, same, Tier.ID, p.node().id()));
                claimed.add(p.node().id());
                continue;
            }
            List<String> labels = labels(p);
            Set<String> spelled = hits(bySpelling, labels);
            Set<String> aliased = hits(byAlias, labels);
            aliased.removeAll(spelled);
            if (spelled.size() > 1 || (spelled.isEmpty() && aliased.size() > 1)) {
                Set<String> all = spelled.isEmpty() ? aliased : spelled;
                nearMisses.add(nearMiss(p, "its name fits several concepts (" + String.join(", ", all) + ")", all));
                claimed.add(p.node().id());
                continue;
            }
            Tier tier = spelled.isEmpty() ? Tier.ALIAS : Tier.SPELLING;
            Set<String> hit = spelled.isEmpty() ? aliased : spelled;
            if (hit.size() == 1) {
                Node node = concepts.get(hit.iterator().next());
                claimsByNode.computeIfAbsent(node.id(), k -> new ArrayList<>()).add(new Claim(p, node, tier, labels.get(0)));
                claimed.add(p.node().id());
            }
        }
        Map<String, Matched> matches = new LinkedHashMap<>();
        claimsByNode.forEach((nodeId, claims) -> {
            Tier best = claims.stream().map(Claim::tier).min(Enum::compareTo).orElseThrow();
            List<Claim> winners = claims.stream().filter(c -> c.tier() == best).toList();
            Claim winner = winners.size() == 1 ? winners.get(0) : null;
            for (Claim c : claims) {
                if (winner != null && c != winner && spelledAlike(c.proposal(), winner.proposal())) {
                    matches.put(c.proposal().node().id(), new Matched(c.proposal().text(), c.proposal().at(), c.node(),
                            "same meaning: " + c.tier().how + ", spelled like " + winner.proposal().node().id()));
                } else if (c == winner) {
                    matches.put(c.proposal().node().id(), new Matched(c.proposal().text(), c.proposal().at(), c.node(),
                            c.tier() == Tier.ID ? "id" : "same meaning: " + c.tier().how));
                } else {
                    String why = winner == null
                            ? claims.size() + " concepts of the source (" + String.join(", ", claims.stream()
                                    .map(x -> x.proposal().node().id()).toList()) + ") fit it equally well"
                            : winner.proposal().node().id() + " fits it better (by " + winner.tier().how + ")";
                    nearMisses.add(nearMiss(c.proposal(), "it fits " + nodeId + " by " + c.tier().how + ", but " + why,
                            List.of(nodeId)));
                }
            }
        });
        for (Proposal p : proposals) {
            if (p.matching() != Matching.MEANING || p.node().kind() != NodeKind.CONCEPT || claimed.contains(p.node().id())) {
                continue;
            }
            Set<String> loose = hits(byLooseAlias, labels(p));
            if (!loose.isEmpty()) {
                nearMisses.add(nearMiss(p, "its name is an alias of " + String.join(", ", loose) + ", but one that shares no word"
                        + " with the concept's name (a part, an example or a neighbour of it, not another name)", loose));
                continue;
            }
            Set<String> close = close(p);
            if (!close.isEmpty()) {
                nearMisses.add(nearMiss(p, "its name is spelled almost like an existing concept's", close));
            }
        }
        return new Result(matches, nearMisses);
    }

    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "and", "the", "of", "in", "on", "for", "to", "with", "by");

    /**
     * True when the alias and the name share a word (singular and plural alike, small words and the name's words in
     * parentheses aside, which give examples): then the alias
     * names the concept itself ("KL divergence" for "Kullback-Leibler divergence", "kernel trick" for "Kernel
     * methods"); an alias that shares none often names a part, an example or a neighbour of it ("message passing"
     * for "Processes and inter-process communication", "Chernoff bound" for "Concentration inequalities").
     */
    static boolean sharesAWord(String alias, String name) {
        Set<String> words = new java.util.HashSet<>();
        for (String w : NameMatcher.normalize(name.replaceAll("\\([^)]*\\)", " ")).split(" ")) {
            words.add(singular(w));
        }
        for (String w : NameMatcher.normalize(alias).split(" ")) {
            if (!MINOR_WORDS.contains(w) && words.contains(singular(w))) {
                return true;
            }
        }
        return false;
    }

    /** True when two proposals' ids or names are spelled alike (the same concept written twice in the source). */
    private static boolean spelledAlike(Proposal a, Proposal b) {
        Set<String> mine = new java.util.HashSet<>();
        List.of(a.node().id(), a.node().name()).forEach(l -> mine.addAll(forms(l)));
        return List.of(b.node().id(), b.node().name()).stream().flatMap(l -> forms(l).stream()).anyMatch(mine::contains);
    }

    private Problem nearMiss(Proposal p, String why, Collection<String> ids) {
        StringBuilder sb = new StringBuilder(ImportPlan.NEAR_MISS).append(p.node().id());
        if (!NameMatcher.normalize(p.node().name()).equals(NameMatcher.normalize(p.node().id()))) {
            sb.append(" (").append(p.node().name()).append(')');
        }
        sb.append(" is imported as its own concept; ").append(why).append(": did you mean ");
        List<String> list = new ArrayList<>(ids);
        for (int i = 0; i < list.size(); i++) {
            Node n = concepts.get(list.get(i));
            sb.append(i == 0 ? "" : i == list.size() - 1 ? " or " : ", ").append(n.id());
            if (!NameMatcher.normalize(n.name()).equals(NameMatcher.normalize(n.id()))) {
                sb.append(" (").append(n.name()).append(')');
            }
        }
        return new Problem(p.at(), sb.append('?').toString());
    }

    /**
     * Existing concepts with an id, name or alias within a few edits of the proposal's id or name (spaces
     * ignored, so "feedforward" is close to "feed forward"): at most one edit per eight letters, at least one, for
     * names of seven letters or more.
     */
    private Set<String> close(Proposal p) {
        Set<String> close = new LinkedHashSet<>();
        List<String> mine = new ArrayList<>();
        for (String label : List.of(p.node().id(), p.node().name())) {
            forms(label).forEach(f -> mine.add(f.replace(" ", "")));
        }
        for (Node n : concepts.values()) {
            List<String> theirs = new ArrayList<>();
            for (String label : labels(n)) {
                forms(label).forEach(f -> theirs.add(f.replace(" ", "")));
            }
            boolean near = false;
            for (String a : mine) {
                for (String b : theirs) {
                    int limit = Math.max(1, Math.min(a.length(), b.length()) / 8);
                    near |= Math.min(a.length(), b.length()) >= 7 && Math.abs(a.length() - b.length()) <= limit && GraphIndex.editDistance(a, b) <= limit;
                }
            }
            if (near) {
                close.add(n.id());
            }
        }
        return close;
    }

    private static List<String> labels(Node n) {
        List<String> labels = new ArrayList<>();
        labels.add(n.id());
        labels.add(n.name());
        labels.addAll(n.aliases());
        return labels;
    }

    private static List<String> labels(Proposal p) {
        List<String> labels = new ArrayList<>();
        labels.add(p.node().id());
        labels.add(p.node().name());
        labels.addAll(p.node().aliases());
        return labels;
    }

    private static Set<String> hits(Map<String, Set<String>> index, List<String> labels) {
        Set<String> hits = new LinkedHashSet<>();
        for (String label : labels) {
            for (String key : forms(label)) {
                hits.addAll(index.getOrDefault(key, Set.of()));
            }
        }
        return hits;
    }

    /**
     * The text folded ({@link NameMatcher#normalize}: case, accents, punctuation, so hyphens and underscores
     * too; a leading article dropped), and the same with its last word in the singular.
     */
    static List<String> forms(String text) {
        String t = NameMatcher.normalize(text).replaceFirst("^(the|a|an) ", "");
        if (t.isEmpty()) {
            return List.of();
        }
        String singular = singular(t);
        return singular.equals(t) ? List.of(t) : List.of(t, singular);
    }

    /** The text with its last word in the singular (English, the regular cases only). */
    static String singular(String text) {
        int space = text.lastIndexOf(' ');
        String head = text.substring(0, space + 1);
        String w = text.substring(space + 1);
        if (w.length() <= 3 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return text;
        }
        if (w.endsWith("ies")) {
            return head + w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return head + w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s")) {
            return head + w.substring(0, w.length() - 1);
        }
        return text;
    }
}
