package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.engine.PreludeModules.Module;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prelude's files declare what they take from each other, and the declarations hold. */
class PreludeImportsTest {

  @Test
  void everyPreludeFileDeclaresWhatItUsesAndTheOrderSatisfiesIt() {
    List<String> problems = new PreludeImportsCheck(PreludeModules.load().modules()).problems();
    assertThat(problems).as("prelude import problems (PreludeImportsCheck.main prints the headers the code needs)").isEmpty();
  }

  @Test
  void aNameOfAnotherFileUsedWithoutImportIsReported() {
    List<String> problems = check(
        eager("a.js", "// @exports helper\nfunction helper() { return 1; }\n"),
        eager("b.js", "function f() { return helper(); }\n"));
    assertThat(problems).containsExactly("b.js:1 uses helper of a.js without importing it: add `// @imports helper from a.js` to its header.");
  }

  @Test
  void aParameterOrLocalShadowingAnotherFilesNameIsNotAUse() {
    List<String> problems = check(
        eager("a.js", "// @exports helper\nfunction helper() { return 1; }\nconst other = 2;\n"),
        eager("b.js", "function f(helper) { const other = 3; return helper + other + ({ helper: 1 }).helper; }\n"
            + "const g = (other) => other;\nclass C { helper() {} }\n"));
    assertThat(problems).isEmpty();
  }

  @Test
  void anImportTheOtherFileDoesNotExportIsReported() {
    List<String> problems = check(
        eager("a.js", "function helper() { return 1; }\n"),
        eager("b.js", "// @imports helper from a.js\nconst x = helper();\n"));
    assertThat(problems).containsExactly("b.js imports helper from a.js, which does not export it: add it to its `// @exports` line.");
  }

  @Test
  void aForwardImportNeedsLaterAndMayOnlyBeUsedInsideFunctions() {
    assertThat(check(
        eager("a.js", "// @imports helper from b.js\nfunction f() { return helper(); }\n"),
        eager("b.js", "// @exports helper\nfunction helper() { return 1; }\n")))
        .containsExactly("a.js imports from b.js, which runs after it: write `// @imports later ...` and use the names inside functions only, or reorder prelude/index.txt.");
    assertThat(check(
        eager("a.js", "// @imports later helper from b.js\nconst x = helper();\n"),
        eager("b.js", "// @exports helper\nfunction helper() { return 1; }\n")))
        .containsExactly("a.js:2 uses helper while it is evaluated, but b.js runs later: use it inside a function only, or reorder prelude/index.txt.");
    assertThat(check(
        eager("a.js", "// @imports later helper from b.js\nconst f = () => helper();\nclass C { m() { return helper(); } }\n"),
        eager("b.js", "// @exports helper\nfunction helper() { return 1; }\n")))
        .isEmpty();
  }

  @Test
  void lazyModulesMayNotFormACycleNorBeImportedByEagerFiles() {
    assertThat(check(
        lazy("a.js", "// @imports y from b.js\n// @exports x\nfunction x() { return y(); }\n"),
        lazy("b.js", "// @imports x from a.js\n// @exports y\nfunction y() { return x(); }\n")))
        .containsExactly("the lazy modules import each other in a cycle: a.js -> b.js -> a.js.");
    assertThat(check(
        lazy("a.js", "// @exports x\nfunction x() { return 1; }\n"),
        eager("b.js", "function f() { return x(); }\n")))
        .containsExactly("b.js:1 uses x of the lazy module a.js: write lazyModule(\"a.js\").x (and export it there).");
  }

  @Test
  void aLazyModuleMemberReadMustBeExported() {
    assertThat(check(
        lazy("a.js", "// @exports x\nfunction x() { return 1; }\nfunction y() { return 2; }\n"),
        eager("b.js", "// @imports lazyModule from c.js\nfunction f() { return lazyModule(\"a.js\").y(); }\n"),
        eager("c.js", "// @exports lazyModule\nfunction lazyModule(name) { return name; }\n")))
        .containsExactly("b.js imports from c.js, which runs after it: write `// @imports later ...` and use the names inside functions only, or reorder prelude/index.txt.",
            "b.js reads y of the lazy module a.js, which does not export it: add it to its `// @exports` line.");
  }

  @Test
  void aLazyModuleMayNotImportAMutableEagerBinding() {
    assertThat(check(
        eager("a.js", "// @exports state\nlet state = 1;\ninternals.set = (v) => { state = v; };\n"),
        lazy("b.js", "// @imports state from a.js\nfunction f() { return state; }\n")))
        .containsExactly("b.js imports the mutable binding state from a.js, but a lazy module reads eager names once, when it loads: import a function that returns it.");
  }

  @Test
  void headerLinesDeclareImportsAndExports() {
    PreludeModules.Module module = PreludeModules.parse("x.js", true,
        "// @imports a, b from core.js\n// @imports c from other.js\n// @exports d\nconst d = a + b + c;\n");
    assertThat(module.imports()).hasSize(2);
    assertThat(module.exports()).containsExactly("d");
  }

  private static List<String> check(Module... modules) {
    return new PreludeImportsCheck(List.of(modules)).problems();
  }

  @Test
  void aLazyModulesInternalsLineGivesTheEagerPreludeOneEntryPointPerPath() {
    Module module = lazy("d.js", "// @internals run, factories.thing\ninternals.run = () => 1;\n");
    assertThat(module.entries()).containsExactly("run", "factories.thing");
    assertThat(PreludeModules.load().eagerCode())
        .contains("lazyEntry(\"durable.js\", internals, \"durableFetch\");\n")
        .contains("lazyEntry(\"durable.js\", internals.bindingFactories, \"durableObjectNamespace\");\n");
  }

  @Test
  void aLazyModulesEntryPointMissingFromItsInternalsLineIsReported() {
    List<String> problems = check(
        lazy("d.js", "// @internals run, gone\ninternals.run = () => 1;\ninternals.other = function () {};\ninternals.table = internals.table ?? {};\n"));
    assertThat(problems).containsExactlyInAnyOrder(
        "d.js assigns internals.other at its top level, which runs only once the module is loaded: add other to its `// @internals` line.",
        "d.js lists gone in its `// @internals` line but assigns no internals.gone at its top level.");
  }

  @Test
  void anEagerFileWithAnInternalsLineIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> eager("e.js", "// @internals run\ninternals.run = 1;\n"))
        .hasMessageContaining("e.js declares `// @internals` entry points, which only a lazy prelude module has");
  }

  private static Module eager(String name, String code) {
    return PreludeModules.parse(name, false, code);
  }

  private static Module lazy(String name, String code) {
    return PreludeModules.parse(name, true, code);
  }
}
