package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Miniflare#restartWorkers()}: fresh module globals, storage kept. */
class RestartWorkersTest {

  static MiniflareOptions options() {
    return MiniflareOptions.builder()
        .worker(WorkerOptions.builder()
            .name("counter")
            .modules(true)
            .script("""
                let calls = 0;
                export default {
                  async fetch(request, env) {
                    calls++;
                    const stored = Number((await env.KV.get("n")) ?? "0") + 1;
                    await env.KV.put("n", String(stored));
                    return new Response(calls + "/" + stored);
                  }
                };
                """)
            .kvNamespace("KV"))
        .build();
  }

  @Test
  void restart_resets_module_globals_but_keeps_kv() {
    try (Miniflare mf = new Miniflare(options())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("1/1");
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("2/2");

      mf.restartWorkers();

      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("1/3");
      assertThat(mf.workerNames()).containsExactly("counter");
    }
  }

  @Test
  void restart_after_close_is_refused() {
    Miniflare mf = new Miniflare(options());
    mf.close();

    assertThatThrownBy(mf::restartWorkers)
        .isInstanceOf(MiniflareException.class)
        .hasMessage("Cannot use disposed instance");
  }
}
