package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.http.FetchResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A worker bundled ahead by esbuild (fixture built by build-fixture.sh) reports its errors at the
 * original TypeScript file, line and column, through the map beside the bundle or an inline map.
 */
class SourceMapTest {

  static Path project;
  static String math;
  static String index;
  static final List<String> console = new CopyOnWriteArrayList<>();
  static Miniflare mf;

  @BeforeAll
  static void start() throws Exception {
    project = TypeScriptProjectTest.project("bundled-sourcemap").toRealPath();
    math = project.resolve("src/math.ts").toString();
    index = project.resolve("src/index.ts").toString();
    MiniflareOptions.Builder options = WranglerConfig.load(project.resolve("wrangler.toml")).toOptions();
    mf = new Miniflare(options
        .worker(WorkerOptions.builder().name("inline").scriptPath(project.resolve("dist/inline.js"))
            .compatibilityDate("2025-01-01").build())
        .console((worker, level, message) -> console.add(message))
        .startupTimeout(Duration.ofMinutes(2)).build());
  }

  @AfterAll
  static void stop() {
    mf.close();
  }

  @Test
  void the_map_decodes_esbuild_positions_to_the_typescript_source() throws Exception {
    Path dist = project.resolve("dist");
    SourceMap map = SourceMap.parse(Files.readString(dist.resolve("index.js.map")), dist);

    // bundle line 7 "    throw new RangeError(...)": math.ts line 10, same indentation
    assertThat(map.original(7, 5)).isEqualTo(new SourceMap.Position(math, 10, 5, null));
    // bundle line 20 "const quotient = checkedDivide(...)": index.ts line 15
    assertThat(map.original(20, 22).source()).isEqualTo(index);
    assertThat(map.original(20, 22).line()).isEqualTo(15);
    assertThat(map.original(3, 1)).isNull();
  }

  @Test
  void the_500_page_shows_the_typescript_frames_of_an_uncaught_error() {
    FetchResponse response = mf.dispatchFetch("http://localhost/?by=0");

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.text()).startsWith("RangeError: division by zero\n")
        .contains(math + ":10:").contains(index + ":15:").doesNotContain("dist/index.js");
  }

  @Test
  void a_worker_exception_carries_the_typescript_frames() {
    assertThatThrownBy(() -> mf.getWorkerEntrypoint("bundled", "Calculator").call("divide", 1, 0))
        .isInstanceOfSatisfying(WorkerException.class, e -> assertThat(e.jsStack())
            .contains(math + ":10:").contains(index + ":22:").doesNotContain("dist/index.js"));
  }

  @Test
  void console_output_of_an_error_is_mapped() {
    mf.dispatchFetch("http://localhost/log");

    assertThat(console).anySatisfy(line -> assertThat(line).contains("logged from TypeScript")
        .contains(index + ":12:").doesNotContain("dist/index.js"));
  }

  @Test
  void an_inline_data_map_is_used_too() {
    FetchResponse response = mf.dispatchFetch("inline", io.github.miniflare4j.http.FetchRequest.get("http://localhost/?by=0"));

    assertThat(response.text()).contains(math + ":10:").doesNotContain("dist/inline.js");
  }

  @Test
  void a_stack_without_maps_is_kept_as_it_is() {
    String frames = "    at f (/nowhere/a.js:3:4)\n    at /nowhere/b.js:1:2";

    assertThat(SourceMaps.mapStack(frames)).isEqualTo(frames);
  }
}
