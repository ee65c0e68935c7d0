package no.pathfin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import no.pathfin.adapter.json.JsonFormats;
import no.pathfin.application.Pathfin;

/** The architecture, executable: each rule says why it exists. */
@AnalyzeClasses(packages = "no.pathfin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_depends_only_on_the_jdk = classes()
            .that().resideInAPackage("no.pathfin.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("no.pathfin.domain..", "java..")
            .because("the financing concepts must outlive any framework, and be testable without one");

    @ArchTest
    static final ArchRule the_domain_holds_no_binary_floating_point = noClasses()
            .that().resideInAPackage("no.pathfin.domain..")
            .should(FloatingPoint.USE_IT)
            .because("money is exact: a double cannot hold 0.1 kr, and one rounding rule needs decimal arithmetic");

    @ArchTest
    static final ArchRule the_layers_point_inwards = onionArchitecture()
            .domainModels("no.pathfin.domain..")
            .applicationServices("no.pathfin.application..")
            .adapter("rules", "no.pathfin.adapter.rules..")
            .adapter("pathways", "no.pathfin.adapter.pathways..")
            .adapter("cli", "no.pathfin.adapter.cli..")
            .adapter("web", "no.pathfin.adapter.web..")
            .adapter("activity", "no.pathfin.adapter.activity..")
            .adapter("json", "no.pathfin.adapter.json..")
            .adapter("scenarios", "no.pathfin.adapter.scenarios..")
            .adapter("spreadsheet", "no.pathfin.adapter.spreadsheet..")
            .withOptionalLayers(true)
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("no.pathfin"), DescribedPredicate.alwaysTrue())
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("no.pathfin.adapter.."),
                    JavaClass.Predicates.resideInAPackage("no.pathfin.adapter.json.."))
            .because("use cases depend on ports, never on Drools, Jackson or picocli; adapters never call each other"
                    + " (they share only adapter.json: the one JSON configuration, the CSV table reader and the answers"
                    + " of the contract, which the API and the command line's --json both write); only the composition"
                    + " root (App and its helpers"
                    + " in no.pathfin) wires adapters to use cases");

    @ArchTest
    static final ArchRule the_domain_slices_do_not_depend_on_each_other_in_a_circle = slices()
            .matching("no.pathfin.domain.(*)..").should().beFreeOfCycles()
            .because("a capability (pricing, workbench, batch) builds on the ones below it, never the other way round");

    @ArchTest
    static final ArchRule the_application_slices_do_not_depend_on_each_other_in_a_circle = slices()
            .matching("no.pathfin.application.(*)..").should().beFreeOfCycles()
            .because("a use case slice can be read, tested and changed without the ones that build on it");

    @ArchTest
    static final ArchRule no_package_depends_on_itself_through_another = slices()
            .matching("no.pathfin.(**)").should().beFreeOfCycles()
            .because("an import cycle between any two packages makes both one unit that cannot change alone");

    @ArchTest
    static final ArchRule controllers_and_commands_get_only_the_use_cases_they_call = noClasses()
            .that().resideInAnyPackage("no.pathfin.adapter.web..", "no.pathfin.adapter.cli..")
            .and().haveSimpleNameEndingWith("Controller").or().haveSimpleNameEndingWith("Command")
            .should().dependOnClassesThat().belongToAnyOf(Pathfin.class)
            .because("a controller or command that can reach every use case hides what it really needs;"
                    + " only the wiring classes (WebServer, CommandFactory) see them all");

    @ArchTest
    static final ArchRule only_the_rules_adapter_touches_drools = noClasses()
            .that().resideOutsideOfPackage("no.pathfin.adapter.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
            .because("one adapter per technology: a Drools upgrade touches one package");

    @ArchTest
    static final ArchRule only_the_cli_adapter_touches_picocli = noClasses()
            .that().resideOutsideOfPackage("no.pathfin.adapter.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..")
            .because("argument parsing is a front-end concern: a picocli upgrade touches one package");

    @ArchTest
    static final ArchRule only_the_spreadsheet_adapter_touches_apache_poi = noClasses()
            .that().resideOutsideOfPackage("no.pathfin.adapter.spreadsheet..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..",
                    "org.openxmlformats..")
            .because("one adapter per technology: a POI upgrade touches one package, and the web adapter reaches"
                    + " workbooks only through the application's Spreadsheets port");

    @ArchTest
    static final ArchRule the_web_adapter_reaches_workbooks_through_the_port = noClasses()
            .that().resideInAPackage("no.pathfin.adapter.web..")
            .should().dependOnClassesThat().resideInAPackage("no.pathfin.adapter.spreadsheet..")
            .because("adapters never call each other: the composition root hands the web adapter the use case that"
                    + " the spreadsheet adapter serves");

    @ArchTest
    static final ArchRule only_the_web_adapter_touches_javalin_and_the_schema_validator = noClasses()
            .that().resideOutsideOfPackage("no.pathfin.adapter.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "com.networknt..", "org.eclipse.jetty..")
            .because("HTTP is a front-end concern: a Javalin upgrade touches one package");

    @ArchTest
    static final ArchRule only_the_json_configuration_and_the_web_adapter_touch_jackson = noClasses()
            .that().resideOutsideOfPackages("no.pathfin.adapter.json..", "no.pathfin.adapter.web..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
            .because("file formats go through one class (JsonFormats); only the web adapter handles Jackson's trees,"
                    + " which its schema validator and Javalin read: a Jackson upgrade touches two packages");

    @ArchTest
    static final ArchRule jackson_is_configured_in_one_place = noClasses()
            .that().doNotBelongToAnyOf(JsonFormats.class)
            .should().callConstructorWhere(target(owner(assignableTo(ObjectMapper.class)
                    .or(assignableTo(JsonFactory.class)))))
            .orShould().callMethodWhere(target(owner(assignableTo(MapperBuilder.class))))
            .orShould().callMethodWhere(target(owner(assignableTo(ObjectMapper.class)))
                    .and(target(nameMatching("enable|disable|configure|register.*|findAndRegisterModules|set.*|copy"))))
            .because("one JSON configuration (JsonFormats) for every adapter: strictness, exact decimals and the"
                    + " spelling of amounts, dates and codes cannot drift apart between files, the API and the CLI");

    @ArchTest
    static final ArchRule no_standard_streams_outside_the_composition_root_and_cli = noClasses()
            .that().resideOutsideOfPackages("no.pathfin.adapter.cli..")
            .and().doNotHaveFullyQualifiedName("no.pathfin.App")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the engine reports through return values and exceptions, never by printing");

    @ArchTest
    static final ArchRule no_java_util_logging = noClasses()
            .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
            .because("one logging facade (SLF4J) decides where every message goes");
}
