package io.github.miniflare4j.modules;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProbeTimingTest {
  @Test
  void probe() {
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      try (Miniflare mf = new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(3))
          .worker(WorkerOptions.builder().modules(true).script("export default { fetch() { return new Response('x') } }")).build())) {
        mf.dispatchFetch("http://localhost/");
      }
      long t1 = System.nanoTime();
      var opts = WranglerConfig.load(TypeScriptProjectTest.project("ts-router").resolve("wrangler.toml")).toOptions()
          .startupTimeout(Duration.ofMinutes(3)).build();
      try (Miniflare mf = new Miniflare(opts)) {
        long t2 = System.nanoTime();
        mf.dispatchFetch("http://localhost/info");
        long t3 = System.nanoTime();
        System.out.printf("PROBE inline %d ms, ts start %d ms, first fetch %d ms, cpu %d ms%n",
            (t1 - t0) / 1000000, (t2 - t1) / 1000000, (t3 - t2) / 1000000,
            java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1000000);
      }
    }
  }
}
