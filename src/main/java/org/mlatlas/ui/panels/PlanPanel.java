package org.mlatlas.ui.panels;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.mlatlas.domain.Node;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.PlanStep;
import org.mlatlas.plan.Reading;
import org.mlatlas.report.PlanWording;
import org.mlatlas.ui.model.ExplorerViewModel;

/**
 * The reading plan: steps in order with their readings and minutes, and a checkbox per step that marks it
 * known (or read) in the store; the plan then updates.
 */
public final class PlanPanel extends ScrollPane {
    private final ExplorerViewModel vm;
    private final VBox box = new VBox(6);

    /** A panel showing the view model's plan. */
    public PlanPanel(ExplorerViewModel vm) {
        this.vm = vm;
        setId("plan");
        setFitToWidth(true);
        box.setPadding(new Insets(10));
        setContent(box);
        vm.planProperty().addListener((o, a, plan) -> show(plan));
        show(null);
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        return label;
    }

    private String name(String id) {
        return vm.graphProperty().get().node(id).map(n -> n.name()).orElse(id);
    }

    private void show(Plan plan) {
        box.getChildren().clear();
        if (plan == null) {
            Label hint = new Label("Select a node and press \"What should I read before this?\".");
            hint.setWrapText(true);
            box.getChildren().add(hint);
            return;
        }
        Label title = new Label(PlanWording.headline(plan));
        title.setId("plan-title");
        title.setWrapText(true);
        title.setStyle("-fx-font-size: 14px; -fx-font-weight: bold");
        Button graph = new Button("Whole graph");
        graph.setId("show-graph");
        graph.setOnAction(e -> vm.showGraph());
        Button layered = new Button("Plan graph");
        layered.setId("show-plan");
        layered.setOnAction(e -> vm.showPlan());
        Button close = new Button("Close plan");
        close.setOnAction(e -> vm.closePlan());
        box.getChildren().addAll(title, new FlowPane(6, 6, layered, graph, close));
        if (plan.outcome() == Plan.Outcome.ALREADY_KNOWN) {
            box.getChildren().add(new Label("You know it already."));
        }
        String paper = PlanWording.paper(plan);
        if (paper != null) {
            box.getChildren().add(wrapped(new Label(paper)));
        }
        if (plan.startsFromScratch()) {
            box.getChildren().add(wrapped(new Label(plan.shortcuts().isEmpty() ? "Starting from scratch."
                    : "Starting from scratch. Tick a milestone you know:")));
        }
        for (Node known : plan.known()) {
            if (known.milestone()) {
                CheckBox milestone = new CheckBox("I know " + known.name() + " (milestone): left out with all it stands on");
                milestone.setId("milestone-" + known.id());
                milestone.setWrapText(true);
                milestone.setSelected(true);
                milestone.setOnAction(e -> vm.setKnown(known.id(), milestone.isSelected()));
                box.getChildren().add(milestone);
            }
        }
        for (Plan.MilestoneShortcut s : plan.shortcuts()) {
            CheckBox milestone = new CheckBox("I know " + s.milestone().name() + ": " + PlanWording.shortcutSize(plan, s));
            milestone.setId("milestone-" + s.milestone().id());
            milestone.setWrapText(true);
            milestone.setOnAction(e -> vm.setKnown(s.milestone().id(), milestone.isSelected()));
            box.getChildren().add(milestone);
        }
        int n = 1;
        for (PlanStep step : plan.steps()) {
            CheckBox tick = new CheckBox(n++ + ". " + step.node().name() + (step.node().milestone() ? " (milestone)" : "")
                    + "  (" + PlanWording.stepTime(step) + ")");
            tick.setId("step-" + step.node().id());
            tick.setWrapText(true);
            tick.setSelected(step.node().known());
            tick.setOnAction(e -> vm.setKnown(step.node().id(), tick.isSelected()));
            box.getChildren().add(tick);
            if (!step.neededFor().isEmpty()) {
                Label why = new Label("    why: needed for " + String.join(" → ", step.neededFor().stream().map(this::name).toList()));
                why.setId("why-" + step.node().id());
                why.setWrapText(true);
                why.setStyle("-fx-text-fill: #666; -fx-font-size: 11px");
                box.getChildren().add(why);
            }
            for (int i = 0; i < step.readings().size(); i++) {
                Reading r = step.readings().get(i);
                String time = PlanWording.readingTime(step, i);
                Label reading = new Label("    • " + PlanWording.lead(step, r) + ": " + PlanWording.title(step, i)
                        + (time == null ? "" : " · " + time));
                reading.setWrapText(true);
                reading.setStyle("-fx-text-fill: #444");
                box.getChildren().add(reading);
            }
        }
        if (!plan.cycles().isEmpty()) {
            box.getChildren().add(new Label("Cycles cut: " + String.join("; ", plan.cycles())));
        }
    }
}
