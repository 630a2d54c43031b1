package com.lumenbridge.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.lumenbridge.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoFrameworkOrInfrastructure = noClasses()
        .that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..", "reactor..");

    @ArchTest
    static final ArchRule domainDependsOnNoOuterLayer = noClasses()
        .that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("..application..", "..persistence..", "..web..",
            "com.lumenbridge.gateway.edge..", "com.lumenbridge.gateway.routing..");

    @ArchTest
    static final ArchRule useCasesKnowNoAdapters = noClasses()
        .that().resideInAPackage("..application..")
        .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..web..",
            "com.lumenbridge.gateway.edge..", "com.lumenbridge.gateway.routing..");

    @ArchTest
    static final ArchRule webAndStorageStayApart = noClasses()
        .that().resideInAPackage("..web..")
        .should().dependOnClassesThat().resideInAPackage("..persistence..");

    @ArchTest
    static final ArchRule problemsDependOnNothingElseOfTheGateway = noClasses()
        .that().resideInAPackage("com.lumenbridge.gateway.problem..")
        .should().dependOnClassesThat().resideInAnyPackage("com.lumenbridge.gateway.edge..",
            "com.lumenbridge.gateway.routing..", "com.lumenbridge.gateway.tenancy..");
}
