package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.MiniflareClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** What each test sees of the writes, globals and clock of the tests before it. */
class IsolationTest {

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class WriterFirst {
    @BeforeAll
    static void seed(WorkerClient api) {
      api.fetch("/put?k=seeded&v=before-all");
      api.fetch("/hits");
    }

    @Test
    @Order(1)
    void writes(WorkerClient api) {
      assertThat(api.fetch("/get?k=seeded").text()).isEqualTo("before-all");
      api.fetch("/put?k=written&v=by-test");
      api.fetch("/put?k=seeded&v=overwritten");
      assertThat(api.fetch("/hits").text()).isEqualTo("1");
      throw new AssertionError("a failing test must not leak its writes either");
    }

    @Test
    @Order(2)
    void reads(WorkerClient api) {
      assertThat(api.fetch("/get?k=written").text()).isEqualTo("<none>");
      assertThat(api.fetch("/get?k=seeded").text()).isEqualTo("before-all");
      assertThat(api.fetch("/hits").text()).isEqualTo("1");
    }
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ReaderFirst {
    @Test
    @Order(1)
    void reads(WorkerClient api) {
      assertThat(api.fetch("/get?k=written").text()).isEqualTo("<none>");
      assertThat(api.fetch("/hits").text()).isEqualTo("1");
    }

    @Test
    @Order(2)
    void writes(WorkerClient api) {
      api.fetch("/put?k=written&v=by-test");
      assertThat(api.fetch("/hits").text()).isEqualTo("1");
    }

    @Test
    @Order(3)
    void reads_again(WorkerClient api) {
      reads(api);
    }
  }

  @Test
  void a_later_test_does_not_see_what_an_earlier_one_wrote_even_when_it_failed() {
    Fixtures.run(WriterFirst.class).testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
  }

  @Test
  void an_earlier_test_is_not_affected_by_a_later_writer() {
    Fixtures.assertAllSucceeded(Fixtures.run(ReaderFirst.class), 3);
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class NestedBaselines {
    @BeforeAll
    static void seed(WorkerClient api) {
      api.fetch("/put?k=outer&v=1");
    }

    @Test
    @Order(1)
    void outer_writes(WorkerClient api) {
      api.fetch("/put?k=leak&v=outer-test");
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class Inner {
      @BeforeAll
      static void seedInner(WorkerClient api) {
        api.fetch("/put?k=inner&v=2");
      }

      @Test
      @Order(1)
      void sees_both_baselines_and_writes(WorkerClient api) {
        assertThat(api.fetch("/get?k=outer").text()).isEqualTo("1");
        assertThat(api.fetch("/get?k=inner").text()).isEqualTo("2");
        assertThat(api.fetch("/get?k=leak").text()).isEqualTo("<none>");
        api.fetch("/put?k=inner&v=changed");
      }

      @Test
      @Order(2)
      void starts_from_the_inner_baseline(WorkerClient api) {
        assertThat(api.fetch("/get?k=inner").text()).isEqualTo("2");
      }
    }

    @Nested
    class Sibling {
      @Test
      void does_not_see_the_other_nested_class(WorkerClient api) {
        assertThat(api.fetch("/get?k=outer").text()).isEqualTo("1");
        assertThat(api.fetch("/get?k=inner").text()).isEqualTo("<none>");
      }
    }
  }

  @Test
  void nested_classes_start_from_their_parent_baseline_plus_their_own_before_all() {
    Fixtures.assertAllSucceeded(Fixtures.run(NestedBaselines.class), 4);
  }

  @MiniflareTest(storage = StorageMode.KEEP, workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class KeepMode {
    @Test
    @Order(1)
    void writes(WorkerClient api) {
      api.fetch("/put?k=cart&v=1");
      api.fetch("/hits");
    }

    @Test
    @Order(2)
    void sees_previous_writes_and_globals(WorkerClient api) {
      assertThat(api.fetch("/get?k=cart").text()).isEqualTo("1");
      assertThat(api.fetch("/hits").text()).isEqualTo("2");
    }
  }

  @Test
  void storage_keep_shares_state_across_tests() {
    Fixtures.assertAllSucceeded(Fixtures.run(KeepMode.class), 2);
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class KeepOnMethod {
    @Test
    @Order(1)
    void adds_to_cart(WorkerClient api) {
      api.fetch("/put?k=cart&v=1");
    }

    @Test
    @Order(2)
    @KeepStorage
    void checks_out_the_same_cart(WorkerClient api) {
      assertThat(api.fetch("/get?k=cart").text()).isEqualTo("1");
    }

    @Test
    @Order(3)
    void starts_over(WorkerClient api) {
      assertThat(api.fetch("/get?k=cart").text()).isEqualTo("<none>");
    }
  }

  @Test
  void keep_storage_on_a_method_continues_from_the_previous_test_only() {
    Fixtures.assertAllSucceeded(Fixtures.run(KeepOnMethod.class), 3);
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  @KeepStorage
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class KeepOnClass {
    @Test
    @Order(1)
    void writes(WorkerClient api) {
      api.fetch("/put?k=cart&v=1");
    }

    @Test
    @Order(2)
    void reads(WorkerClient api) {
      assertThat(api.fetch("/get?k=cart").text()).isEqualTo("1");
    }
  }

  @Test
  void keep_storage_on_a_class_shares_state_across_its_tests() {
    Fixtures.assertAllSucceeded(Fixtures.run(KeepOnClass.class), 2);
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Clock {
    @Test
    @Order(1)
    void advances_the_clock_past_a_kv_expiry(MiniflareClock clock, WorkerClient api) {
      clock.set(clock.instant().plus(Duration.ofHours(1)));
      api.fetch("/ttl?k=session");
      assertThat(api.fetch("/get?k=session").text()).isEqualTo("v");

      clock.advance(Duration.ofSeconds(61));

      assertThat(api.fetch("/get?k=session").text()).isEqualTo("<none>");
    }

    @Test
    @Order(2)
    void starts_with_the_clock_back(MiniflareClock clock) {
      assertThat(clock.offset()).isEqualTo(Duration.ZERO);
    }
  }

  @Test
  void the_injected_clock_moves_worker_time_and_is_reset_for_the_next_test() {
    Fixtures.assertAllSucceeded(Fixtures.run(Clock.class), 2);
  }

  static final String CACHE_SCRIPT = """
      export default {
        async fetch(request) {
          const url = new URL(request.url);
          const key = "http://cache.test/" + url.searchParams.get("k");
          if (url.pathname === "/cache-put") {
            await caches.default.put(key, new Response("cached", { headers: { "cache-control": "max-age=600" } }));
            return new Response("ok");
          }
          const hit = await caches.default.match(key);
          return new Response(hit ? await hit.text() : "<miss>");
        }
      };
      """;

  @MiniflareTest(workers = @Worker(name = "api", script = CACHE_SCRIPT))
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class CachePerTest {
    @BeforeAll
    static void seed(WorkerClient api) {
      api.fetch("/cache-put?k=seeded");
    }

    @Test
    @Order(1)
    void writes(WorkerClient api) {
      assertThat(api.fetch("/cache-get?k=seeded").text()).isEqualTo("cached");
      api.fetch("/cache-put?k=written");
      assertThat(api.fetch("/cache-get?k=written").text()).isEqualTo("cached");
    }

    @Test
    @Order(2)
    @KeepStorage
    void keeps_the_previous_tests_entries(WorkerClient api) {
      assertThat(api.fetch("/cache-get?k=written").text()).isEqualTo("cached");
    }

    @Test
    @Order(3)
    void starts_from_the_baseline_cache(WorkerClient api) {
      assertThat(api.fetch("/cache-get?k=written").text()).isEqualTo("<miss>");
      assertThat(api.fetch("/cache-get?k=seeded").text()).isEqualTo("cached");
    }
  }

  @Test
  void the_cache_api_is_reset_to_the_baseline_like_kv() {
    Fixtures.assertAllSucceeded(Fixtures.run(CachePerTest.class), 3);
  }
}
