package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import org.junit.jupiter.api.Test;

/** Run by {@link ClasspathJarTest} from a class loader that sees a jar: a Wrangler file in the jar. */
@MiniflareTest(config = "classpath:jarred/wrangler.toml")
class JarConfigFixture {
  @Test
  void the_wrangler_file_in_the_jar_runs_its_project(Miniflare mf) {
    assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("HELLO FROM THE JAR (v1)");
    assertThat(mf.workerNames()).containsExactly("jarred");
  }
}
