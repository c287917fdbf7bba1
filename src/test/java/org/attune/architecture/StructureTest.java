package org.attune.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layout's rules, read from the compiled classes: a reader can rely on them. */
class StructureTest {

    private static JavaClasses main;

    @BeforeAll
    static void read() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.attune");
    }

    @Test
    void theDomainsPackagesHaveNoCycle() {
        slices().matching("org.attune.domain.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void theTopLevelHasNoCycle() {
        slices().matching("org.attune.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void theDomainKnowsNoSocketNoHttpAndNoApplication() {
        noClasses()
                .that()
                .resideInAPackage("org.attune.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.websocket..",
                        "jakarta.ws.rs..",
                        "jakarta.servlet..",
                        "org.attune.application..",
                        "org.attune.interfaces..",
                        "org.attune.infrastructure..",
                        "org.attune.security..")
                .check(main);
    }

    @Test
    void onlySettingsReadsTheServersConfiguration() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.attune.application.Settings")
                .should()
                .callMethod(System.class, "getProperty", String.class)
                .orShould()
                .callMethod(System.class, "getProperty", String.class, String.class)
                .orShould()
                .callMethod(System.class, "getenv", String.class)
                .orShould()
                .callMethod(Integer.class, "getInteger", String.class, int.class)
                .orShould()
                .callMethod(Integer.class, "getInteger", String.class)
                .orShould()
                .callMethod(Long.class, "getLong", String.class, long.class)
                .orShould()
                .callMethod(Boolean.class, "getBoolean", String.class)
                .check(main);
    }
}
