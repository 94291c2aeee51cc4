package org.mlatlas.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Reading notes of any size, in the shapes real notes take (bare topics, questions, arXiv links with remarks,
 * title-only papers with a year, nested bullets, wiki links, ticked boxes), for timing Markdown imports as the
 * file grows. Most items are new; some name nodes of the shipped graph, as notes do. Deterministic.
 */
public final class SyntheticNotes {
    private static final List<String> KNOWN = List.of("rlhf", "lora", "integrated gradients", "sleeper agents",
            "mixture of experts models", "inverse scaling", "KL divergence", "transformer", "attention", "dpo");
    private static final List<String> WORDS = List.of("sparse", "gradient", "reward", "latent", "token", "circuit",
            "probe", "scaling", "diffusion", "memory", "policy", "feature", "kernel", "entropy", "bias", "prior",
            "routing", "adapter", "context", "distillation", "calibration", "agent", "verifier", "steering");

    private SyntheticNotes() {
    }

    /** Writes about {@code megabytes} MB of notes to {@code file}. */
    public static Path write(Path file, int megabytes, long seed) throws Exception {
        Files.createDirectories(file.getParent());
        Random random = new Random(seed);
        long target = megabytes * 1024L * 1024L;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; written < target; i++) {
                String block = block(i, random);
                out.write(block);
                written += block.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return file;
    }

    private static String topic(Random random) {
        return WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size()));
    }

    private static String block(int i, Random random) {
        StringBuilder sb = new StringBuilder();
        sb.append(KNOWN.get(i % KNOWN.size())).append('\n');
        sb.append(topic(random)).append(' ').append(i).append("\n\n");
        sb.append("what is ").append(topic(random)).append(' ').append(i).append("?\n\n");
        int arxiv = 1000 + (i * 7919) % 9000;
        sb.append("- [").append(Character.toUpperCase(topic(random).charAt(0))).append(topic(random).substring(1))
                .append(" for ").append(topic(random)).append(" ").append(i).append("](https://arxiv.org/abs/2")
                .append(String.format("%03d", 100 + i % 900).substring(0, 3)).append('.').append(String.format("%05d", arxiv))
                .append(") (a remark about ").append(topic(random)).append(")\n");
        sb.append("\t- nested note on ").append(topic(random)).append(' ').append(i).append('\n');
        sb.append("\t\t- [[").append(topic(random)).append(' ').append(i).append("]]\n");
        sb.append("- 20").append(10 + i % 15).append(' ').append("Towards ").append(topic(random)).append(" in ")
                .append(topic(random)).append(' ').append(i).append('\n');
        sb.append("[").append(i % 3 == 0 ? "x" : " ").append("] ").append(topic(random)).append(" for images ").append(i).append("\n\n");
        return sb.toString();
    }
}
