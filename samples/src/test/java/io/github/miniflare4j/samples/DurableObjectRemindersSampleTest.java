package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.durable.DurableObjectBinding;
import io.github.miniflare4j.durable.DurableObjectId;
import io.github.miniflare4j.durable.DurableObjectNamespace;
import io.github.miniflare4j.http.FetchRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A SQLite-backed Durable Object whose alarm delivers reminders: the test moves the instance
 * clock forward instead of waiting, and reads the object's SQL table from Java.
 */
class DurableObjectRemindersSampleTest {

  MiniflareClock clock = new MiniflareClock();
  Miniflare mf;
  DurableObjectNamespace reminders;
  DurableObjectId me;

  @BeforeEach
  void start() {
    mf = new Miniflare(MiniflareOptions.builder()
        .clock(clock)
        .worker(WorkerOptions.builder()
            .scriptPath("src/test/resources/durable/reminders.js")
            .durableObject("REMINDERS", DurableObjectBinding.of("Reminders").withSqlite(true)))
        .build());
    reminders = mf.getDurableObjectNamespace("REMINDERS");
    me = reminders.idFromName("me");
  }

  @AfterEach
  void stop() {
    mf.close();
  }

  private void remind(String text, int inMinutes) {
    mf.dispatchFetch(FetchRequest.builder("http://localhost/remind?text=" + text + "&inMinutes=" + inMinutes)
        .method("POST").build());
  }

  @Test
  void the_alarm_delivers_reminders_when_the_clock_reaches_them() {
    remind("tea", 10);
    remind("call", 60);

    clock.advance(Duration.ofMinutes(15));

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(reminders.storage(me).sql("SELECT text FROM reminder WHERE sent = 1"))
            .containsExactly(Map.of("text", "tea")));
    assertThat(reminders.storage(me).alarm()).isPresent();
  }

  @Test
  void running_the_alarm_early_sends_nothing_that_is_not_due() {
    remind("later", 30);

    assertThat(reminders.runAlarm(me)).isTrue();

    List<Map<String, Object>> rows = reminders.storage(me).sql("SELECT text, sent FROM reminder");
    assertThat(rows).containsExactly(Map.of("text", "later", "sent", 0.0));
    assertThat(reminders.storage(me).alarm()).isPresent();
  }
}
