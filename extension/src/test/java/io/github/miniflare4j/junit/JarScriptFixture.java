package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Run by {@link ClasspathJarTest} from a class loader that sees a jar: a TypeScript entry in the jar. */
@MiniflareTest(workers = @Worker(name = "jarred", scriptPath = "classpath:jarred/src/index.ts"))
class JarScriptFixture {
  @Test
  void the_typescript_entry_imports_its_siblings_and_a_package_from_the_jar(WorkerClient jarred) {
    assertThat(jarred.fetch("/").text()).isEqualTo("HELLO FROM THE JAR (v1)");
  }
}
