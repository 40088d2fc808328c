package io.github.miniflare4j.junit;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.kv.KvNamespace;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** KV handles as parameters, seeds from JSON resources, and the KV assertions. */
class KvTest {

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = {"KV", "SESSIONS"}))
  @KvSeed(binding = "KV", resource = "seeds/users.json")
  @KvSeed(binding = "SESSIONS", resource = "seeds/sessions-bulk.json")
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Seeded {
    @BeforeAll
    static void more(@Binding("KV") KvNamespace kv) {
      kv.put("from-before-all", "yes");
    }

    @Test
    @Order(1)
    void seeds_and_before_all_writes_are_visible(@Binding("KV") KvNamespace kv, @Binding("SESSIONS") KvNamespace sessions, WorkerClient api) {
      assertThat(kv).hasSize(3)
          .containsEntry("greeting", "hello")
          .containsJsonEntry("user:1", "{\"admin\": true, \"name\": \"Ada\"}")
          .containsEntry("from-before-all", "yes");
      assertThat(sessions)
          .hasMetadata("session:a", "{\"user\": 1}")
          .hasExpiration("session:a", Instant.ofEpochSecond(2000000000L))
          .hasMetadata("session:b", "null");
      assertThat(sessions).keys().containsExactly("session:a", "session:b");
      assertThat(api.fetch("/get?k=greeting").text()).isEqualTo("hello");

      api.fetch("/put?k=greeting&v=changed");
      kv.delete("user:1");
    }

    @Test
    @Order(2)
    void the_next_test_sees_the_seeds_again(@Binding("KV") KvNamespace kv) {
      assertThat(kv).containsEntry("greeting", "hello").containsKey("user:1");
    }

    @Test
    @Order(3)
    void bulk_ttl_follows_the_clock(@Binding("SESSIONS") KvNamespace sessions, MiniflareClock clock) {
      clock.advance(Duration.ofHours(2));
      assertThat(sessions).doesNotContainKey("session:b").containsKey("session:a");
    }
  }

  @Test
  void seeds_from_json_resources_are_part_of_the_baseline() {
    Fixtures.assertAllSucceeded(Fixtures.run(Seeded.class), 3);
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = {"KV", "SESSIONS"}))
  static class Ambiguous {
    @Test
    void test(KvNamespace kv) {}
  }

  @Test
  void a_kv_parameter_without_binding_name_needs_a_single_binding() {
    MisuseTest.assertTestFails(Ambiguous.class, ParameterResolutionException.class,
        "Parameter [KvNamespace kv] of method Ambiguous.test(KvNamespace) does not say which binding of worker \"api\" it wants, "
            + "and the worker has 2: [KV, SESSIONS]; add @Binding(\"NAME\")");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  @KvSeed(binding = "KV", resource = "seeds/bad.json")
  static class BadSeed {
    @Test
    void test() {}
  }

  @Test
  void a_malformed_seed_is_a_configuration_error() {
    MisuseTest.assertContainerFails(BadSeed.class, ExtensionConfigurationException.class,
        "@KvSeed(binding = \"KV\", resource = \"seeds/bad.json\") on io.github.miniflare4j.junit.KvTest$BadSeed cannot be applied: "
            + "entry \"not\" needs \"key\" and \"value\"");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  @KvSeed(binding = "KV", resource = "seeds/missing.json")
  static class MissingSeed {
    @Test
    void test() {}
  }

  @Test
  void a_missing_seed_resource_is_a_configuration_error() {
    MisuseTest.assertContainerFails(MissingSeed.class, ExtensionConfigurationException.class,
        "@KvSeed(binding = \"KV\", resource = \"seeds/missing.json\") on io.github.miniflare4j.junit.KvTest$MissingSeed "
            + "cannot be applied: resource \"classpath:seeds/missing.json\" names no resource on the class path; put the file "
            + "under src/test/resources/seeds/missing.json");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  @KvSeed(binding = "KV", resource = "seeds/users.json")
  static class FailingAssertions {
    @Test
    void missing_key(KvNamespace kv) {
      assertThatThrownBy(() -> assertThat(kv).containsKey("user:2"))
          .hasMessage("%nExpecting KV namespace KV%nto contain key:%n  user:2%nbut its keys are:%n  [greeting, user:1]".formatted());
      assertThatThrownBy(() -> assertThat(kv).containsEntry("greeting", "hi"))
          .hasMessage("%nExpecting KV namespace KV%nto map key:%n  greeting%nto:%n  \"hi\"%nbut it maps to:%n  \"hello\"".formatted());
      assertThatThrownBy(() -> assertThat(kv).hasSize(1))
          .hasMessage("%nExpecting KV namespace KV%nto hold 1 keys but it holds 2:%n  [greeting, user:1]".formatted());
    }
  }

  @Test
  void kv_assertion_failures_show_what_was_found() {
    Fixtures.assertAllSucceeded(Fixtures.run(FailingAssertions.class), 1);
  }
}
