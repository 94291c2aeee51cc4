package org.mlatlas.domain;

import java.util.regex.Pattern;

/** Rules for node ids: stable, typeable, lower case ({@code dpo}, {@code arxiv:2305.18290}, {@code res:zvi-sleeper-agents}). */
public final class NodeId {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_.:/-]*");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-+|-+$)");
    private static final Pattern VERSION = Pattern.compile("v\\d+$");

    private NodeId() {
    }

    /** The longest id. */
    public static final int MAX_LENGTH = 200;

    /** True when {@code id} is a well-formed node id. */
    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && VALID.matcher(id).matches();
    }

    /**
     * Why {@code id} is not a node id, quoting it (a long one shortened, as {@link UnknownIdException} quotes):
     * {@code malformed id "A b": an id is lower-case letters, ...}, or its length when that is all that is wrong.
     */
    public static String whyMalformed(String id) {
        String quoted = "malformed id \"" + UnknownIdException.shortened(id) + "\": ";
        if (id.length() > MAX_LENGTH && VALID.matcher(id).matches()) {
            return quoted + "an id has at most " + MAX_LENGTH + " characters, this one has " + String.format("%,d", id.length());
        }
        return quoted + rule();
    }

    /** The explanation given for an ill-formed id. */
    public static String rule() {
        return "an id is lower-case letters, digits and - _ . : /, starting with a letter or digit";
    }

    /** The id of the paper with arXiv id {@code arxiv} (version suffix dropped): {@code arxiv:2305.18290}. */
    public static String forArxiv(String arxiv) {
        return "arxiv:" + VERSION.matcher(arxiv.trim()).replaceFirst("");
    }

    /**
     * Turns a free-text name into an id slug: "KL divergence" becomes {@code kl-divergence}. A name with no
     * letter or digit in a-z/0-9 ("🙂", "中文") becomes {@code node-} and a short hash of the name, and a slug
     * over {@value #MAX_SLUG} characters is cut at a word and given that hash, so that different names keep
     * different ids and every id stays within the length limit.
     */
    public static String slug(String text) {
        String s = EDGE_DASHES.matcher(NOT_SLUG.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (s.isEmpty()) {
            return "node-" + hash(text);
        }
        if (s.length() <= MAX_SLUG) {
            return s;
        }
        String cut = s.substring(0, MAX_SLUG - 9);
        int word = cut.lastIndexOf('-');
        return (word > MAX_SLUG / 2 ? cut.substring(0, word) : cut) + "-" + hash(text);
    }

    /** The longest slug {@link #slug} makes. */
    public static final int MAX_SLUG = 80;

    private static String hash(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
