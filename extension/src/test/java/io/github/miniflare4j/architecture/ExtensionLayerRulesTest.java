package io.github.miniflare4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The extension's layer rules (DESIGN.md): its units ({@code junit} with its {@code internal}
 * implementation, {@code assertj}) form no cycle, and it reaches the runtime through the
 * runtime's public packages only, never through an {@code internal} package of the runtime.
 */
class ExtensionLayerRulesTest {

  private static final JavaClasses EXTENSION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> location.contains("/extension/") || location.contains("miniflare4j-junit"))
      .importPackages("io.github.miniflare4j.junit", "io.github.miniflare4j.assertj");

  @Test
  void units_of_the_extension_have_no_cycles() {
    slices().matching("io.github.miniflare4j.(*)..").should().beFreeOfCycles().check(EXTENSION);
  }

  @Test
  void the_extension_uses_no_internal_package_of_the_runtime() {
    noClasses().should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
            "are in an internal package of the runtime",
            c -> c.getPackageName().startsWith("io.github.miniflare4j.")
                && c.getPackageName().contains(".internal")
                && !c.getPackageName().startsWith("io.github.miniflare4j.junit")))
        .check(EXTENSION);
  }

  @Test
  void the_assertions_do_not_depend_on_the_junit_extension() {
    noClasses().that().resideInAPackage("io.github.miniflare4j.assertj..")
        .should().dependOnClassesThat().resideInAPackage("io.github.miniflare4j.junit..")
        .check(EXTENSION);
  }
}
