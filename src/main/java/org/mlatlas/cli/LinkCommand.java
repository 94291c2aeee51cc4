package org.mlatlas.cli;

import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/** {@code atlas link <from> <KIND> <to>}: add a relationship, refusing cycles, typos and wrong kinds. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Add a relationship: <from> PREREQUISITE <to> (know from before to), <reading> EXPLAINS <concept>,"
            + " <paper> CITES <paper>.", "A prerequisite cycle, an unknown id or a wrong kind is refused and nothing changes."})
final class LinkCommand extends BaseCommand {
    @Mixin
    EdgeArguments edge;

    @Option(names = "--note", description = "why, or where in the paper")
    String note;

    @Option(names = "--role", description = "for EXPLAINS: introduces, explainer or covers")
    String role;

    @Override
    public Integer call() throws Exception {
        RelationKind relationKind = edge.kind();
        ReadingRole readingRole = null;
        if (role != null) {
            readingRole = ReadingRole.parse(role).orElseThrow(() ->
                    new IllegalArgumentException("--role must be introduces, explainer or covers, not \"" + role + "\""));
        }
        Relation added = atlas().link(edge.from, relationKind, edge.to, note, readingRole);
        out().println("Linked " + added.from() + " " + added.kind() + " " + added.to() + ".");
        return 0;
    }
}
