package org.mlatlas.ui.panels;

import org.mlatlas.ui.model.ExplorerViewModel;

/** A search field with completion over names, aliases, ids and titles; Enter or a pick centres on the hit. */
public final class SearchBox extends CompletionField {

    /** A search box over the view model's graph. */
    public SearchBox(ExplorerViewModel vm) {
        super(vm::complete, n -> vm.selectAndCentre(n.id()));
        setId("search");
        setPromptText("Search concepts, papers, resources…");
        setPrefColumnCount(28);
        setOnAction(e -> {
            hideCompletions();
            if (!getText().isBlank()) {
                vm.searchAndCentre(getText());
            }
        });
    }
}
