package no.pathfin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import no.pathfin.App;

/** The architecture, executable: each rule says why it exists. */
@AnalyzeClasses(packages = "no.pathfin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_depends_only_on_the_jdk = classes()
            .that().resideInAPackage("no.pathfin.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("no.pathfin.domain..", "java..")
            .because("the financing concepts must outlive any framework, and be testable without one");

    @ArchTest
    static final ArchRule the_layers_point_inwards = onionArchitecture()
            .domainModels("no.pathfin.domain..")
            .applicationServices("no.pathfin.application..")
            .adapter("rules", "no.pathfin.adapter.rules..")
            .adapter("pathways", "no.pathfin.adapter.pathways..")
            .adapter("cli", "no.pathfin.adapter.cli..")
            .adapter("web", "no.pathfin.adapter.web..")
            .adapter("activity", "no.pathfin.adapter.activity..")
            .withOptionalLayers(true)
            .ignoreDependency(JavaClass.Predicates.belongToAnyOf(App.class), DescribedPredicate.alwaysTrue())
            .because("use cases depend on ports, never on Drools, Jackson or picocli; adapters never call each other;"
                    + " only the composition root (App) wires adapters to use cases");

    @ArchTest
    static final ArchRule only_the_rules_adapter_touches_drools = noClasses()
            .that().resideOutsideOfPackage("no.pathfin.adapter.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
            .because("one adapter per technology: a Drools upgrade touches one package");

    @ArchTest
    static final ArchRule only_the_cli_adapter_touches_picocli = noClasses()
            .that().resideOutsideOfPackage("no.pathfin.adapter.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..")
            .because("argument parsing is a front-end concern");

    @ArchTest
    static final ArchRule only_the_web_adapter_touches_javalin_and_the_schema_validator = noClasses()
            .that().resideOutsideOfPackage("no.pathfin.adapter.web..")
            .and().doNotBelongToAnyOf(App.class)
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "com.networknt..", "org.eclipse.jetty..")
            .because("HTTP is a front-end concern: a Javalin upgrade touches one package");

    @ArchTest
    static final ArchRule jackson_stays_in_the_adapters = noClasses()
            .that().resideInAnyPackage("no.pathfin.domain..", "no.pathfin.application..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
            .because("file and wire formats are adapters' business");

    @ArchTest
    static final ArchRule no_standard_streams_outside_the_composition_root_and_cli = noClasses()
            .that().resideOutsideOfPackages("no.pathfin.adapter.cli..")
            .and().doNotHaveFullyQualifiedName("no.pathfin.App")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the engine reports through return values and exceptions, never by printing");

    @ArchTest
    static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
