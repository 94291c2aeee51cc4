package org.mlatlas.domain;

import java.util.regex.Pattern;

/** Rules for node ids: stable, typeable, lower case ({@code dpo}, {@code arxiv:2305.18290}, {@code res:zvi-sleeper-agents}). */
public final class NodeId {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_.:/-]*");

    private NodeId() {
    }

    /** True when {@code id} is a well-formed node id. */
    public static boolean isValid(String id) {
        return id != null && id.length() <= 200 && VALID.matcher(id).matches();
    }

    /** The explanation given for an ill-formed id. */
    public static String rule() {
        return "an id is lower-case letters, digits and - _ . : /, starting with a letter or digit";
    }

    /** The id of the paper with arXiv id {@code arxiv} (version suffix dropped): {@code arxiv:2305.18290}. */
    public static String forArxiv(String arxiv) {
        return "arxiv:" + arxiv.trim().replaceFirst("v\\d+$", "");
    }

    /** Turns a free-text name into an id slug: "KL divergence" becomes {@code kl-divergence}. */
    public static String slug(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "node" : s;
    }
}
