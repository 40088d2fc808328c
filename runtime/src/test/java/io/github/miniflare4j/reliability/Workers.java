package io.github.miniflare4j.reliability;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.time.Duration;

/** Small helpers shared by the reliability tests. */
final class Workers {

  /** A CPU limit small enough for tests, large enough for a loaded 2-core machine. */
  static final Duration TEST_CPU_LIMIT = Duration.ofMillis(300);

  private Workers() {}

  /** One modules worker with the test CPU limit. */
  static Miniflare module(String name, String script) {
    return new Miniflare(options().worker(WorkerOptions.builder().name(name).modules(true).script(script)).build());
  }

  /** Options with the test CPU limit (for top-level code too) and a dispatch timeout well above it. */
  static MiniflareOptions.Builder options() {
    return MiniflareOptions.builder()
        .cpuLimit(TEST_CPU_LIMIT)
        .startupCpuLimit(TEST_CPU_LIMIT)
        .dispatchTimeout(Duration.ofSeconds(20));
  }

  /** The live threads this library started (event loops, host pool, watchdog, server). */
  static long libraryThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(t -> t.getName().startsWith("miniflare4j-"))
        // spare Contexts prepared ahead are a JVM-wide pool of threads (engine.SpareContexts, sized
        // by miniflare4j.spareContexts and the last instance's workers), like the shared engine:
        // not left behind by an instance
        .filter(t -> !t.getName().startsWith("miniflare4j-spare-"))
        .count();
  }
}
