package io.github.miniflare4j.workerloader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Worker Loader's declarations (Java, Miniflare's options, Wrangler) and the lifetime of loaded workers. */
class WorkerLoaderPluginTest {

  /** Loads a counter worker under the id in the query and answers its count. */
  private static final String WORKER = """
      export default { async fetch(req, env) {
        const id = new URL(req.url).searchParams.get("id") ?? "a";
        const stub = env.LOADER.get(id, () => ({ compatibilityDate: "2025-01-01", mainModule: "m.js",
          modules: { "m.js": "let n = 0; export default { fetch() { return new Response(String(++n)) } }" } }));
        return stub.getEntrypoint().fetch("http://loaded/");
      } };
      """;

  @Test
  void a_loaded_worker_keeps_its_state_per_id_until_the_workers_restart() {
    WorkerOptions.Builder worker = WorkerOptions.builder().modules(true).script(WORKER).bind(WorkerLoaderBinding.of("LOADER"));
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(worker).build())) {
      assertThat(mf.dispatchFetch("http://x/?id=a").text()).isEqualTo("1");
      assertThat(mf.dispatchFetch("http://x/?id=a").text()).isEqualTo("2");
      assertThat(mf.dispatchFetch("http://x/?id=b").text()).isEqualTo("1");
      mf.restartWorkers();
      assertThat(mf.dispatchFetch("http://x/?id=a").text()).isEqualTo("1");
    }
  }

  @Test
  void wrangler_worker_loaders_declare_the_binding(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("index.js"), WORKER);
    Files.writeString(dir.resolve("wrangler.toml"), """
        name = "api"
        main = "index.js"
        compatibility_date = "2025-01-01"
        [[worker_loaders]]
        binding = "LOADER"
        """);
    WranglerConfig config = WranglerConfig.load(dir.resolve("wrangler.toml"));
    assertThat(config.warnings()).isEmpty();
    try (Miniflare mf = new Miniflare(config.toOptions().build())) {
      assertThat(mf.dispatchFetch("http://x/").text()).isEqualTo("1");
    }
  }

  @Test
  void miniflare_options_name_the_binding() {
    WorkerOptions declared = MiniflareOptions.fromJson("{\"modules\": true, \"script\": \"\", \"workerLoaders\": {\"LOADER\": {}}}")
        .workers().get(0);
    assertThat(declared.declarations()).extracting(b -> b.name()).containsExactly("LOADER");
    assertThat(declared.declarations().get(0)).isEqualTo(WorkerLoaderBinding.of("LOADER"));
  }
}
