package fr.parcours.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module boundaries of DESIGN.md: model depends on nothing; ingest on model; stats on
 * nothing (no I/O, so it can be published alone); engine on those; app on engine. Maven already
 * forbids a dependency the POMs do not declare; these rules also stop the allowed-but-wrong ones
 * (stats touching java.io/java.nio.file or JDBC, ingest reaching into the engine).
 */
class ModuleBoundariesTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.parcours");
  }

  @Test
  void modelDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("fr.parcours.model..")
        .should().dependOnClassesThat().resideInAnyPackage("fr.parcours.ingest..", "fr.parcours.stats..", "fr.parcours.engine..", "fr.parcours.app..")
        .check(classes);
  }

  @Test
  void statsIsFreeOfProjectModulesAndOfIo() {
    noClasses().that().resideInAPackage("fr.parcours.stats..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "fr.parcours.model..", "fr.parcours.ingest..", "fr.parcours.engine..", "fr.parcours.app..", "java.nio.file..", "java.sql..", "java.net..")
        .check(classes);
    noClasses().that().resideInAPackage("fr.parcours.stats..")
        .should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
        .check(classes);
  }

  @Test
  void ingestDependsOnlyOnModel() {
    noClasses().that().resideInAPackage("fr.parcours.ingest..")
        .should().dependOnClassesThat().resideInAnyPackage("fr.parcours.stats..", "fr.parcours.engine..", "fr.parcours.app..", "org.duckdb..")
        .check(classes);
  }

  @Test
  void trajectoryDependsOnlyOnModel() {
    noClasses().that().resideInAPackage("fr.parcours.trajectory..")
        .should().dependOnClassesThat().resideInAnyPackage("fr.parcours.ingest..", "fr.parcours.stats..", "fr.parcours.privacy..",
            "fr.parcours.exchange..", "fr.parcours.engine..", "fr.parcours.app..", "java.sql..", "org.duckdb..")
        .check(classes);
  }

  @Test
  void engineDoesNotKnowTheApplication() {
    noClasses().that().resideInAPackage("fr.parcours.engine..")
        .should().dependOnClassesThat().resideInAnyPackage("fr.parcours.app..", "picocli..")
        .check(classes);
  }

  @Test
  void onlyTheAppUsesTheCommandLineLibrary() {
    noClasses().that().resideOutsideOfPackage("fr.parcours.app..")
        .should().dependOnClassesThat().resideInAnyPackage("picocli..")
        .check(classes);
  }

  @Test
  void privacyDependsOnlyOnModel() {
    noClasses().that().resideInAPackage("fr.parcours.privacy..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "fr.parcours.ingest..", "fr.parcours.stats..", "fr.parcours.exchange..", "fr.parcours.engine..", "fr.parcours.app..", "org.duckdb..")
        .check(classes);
  }

  @Test
  void exchangeDependsOnlyOnModelAndPrivacy() {
    noClasses().that().resideInAPackage("fr.parcours.exchange..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "fr.parcours.ingest..", "fr.parcours.stats..", "fr.parcours.engine..", "fr.parcours.app..", "org.duckdb..")
        .check(classes);
  }

  @Test
  void onlyTheWebPackageUsesTheWebFramework() {
    noClasses().that().resideOutsideOfPackage("fr.parcours.app.web..")
        .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "gg.jte..")
        .check(classes);
  }

  @Test
  void featurePackagesOfTheAppHaveNoCycles() {
    SlicesRuleDefinition.slices().matching("fr.parcours.app.(*)..").should().beFreeOfCycles().check(classes);
  }
}
