package io.github.miniflare4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Closing an instance ends what is in flight with a clear error and leaves no thread behind. */
class ClosingTest {

  // waits longer than any test on a timer (a promise nothing can settle would be canceled as hung)
  static final String HANGS = """
      export default { async fetch(req) {
        if (new URL(req.url).pathname === "/hang") await new Promise((r) => setTimeout(r, 3_600_000));
        return new Response("ok");
      } };
      """;

  @Test
  void closing_ends_requests_in_flight_with_err_disposed() throws Exception {
    Miniflare mf = Workers.module("hangs", HANGS);
    List<CompletableFuture<FetchResponse>> pending = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      pending.add(mf.dispatchFetchAsync(FetchRequest.get("http://localhost/hang")));
    }
    assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("ok");

    mf.close();

    for (CompletableFuture<FetchResponse> future : pending) {
      assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOfSatisfying(MiniflareException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ERR_DISPOSED);
            assertThat(e.getMessage()).contains("worker \"hangs\" was closed while this request was in flight");
          });
    }
  }

  @Test
  void a_blocking_dispatch_waiting_on_a_closed_instance_fails_at_once_instead_of_timing_out() throws Exception {
    CompletableFuture<Void> entered = new CompletableFuture<>();
    Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .dispatchTimeout(Duration.ofSeconds(60))
        .outboundService(request -> {
          entered.complete(null);
          return FetchResponse.text("signalled");
        })
        .worker(WorkerOptions.builder().name("hangs").modules(true).script("""
            export default { async fetch() { await fetch("http://signal/"); await new Promise((r) => setTimeout(r, 3_600_000)); } };
            """))
        .build());
    CompletableFuture<Throwable> caller = CompletableFuture.supplyAsync(() -> {
      try {
        mf.dispatchFetch("http://localhost/");
        return null;
      } catch (RuntimeException e) {
        return e;
      }
    });
    entered.get(10, TimeUnit.SECONDS);

    mf.close();

    Throwable error = caller.get(10, TimeUnit.SECONDS);
    assertThat(error).isInstanceOfSatisfying(MiniflareException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.ERR_DISPOSED));
  }

  @Test
  void requests_after_close_are_refused() {
    Miniflare mf = Workers.module("closed", HANGS);
    mf.close();

    assertThatThrownBy(() -> mf.dispatchFetch("http://localhost/"))
        .isInstanceOfSatisfying(MiniflareException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ERR_DISPOSED));
  }

  @Test
  void opening_and_closing_instances_leaves_no_thread_behind() {
    long before = Workers.libraryThreads();
    for (int i = 0; i < 20; i++) {
      try (Miniflare mf = new Miniflare(Workers.options()
          .worker(WorkerOptions.builder().name("a").modules(true).serviceBinding("B", "b")
              .script("export default { fetch(req, env) { return env.B.fetch(req); } };"))
          .worker(WorkerOptions.builder().name("b").modules(true)
              .script("export default { fetch() { setTimeout(() => {}, 60000); return new Response('b'); } };"))
          .build())) {
        assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("b");
      }
    }

    Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> Workers.libraryThreads() <= before);
  }
}
