package org.mlatlas.imports;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a web address is: an arXiv paper (and its id), a video, a repository, a blog post, docs, or a site. */
public final class Links {
    private static final Pattern ARXIV_PATH = Pattern.compile(
            "/(?:abs|pdf|html)/((?:\\d{4}\\.\\d{4,5})|(?:[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}))(v\\d+)?(?:\\.pdf)?/?$");
    private static final Pattern ARXIV_ID = Pattern.compile("^(?:arxiv:)?((?:\\d{4}\\.\\d{4,5})|(?:[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}))(v\\d+)?$",
            Pattern.CASE_INSENSITIVE);

    private Links() {
    }

    /** The arXiv id (without version) of an arxiv.org abs/, pdf/ or html/ address, if it is one. */
    public static Optional<String> arxivId(String url) {
        String host = host(url);
        if (host == null || !(host.equals("arxiv.org") || host.endsWith(".arxiv.org"))) {
            return Optional.empty();
        }
        String path = URI.create(url.trim().replace(" ", "%20")).getPath();
        Matcher m = ARXIV_PATH.matcher(path == null ? "" : path);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** An arXiv id as written in BibTeX ({@code 2305.18290v2}, {@code arXiv:2305.18290}), without version. */
    public static Optional<String> parseArxivId(String text) {
        Matcher m = ARXIV_ID.matcher(text.trim());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The lower-case host of an address, or null when it is not an http(s) address. */
    public static String host(String url) {
        try {
            URI uri = URI.create(url.trim().replace(" ", "%20"));
            if (uri.getHost() == null || uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True for an http(s) address. */
    public static boolean isWebAddress(String text) {
        return host(text) != null;
    }

    /** The resource kind of an address (one of {@link org.mlatlas.domain.Node#RESOURCE_TYPES}). */
    public static String resourceType(String url) {
        String host = host(url);
        String path = url.toLowerCase(Locale.ROOT);
        if (host == null) {
            return "site";
        }
        if (host.endsWith("youtube.com") || host.equals("youtu.be") || host.endsWith("vimeo.com")) {
            return "video";
        }
        if (host.equals("github.com") || host.equals("gitlab.com") || host.equals("huggingface.co")) {
            return "repo";
        }
        if (host.endsWith("substack.com") || host.endsWith("lesswrong.com") || host.endsWith("alignmentforum.org")
                || host.endsWith("medium.com") || host.startsWith("blog.") || path.contains("/blog")
                || path.contains("/posts/") || path.contains("/p/")) {
            return "blog";
        }
        if (host.startsWith("docs.") || path.contains("/docs/") || host.endsWith("readthedocs.io")) {
            return "docs";
        }
        return "site";
    }

    /** A readable title for an address without link text: the last path segment in words, or the host. */
    public static String titleOf(String url) {
        String host = host(url);
        String path = URI.create(url.trim().replace(" ", "%20")).getPath();
        if (host != null && host.endsWith("youtube.com")) {
            String query = URI.create(url.trim()).getQuery();
            return "YouTube video " + (query == null ? "" : query.replaceFirst("^.*v=([^&]+).*$", "$1"));
        }
        String[] parts = path == null ? new String[0] : path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            String p = parts[i].replaceFirst("\\.(html?|pdf|md)$", "");
            if (p.length() > 2 && !p.equals("index")) {
                String words = p.replaceAll("[-_]+", " ").trim();
                return host.equals("github.com") && parts.length >= 3 ? parts[1] + "/" + parts[2]
                        : Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        }
        return host == null ? url : host;
    }
}
