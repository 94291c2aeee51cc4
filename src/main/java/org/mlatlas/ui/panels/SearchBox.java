package org.mlatlas.ui.panels;

import org.mlatlas.ui.model.ExplorerViewModel;

/**
 * A search field with completion over names, aliases, ids and titles; while the user types, every node whose name
 * matches is highlighted on the canvas; Enter or a pick centres on the hit.
 */
public final class SearchBox extends CompletionField {

    /** A search box over the view model's graph. */
    public SearchBox(ExplorerViewModel vm) {
        super(vm::complete, n -> {
            vm.highlightMatches(null);
            vm.selectAndCentre(n.id());
        });
        setId("search");
        setPromptText("Search concepts, papers, resources…");
        setPrefColumnCount(28);
        setOnAction(e -> {
            hideCompletions();
            vm.highlightMatches(null);
            if (!getText().isBlank()) {
                vm.searchAndCentre(getText());
            }
        });
        textProperty().addListener((o, a, text) -> {
            if (isFocused()) {
                vm.highlightMatches(text);
            }
        });
        focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                vm.highlightMatches(null);
            }
        });
    }
}
