package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Workers started from Contexts prepared ahead behave as workers in Contexts built for them. */
class SpareContextsTest {

  private static final String GLOBALS = "Object.getOwnPropertyNames(globalThis).sort().join(',')";

  @Test
  void warming_up_a_prepared_context_leaves_no_global_behind() throws Exception {
    assertThat(globalsOf(true)).isEqualTo(globalsOf(false));
  }

  @Test
  void spares_are_prepared_without_failing() throws Exception {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script("export default { fetch() { return new Response('ok'); } };"))
        .build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("ok");
    }
    PreparedContext spare = null;
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2); // preparing runs in the background: poll, generously for a loaded machine
    while (spare == null && !SpareContexts.failed() && System.nanoTime() < deadline) {
      spare = SpareContexts.take();
      if (spare == null) {
        Thread.sleep(10);
      }
    }
    assertThat(SpareContexts.failed()).as("preparing a spare Context failed (see the debug log)").isFalse();
    assertThat(spare).isNotNull();
    PreparedContext taken = spare;
    taken.loop.submit(() -> { taken.context.close(true); return null; }).get();
    taken.loop.close();
  }

  @Test
  void an_instance_of_more_workers_than_the_default_finds_a_spare_for_each_the_next_time() throws Exception {
    MiniflareOptions.Builder builder = MiniflareOptions.builder();
    for (String name : new String[] {"a", "b", "c", "d"}) {
      builder.worker(WorkerOptions.builder().name(name).modules(true).script("export default { fetch() { return new Response('" + name + "'); } };"));
    }
    MiniflareOptions four = builder.build();
    for (int i = 0; i < 2; i++) { // the second start is the first that prepares spares
      try (Miniflare mf = new Miniflare(four)) {
        assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("a");
      }
    }
    assertThat(SpareContexts.target()).isGreaterThanOrEqualTo(4);
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2); // prepared in the background: poll, generously for a loaded machine
    while (SpareContexts.ready() < 4 && !SpareContexts.failed() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(SpareContexts.failed()).as("preparing a spare Context failed (see the debug log)").isFalse();
    assertThat(SpareContexts.ready()).isGreaterThanOrEqualTo(4);
    assertThat(SpareContexts.ready()).isLessThanOrEqualTo(SpareContexts.MAX_DEMANDED);
  }

  @Test
  void performance_now_is_the_worker_clock_not_the_time_the_spare_was_prepared() {
    // workerd: performance.timeOrigin is 0 and performance.now() is Date.now() (recorded)
    MiniflareClock clock = new MiniflareClock();
    clock.set(Instant.parse("2030-01-01T00:00:00Z"));
    MiniflareOptions options =
        MiniflareOptions.builder()
            .clock(clock)
            .worker(
                WorkerOptions.builder()
                    .modules(true)
                    .script("export default { fetch() { return new Response(performance.timeOrigin + \" \" + Math.floor(performance.now())); } };"))
            .build();
    for (int i = 0; i < 3; i++) { // the later instances start from spares
      try (Miniflare mf = new Miniflare(options)) {
        String[] answer = mf.dispatchFetch("http://localhost/").text().split(" ");
        long set = Instant.parse("2030-01-01T00:00:00Z").toEpochMilli();
        assertThat(answer[0]).isEqualTo("0");
        assertThat(Long.parseLong(answer[1])).isBetween(set, set + 60_000); // the clock runs on from where it was set
      }
    }
  }

  @Test
  void each_instance_from_a_spare_starts_with_fresh_globals() {
    MiniflareOptions options =
        MiniflareOptions.builder()
            .worker(
                WorkerOptions.builder()
                    .modules(true)
                    .script(
                        "globalThis.hits = (globalThis.hits ?? 0) + 1;"
                            + " export default { fetch() { return new Response(String(globalThis.hits)); } };"))
            .build();
    for (int i = 0; i < 3; i++) {
      try (Miniflare mf = new Miniflare(options)) {
        assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("1");
      }
    }
  }

  private static String globalsOf(boolean warmUp) throws Exception {
    EventLoop loop = new EventLoop("spare-test");
    try {
      CompletableFuture<String> globals =
          loop.submit(
              () -> {
                PreparedContext prepared = PreparedContext.create(loop, warmUp);
                try {
                  Value names = prepared.context.eval("js", GLOBALS);
                  return names.asString();
                } finally {
                  prepared.context.close(true);
                }
              });
      return globals.get();
    } finally {
      loop.close();
    }
  }
}
