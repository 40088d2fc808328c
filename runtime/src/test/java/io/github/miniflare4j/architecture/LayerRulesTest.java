package io.github.miniflare4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.BindingPlugins;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of DESIGN.md, checked on the runtime's compiled classes.
 *
 * <p>A unit is a top-level package under {@code io.github.miniflare4j} together with its
 * sub-packages: a binding kind and its {@code internal} implementation are one unit. The root
 * package (the public face: {@code Miniflare}, the options, {@code MiniflareException}, ...) is
 * the one deliberate exception to "no cycles": it starts every unit, and every unit throws its
 * exceptions and reads its clock. Users import those names from the root, so they stay there;
 * instead, the tests below require that the other units use only the root's base types, which
 * themselves depend on nothing else of the runtime, so that the package cycle is never a cycle
 * between classes.
 */
class LayerRulesTest {

  private static final String BASE = "io.github.miniflare4j";

  /** The root package's types that every unit may use: they depend on no other package of the runtime. */
  private static final List<String> ROOT_BASE_TYPES = List.of(
      "MiniflareException", "ErrorCode", "MiniflareClock", "WorkerException", "ConsoleListener", "ModuleRule",
      "WorkerModule", "StorageSnapshot");

  /** The units that implement the public face and so also use its options (and the CLI, Miniflare itself). */
  private static final String[] FACE_IMPLEMENTATION = {BASE + ".internal..", BASE + ".config..", BASE + ".cli.."};

  private static final JavaClasses RUNTIME = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(BASE);

  @Test
  void units_of_the_runtime_have_no_cycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles()
        // the second exception: the public FetchResponse (http) carries the WebSocket a worker
        // answered with, as the public websocket.WebSocketConnection; both names are users' imports
        .ignoreDependency(
            com.tngtech.archunit.base.DescribedPredicate.<JavaClass>describe("FetchResponse and its builder",
                c -> c.getName().startsWith(BASE + ".http.FetchResponse")),
            com.tngtech.archunit.base.DescribedPredicate.<JavaClass>describe("WebSocketConnection",
                c -> c.getName().equals(BASE + ".websocket.WebSocketConnection")))
        .check(RUNTIME);
  }

  @Test
  void units_use_only_the_base_types_of_the_root_package() {
    classes().that().resideOutsideOfPackage(BASE).and().resideOutsideOfPackages(FACE_IMPLEMENTATION)
        .should().onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
            "are outside the root package or among its base types " + ROOT_BASE_TYPES,
            c -> !c.getPackageName().equals(BASE) || ROOT_BASE_TYPES.contains(topLevelName(c))))
        .check(RUNTIME);
  }

  @Test
  void the_base_types_of_the_root_package_depend_on_no_other_package_of_the_runtime() {
    classes().that().resideInAPackage(BASE)
        .and(com.tngtech.archunit.base.DescribedPredicate.describe("are base types",
            c -> ROOT_BASE_TYPES.contains(topLevelName(c))))
        .should().onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
            "are in the root package or outside the runtime",
            c -> c.getPackageName().equals(BASE) || !c.getPackageName().startsWith(BASE + ".")))
        .check(RUNTIME);
  }

  @Test
  void the_runtime_never_uses_junit() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.junit..").check(RUNTIME);
  }

  @Test
  void binding_kinds_do_not_depend_on_each_other() {
    for (String kind : pluginUnits()) {
      Set<String> others = new TreeSet<>(pluginUnits());
      others.remove(kind);
      noClasses().that().resideInAPackage(kind + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others.stream().map(p -> p + "..").toArray(String[]::new))
          .check(RUNTIME);
    }
  }

  @Test
  void storage_depends_on_no_binding_kind() {
    noClasses().that().resideInAPackage(BASE + ".storage..")
        .should().dependOnClassesThat().resideInAnyPackage(pluginUnits().stream().map(p -> p + "..").toArray(String[]::new))
        .check(RUNTIME);
  }

  private static String topLevelName(com.tngtech.archunit.core.domain.JavaClass c) {
    return c.getName().substring(c.getPackageName().length() + 1).split("\\$")[0];
  }

  /** The unit of every registered plugin, e.g. {@code io.github.miniflare4j.d1}. */
  static Set<String> pluginUnits() {
    Set<String> units = new TreeSet<>();
    for (BindingPlugin plugin : BindingPlugins.all()) {
      String name = plugin.getClass().getPackageName().substring(BASE.length() + 1);
      units.add(BASE + "." + name.split("\\.")[0]);
    }
    return units;
  }
}
