package org.mlatlas.cli;

import java.util.ArrayList;
import java.util.List;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeId;
import org.mlatlas.domain.NodeKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas add concept|paper|resource ...}: add a node. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a concept, paper or resource.",
        subcommands = {AddCommand.Concept.class, AddCommand.Paper.class, AddCommand.Resource.class})
final class AddCommand extends BaseCommand {
    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return 2;
    }

    /** Options every node kind shares. */
    abstract static class NodeOptions extends BaseCommand {
        @Option(names = "--alias", paramLabel = "NAME", description = "another name (repeatable)")
        List<String> aliases = new ArrayList<>();

        @Option(names = "--summary", description = "one to three sentences")
        String summary;

        @Option(names = "--note", description = "your own remark")
        String note;

        Integer minutes;

        @Option(names = "--minutes", paramLabel = "N", description = "estimated reading time in minutes (0 or more)")
        void setMinutes(int value) {
            if (value < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--minutes must be 0 or more, not " + value);
            }
            minutes = value;
        }

        /** A publication year as given to {@code --year}: refused in one sentence when no paper could have it. */
        int year(int value) {
            int latest = java.time.Year.now().getValue() + 1;
            if (value < 1500 || value > latest) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--year must be a year between 1500 and " + latest + ", not " + value);
            }
            return value;
        }

        int add(Node node) throws Exception {
            atlas().add(node);
            out().println("Added " + node.kind() + " " + node.id() + ": " + node.name());
            return 0;
        }
    }

    @Command(name = "concept", mixinStandardHelpOptions = true, description = "Add a concept.")
    static final class Concept extends NodeOptions {
        @Parameters(paramLabel = "ID", description = "e.g. kl-divergence")
        String id;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--question", description = "a question this concept answers (repeatable)")
        List<String> questions = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            return add(Node.builder(id, NodeKind.CONCEPT, name).aliases(aliases).summary(summary).notes(note)
                    .questions(questions).minutes(minutes).build());
        }
    }

    @Command(name = "paper", mixinStandardHelpOptions = true,
            description = "Add a paper; its id defaults to arxiv:<id> or paper:<slug of the title>.")
    static final class Paper extends NodeOptions {
        @Option(names = "--id")
        String id;

        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--author", paramLabel = "NAME", description = "an author, in order (repeatable)")
        List<String> authors = new ArrayList<>();

        Integer year;

        @Option(names = "--year", paramLabel = "YYYY", description = "year of publication")
        void setYear(int value) {
            year = year(value);
        }

        @Option(names = "--venue")
        String venue;

        @Option(names = "--arxiv", description = "arXiv id, e.g. 2305.18290")
        String arxiv;

        @Option(names = "--url")
        String url;

        @Override
        public Integer call() throws Exception {
            String arxivId = arxiv == null ? null : arxiv.trim().replaceFirst("v\\d+$", "");
            String nodeId = id != null ? id : arxivId != null ? NodeId.forArxiv(arxivId) : "paper:" + NodeId.slug(title);
            return add(Node.builder(nodeId, NodeKind.PAPER, title).aliases(aliases).summary(summary).notes(note)
                    .minutes(minutes).authors(authors).year(year).venue(venue).arxiv(arxivId).url(url).build());
        }
    }

    @Command(name = "resource", mixinStandardHelpOptions = true,
            description = "Add a blog post, video, repo, docs, book, course or site; its id defaults to res:<slug of the title>.")
    static final class Resource extends NodeOptions {
        @Option(names = "--id")
        String id;

        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--type", required = true, description = "blog, video, repo, docs, book, course or site")
        String type;

        @Option(names = "--by")
        String by;

        Integer year;

        @Option(names = "--year", paramLabel = "YYYY", description = "year of publication")
        void setYear(int value) {
            year = year(value);
        }

        @Option(names = "--url")
        String url;

        @Override
        public Integer call() throws Exception {
            if (!Node.RESOURCE_TYPES.contains(type)) {
                throw new IllegalArgumentException("--type must be one of " + String.join(", ", Node.RESOURCE_TYPES));
            }
            String nodeId = id != null ? id : "res:" + NodeId.slug(title);
            return add(Node.builder(nodeId, NodeKind.RESOURCE, title).aliases(aliases).summary(summary).notes(note)
                    .minutes(minutes).year(year).url(url).resourceType(type).by(by).build());
        }
    }
}
