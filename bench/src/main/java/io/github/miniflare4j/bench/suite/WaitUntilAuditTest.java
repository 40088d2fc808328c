package io.github.miniflare4j.bench.suite;

import static io.github.miniflare4j.junit.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.junit.KeepStorage;
import io.github.miniflare4j.junit.WorkerResponse;
import io.github.miniflare4j.kv.KvKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The audit record written by {@code ctx.waitUntil} after the response. Where the Vitest file
 * calls the handler with its own ExecutionContext and waits on it, these tests wait on the
 * response's background work with {@link WorkerResponse#waitUntilSettled()}.
 */
class WaitUntilAuditTest extends ItemsSuite {

  private WorkerResponse postAudit(String pathAndQuery) {
    return api.post("/audit/" + pathAndQuery).send();
  }

  @Test
  @Order(1)
  void post_audit_responds_202_at_once() {
    WorkerResponse response = postAudit("w1");
    assertThat(response.status()).isEqualTo(202);
    assertThat(response.json()).isEqualTo(json("{\"accepted\": \"w1\"}"));
  }

  @Test
  @Order(2)
  void the_audit_key_appears_after_the_response_polled() {
    postAudit("w2?note=polled");
    eventually(() -> assertThat(storedJson("audit:w2"))
        .isEqualTo(json("{\"id\": \"w2\", \"note\": \"polled\", \"at\": \"after-response\"}")));
  }

  /**
   * The worker writes 5 ms after it responds, on the real clock. When the response and the read
   * of KV took less than that (from before the request was sent), the key cannot be there yet; on
   * a machine too slow for that window the absence is not checked, only that the write lands
   * once the background work settles, after the 202.
   */
  @Test
  @Order(3)
  void the_audit_key_is_absent_before_the_background_work_settles() {
    long start = System.nanoTime();
    WorkerResponse response = postAudit("w3");
    String beforeSettling = kv.get("audit:w3");
    boolean withinTheWindow = System.nanoTime() - start < 5_000_000L;
    assertThat(response.status()).isEqualTo(202);
    if (withinTheWindow) {
      assertThat(beforeSettling).isNull();
    }
    response.waitUntilSettled();
    assertThat(kv.get("audit:w3")).isNotNull();
  }

  @Test
  @Order(4)
  void the_audit_key_is_present_after_the_background_work_settles() {
    postAudit("w4?note=direct").waitUntilSettled();
    assertThat(storedJson("audit:w4")).isEqualTo(json("{\"id\": \"w4\", \"note\": \"direct\", \"at\": \"after-response\"}"));
  }

  @Test
  @Order(5)
  @KeepStorage
  void audit_written_by_an_earlier_test_is_still_visible() {
    assertThat(kv.get("audit:w4")).isNotNull();
  }

  @Test
  @Order(6)
  void get_audit_returns_the_record_once_written() {
    postAudit("w5").waitUntilSettled();
    WorkerResponse response = api.fetch("/audit/w5");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("id").asText()).isEqualTo("w5");
  }

  @Test
  @Order(7)
  void get_audit_of_an_unknown_id_is_404() {
    assertThat(api.fetch("/audit/never").status()).isEqualTo(404);
  }

  @Test
  @Order(8)
  void several_background_writes_all_land() {
    List<WorkerResponse> responses = new ArrayList<>();
    for (String id : List.of("m1", "m2", "m3")) {
      responses.add(postAudit(id));
    }
    responses.forEach(WorkerResponse::waitUntilSettled);
    assertThat(kv.list("audit:m").keys()).extracting(KvKey::name).containsExactly("audit:m1", "audit:m2", "audit:m3");
  }

  @Test
  @Order(9)
  void audit_keys_are_not_listed_as_items() {
    assertThat(listItems("").get("keys")).noneMatch(key -> key.asText().startsWith("audit"));
  }

  @Test
  @Order(10)
  void the_note_query_parameter_is_recorded() {
    postAudit("w9?note=hello%20world").waitUntilSettled();
    assertThat(storedJson("audit:w9").get("note").asText()).isEqualTo("hello world");
  }
}
