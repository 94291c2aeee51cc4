package org.mlatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries the code keeps (see docs/architecture.md). */
@AnalyzeClasses(packages = "org.mlatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = classes().that().resideInAPackage("org.mlatlas.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.mlatlas.domain..", "java..");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesNeo4j = noClasses().that().resideOutsideOfPackage("org.mlatlas.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..");

    @ArchTest
    static final ArchRule onlyTheUiTouchesJavaFx = noClasses().that().resideOutsideOfPackage("org.mlatlas.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule plannerKnowsNothingOfStorageOrCommands = noClasses().that().resideInAnyPackage("org.mlatlas.plan..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mlatlas.store..", "org.mlatlas.cli..", "org.mlatlas.app..",
                    "com.fasterxml..", "picocli..");

    @ArchTest
    static final ArchRule onlyCommandsPrint = noClasses().that().resideOutsideOfPackages("org.mlatlas.cli..")
            .and().doNotHaveFullyQualifiedName("org.mlatlas.Main")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.mlatlas.(*)..").should().beFreeOfCycles();
}
