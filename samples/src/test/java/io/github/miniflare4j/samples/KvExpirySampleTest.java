package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.kv.KvNamespace;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The expiry scenario: a worker keeps sessions in KV with {@code expirationTtl: 3600}
 * ({@code src/test/resources/kv-expiry/sessions-worker.js}). KV expiry reads the instance clock,
 * so the test injects {@link MiniflareClock} and moves it forward an hour instead of sleeping.
 * The clock is put back before the next test.
 */
@MiniflareTest(workers = @Worker(
    name = "sessions",
    scriptPath = "classpath:kv-expiry/sessions-worker.js",
    kvNamespaces = "SESSIONS"))
class KvExpirySampleTest {

  @Test
  void a_session_lives_until_its_ttl_has_passed_on_the_instance_clock(
      WorkerClient sessions, MiniflareClock clock, KvNamespace kv) {
    assertThat(sessions.put("/sessions/s1").body("ada").send()).hasStatus(201);
    assertThat(kv).containsEntry("session:s1", "ada");

    clock.advance(Duration.ofMinutes(59));
    assertThat(sessions.fetch("/sessions/s1")).hasStatus(200).hasBody("hello ada");

    clock.advance(Duration.ofMinutes(2));
    var expired = sessions.fetch("/sessions/s1");

    System.out.println("[sample kv-expiry] GET /sessions/s1 after 61 min of clock time -> "
        + expired.status() + " " + expired.text());
    assertThat(expired).hasStatus(401).hasBody("session expired");
    assertThat(kv).doesNotContainKey("session:s1");
  }

  @Test
  void the_clock_starts_over_for_each_test(WorkerClient sessions, MiniflareClock clock) {
    assertThat(clock.offset()).isEqualTo(Duration.ZERO);
    sessions.put("/sessions/s2").body("grace").send();

    clock.advance(Duration.ofMinutes(30));

    assertThat(sessions.fetch("/sessions/s2")).hasStatus(200).hasBody("hello grace");
  }
}
