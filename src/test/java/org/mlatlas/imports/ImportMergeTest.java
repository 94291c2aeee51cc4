package org.mlatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;

/**
 * Merging many items into one node ({@link MergedNode}, and {@link Substrings} for its notes) gives exactly what
 * folding {@link NodeMerge#fill} over them gave, item after item.
 */
class ImportMergeTest {
    private static final List<String> WORDS = List.of("RLHF", "rlhf", "R.L.H.F.", "reward model", "Reward-Model", "ppo",
            "what is dpo?", "What is DPO", "kl", "KL divergence", "");

    @Test
    void aMergedNodeIsTheFoldOfFillAtEveryStep() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            Node base = randomNode(random, "n" + round);
            Node folded = base;
            MergedNode merged = new MergedNode(base);
            for (int step = 0; step < 1 + random.nextInt(30); step++) {
                Node extra = randomNode(random, "extra");
                Node previous = folded;
                Node next = NodeMerge.fill(previous, extra);
                List<String> newAliases = new ArrayList<>();
                List<String> newQuestions = new ArrayList<>();

                boolean changed = merged.fill(extra, newAliases, newQuestions);

                assertThat(merged.node()).as("round %d step %d", round, step).isEqualTo(next);
                assertThat(changed).as("changed, round %d step %d", round, step).isEqualTo(!next.equals(previous));
                assertThat(newAliases).isEqualTo(next.aliases().stream().filter(a -> !previous.aliases().contains(a)).toList());
                assertThat(newQuestions).isEqualTo(next.questions().stream().filter(q -> !previous.questions().contains(q)).toList());
                assertThat(merged.head()).extracting(Node::id, Node::kind, Node::name, Node::arxiv, Node::url, Node::known)
                        .containsExactly(next.id(), next.kind(), next.name(), next.arxiv(), next.url(), next.known());
                folded = next;
            }
        }
    }

    @Test
    void longNotesAreSearchedThroughTheirIndexWithTheSameAnswers() {
        Random random = new Random(5);
        Node base = Node.builder("hot", NodeKind.CONCEPT, "Hot").notes("first line\nsecond (line)").build();
        Node folded = base;
        MergedNode merged = new MergedNode(base);
        for (int i = 0; i < 3000; i++) {
            // unique notes, repeats, and pieces of earlier notes: the notes soon pass the indexing threshold
            String note = switch (random.nextInt(4)) {
                case 0 -> "a remark about calibration " + i;
                case 1 -> "a remark about calibration " + random.nextInt(i + 1);
                case 2 -> "calibration " + random.nextInt(2 * i + 1) + "\na";
                default -> "ation " + random.nextInt(3 * i + 1);
            };
            Node extra = Node.builder("x", NodeKind.CONCEPT, "X").notes(note).build();
            folded = NodeMerge.fill(folded, extra);
            merged.fill(extra, null, null);
            if (i % 97 == 0) {
                assertThat(merged.node().notes()).isEqualTo(folded.notes());
            }
        }
        assertThat(merged.node()).isEqualTo(folded);
        assertThat(folded.notes().length()).isGreaterThan(20_000);
    }

    @Test
    void substringsAnswerAsStringContainsWhileTheTextGrows() {
        Random random = new Random(3);
        for (int round = 0; round < 50; round++) {
            StringBuilder text = new StringBuilder();
            Substrings index = new Substrings();
            String alphabet = round % 2 == 0 ? "ab" : "abc \nxyz";
            for (int piece = 0; piece < 40; piece++) {
                String more = randomString(random, alphabet, random.nextInt(12));
                text.append(more);
                index.append(more);
                for (int q = 0; q < 30; q++) {
                    String query = random.nextBoolean() && text.length() > 0 ? pieceOf(random, text.toString())
                            : randomString(random, alphabet, random.nextInt(8));
                    assertThat(index.contains(query)).as("\"%s\" in \"%s\"", query, text).isEqualTo(text.indexOf(query) >= 0);
                }
            }
        }
    }

    private static Node randomNode(Random random, String id) {
        Node.Builder b = Node.builder(id, random.nextInt(4) == 0 ? NodeKind.PAPER : NodeKind.CONCEPT, "Name " + id)
                .aliases(words(random)).questions(words(random)).candidates(words(random))
                .fromNotes(random.nextBoolean()).known(random.nextInt(3) == 0).milestone(random.nextInt(5) == 0);
        if (random.nextBoolean()) {
            b.notes(switch (random.nextInt(4)) {
                case 0 -> "  ";
                case 1 -> "note " + random.nextInt(5);
                case 2 -> "note " + random.nextInt(5) + " and more";
                default -> "x";
            });
        }
        if (random.nextInt(3) == 0) {
            b.arxiv("2305." + random.nextInt(3)).url("https://example.org/" + random.nextInt(3)).year(2000 + random.nextInt(3))
                    .summary("s" + random.nextInt(2)).minutes(random.nextInt(30)).venue("v").by("b").area("a")
                    .resourceType("site");
        }
        if (random.nextInt(4) == 0) {
            b.authors(List.of("A" + random.nextInt(2)));
        }
        return b.build();
    }

    private static List<String> words(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String w = WORDS.get(random.nextInt(WORDS.size()));
            words.add(w.isEmpty() ? "w" + random.nextInt(50) : w); // repeats, spellings alike, and new ones
        }
        return words;
    }

    private static String randomString(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String pieceOf(Random random, String text) {
        int from = random.nextInt(text.length());
        return text.substring(from, from + random.nextInt(Math.min(10, text.length() - from) + 1));
    }
}
