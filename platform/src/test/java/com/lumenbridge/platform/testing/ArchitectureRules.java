package com.lumenbridge.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** House rules (STYLE.md) every module checks with ArchUnit. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Only {@code domain} holds business rules, and it imports no Spring, Kafka, Mongo or web class. */
    public static final ArchRule DOMAIN_IS_FRAMEWORK_FREE = noClasses()
        .that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
            "com.mongodb..", "org.bson..", "jakarta.servlet..", "reactor..", "tools.jackson..", "com.fasterxml..")
        .allowEmptyShould(true)
        .because("the domain holds the business rules and must not depend on frameworks (STYLE.md rule 1)");

    /** The domain never reaches out to the layers around it. */
    public static final ArchRule DOMAIN_DOES_NOT_DEPEND_ON_OUTER_LAYERS = noClasses()
        .that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..messaging..", "..application..")
        .allowEmptyShould(true)
        .because("dependencies point inwards, towards the domain");
}
