package org.mlatlas.cli;

import java.util.Comparator;
import java.util.List;
import org.mlatlas.domain.Neighbourhood;
import org.mlatlas.domain.Neighbourhood.Link;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.report.Minutes;
import org.mlatlas.report.RelationGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code atlas show <id>}: a node and its neighbours grouped by relationship kind. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a node and its neighbours by relationship kind.")
final class ShowCommand extends BaseCommand {
    @Parameters(paramLabel = "ID", description = "id, name or alias")
    String id;

    @Override
    public Integer call() throws Exception {
        Neighbourhood hood = atlas().show(id);
        Node n = hood.node();
        var out = out();
        out.println(n.name() + "  (" + n.id() + ", " + n.kind() + (n.milestone() ? ", milestone" : "") + (n.known() ? ", known" : "") + (n.fromNotes() ? ", from my notes" : "") + ")");
        line("aliases", n.aliases().isEmpty() ? null : String.join(", ", n.aliases()));
        line("authors", n.authors().isEmpty() ? null : String.join(", ", n.authors()));
        line("by", n.by());
        line("year", n.year() == null ? null : n.year().toString());
        line("venue", n.venue());
        line("type", n.resourceType());
        line("link", n.link());
        line("time", n.minutes() == null ? null : Minutes.format(n.minutes()));
        line("summary", n.summary());
        line("milestone", n.milestone() ? "knowing it means knowing everything it stands on (`atlas know " + n.id()
                + "`, `atlas path TARGET --known " + n.id() + "`)" : null);
        line("my notes", n.notes());
        line("questions", n.questions().isEmpty() ? null : String.join(" | ", n.questions()));
        line("candidates", n.candidates().isEmpty() ? null : String.join(", ", n.candidates()));
        for (RelationGroup group : RelationGroup.values()) {
            group(hood, group);
        }
        return 0;
    }

    private void line(String label, String value) {
        if (value != null && !value.isBlank()) {
            out().printf("  %-10s %s%n", label + ":", value);
        }
    }

    private void group(Neighbourhood hood, RelationGroup group) {
        List<Link> links = group.links(hood).stream().sorted(Comparator.comparing(l -> l.other().id())).toList();
        if (links.isEmpty()) {
            return;
        }
        out().println(group.title() + ":");
        for (Link l : links) {
            String note = l.relation().note() == null ? "" : "  -- " + l.relation().note();
            String role = l.relation().kind() == RelationKind.EXPLAINS && l.relation().role() != null
                    && l.relation().role() != org.mlatlas.domain.ReadingRole.COVERS ? " [" + l.relation().role().word() + "]" : "";
            out().println("  " + l.other().id() + "  " + l.other().name() + role + note);
        }
    }
}
