package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The rewrite that lets GraalWasm 25 (built against Java 21's List.removeLast) run on Java 17. */
class WasmLanguageLoaderTest {

  private static byte[] classBytes(String name) throws Exception {
    try (InputStream in = WasmLanguageLoaderTest.class.getClassLoader().getResourceAsStream(name.replace('.', '/') + ".class")) {
      return in.readAllBytes();
    }
  }

  @Test
  void the_parser_of_constant_expressions_loads_and_verifies_after_the_rewrite() throws Exception {
    // BinaryParser calls List.removeLast() for every constant expression: the class the rewrite is for
    Class<?> parser = Class.forName("org.graalvm.wasm.BinaryParser", true, new WasmLanguageLoader(getClass().getClassLoader()));

    assertThat(parser.getClassLoader()).isInstanceOf(WasmLanguageLoader.class);
  }

  @Test
  void the_rewrite_adds_the_helper_reference_and_keeps_the_code_length() throws Exception {
    byte[] original = classBytes("org.graalvm.wasm.BinaryParser");
    byte[] patched = WasmLanguageLoader.ClassPatch.removeLastToStatic(original);
    String text = new String(patched, java.nio.charset.StandardCharsets.ISO_8859_1);

    assertThat(patched.length).isGreaterThan(original.length);
    assertThat(text).contains("io/github/miniflare4j/engine/internal/SequencedLists");
  }

  @Test
  void classes_without_the_call_are_left_as_they_are() throws Exception {
    byte[] original = classBytes("org.graalvm.wasm.WasmLanguage");

    assertThat(WasmLanguageLoader.ClassPatch.removeLastToStatic(original)).isSameAs(original);
  }

  @Test
  void other_classes_come_from_the_parent() throws Exception {
    WasmLanguageLoader loader = new WasmLanguageLoader(getClass().getClassLoader());

    assertThat(Class.forName("org.graalvm.polyglot.Context", false, loader)).isSameAs(org.graalvm.polyglot.Context.class);
  }
}
