package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.junit.Eventually;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerResponse;
import io.github.miniflare4j.kv.KvNamespace;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The work-after-the-response scenario: an order worker answers {@code 202} at once and writes
 * an audit entry to KV later, in {@code ctx.waitUntil}
 * ({@code src/test/resources/wait-until/audit-worker.js}). When the response arrives the entry
 * is not there yet; {@link Eventually#settled(Miniflare)} waits for the pending
 * {@code waitUntil} promises, {@link Eventually#eventually} retries an assertion until it holds.
 */
@MiniflareTest(workers = @Worker(
    name = "orders",
    scriptPath = "classpath:wait-until/audit-worker.js",
    kvNamespaces = "AUDIT"))
class WaitUntilSampleTest {

  @Test
  void the_response_comes_before_the_audit_entry_which_is_there_once_settled(
      WorkerClient orders, Miniflare mf, KvNamespace audit) {
    WorkerResponse accepted = orders.post("/orders/42").send();

    assertThat(accepted).hasStatus(202).hasBody("accepted 42");
    assertThat(audit).doesNotContainKey("audit:42");

    Eventually.settled(mf);

    System.out.println("[sample wait-until] POST /orders/42 -> " + accepted.status()
        + "; after settled: audit:42 = " + audit.get("audit:42"));
    assertThat(audit).hasSize(1);
    assertThat(audit.getJson("audit:42", Map.class))
        .containsEntry("order", "42").containsEntry("action", "created");
  }

  @Test
  void eventually_retries_an_assertion_until_the_background_write_lands(
      WorkerClient orders, KvNamespace audit) {
    orders.post("/orders/7").send();

    Eventually.eventually(() -> assertThat(audit).containsKey("audit:7"));
  }
}
