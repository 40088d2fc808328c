package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.kv.KvNamespace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code kvPersist}: KV in SQLite under a directory, and restarting the instance on it. */
class PersistenceTest {

  /** Directories the fixtures saw, checked after their run. */
  static final List<Path> SEEN = new ArrayList<>();

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV", vars = "GREETING=hi"),
      kvPersist = MiniflareTest.TEMP_DIR)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class TempDirPersistence {
    @Test
    @Order(1)
    void data_survives_a_restart(WorkerClient api, Miniflare before, MiniflareRestarter restarter) {
      api.fetch("/put?k=note&v=kept");
      api.fetch("/hits");
      Path dir = restarter.kvPersistDirectory().orElseThrow();
      SEEN.add(dir);

      Miniflare after = restarter.restart();

      assertThat(before.isClosed()).isTrue();
      assertThat(after).isNotSameAs(before);
      assertThat(api.fetch("/get?k=note").text()).isEqualTo("kept");
      assertThat(api.fetch("/hits").text()).as("module globals start over").isEqualTo("1");
      assertThat(after.getKVNamespace("KV").get("note")).isEqualTo("kept");
      assertThat(dir).isDirectory();
    }

    @Test
    @Order(2)
    void the_next_test_starts_from_the_baseline(WorkerClient api, KvNamespace kv) {
      assertThat(api.fetch("/get?k=note").text()).isEqualTo("<none>");
      assertThat(kv.get("note")).isNull();
    }

    @Test
    @Order(3)
    void the_instance_after_a_restart_serves_every_injected_client(@WorkerRef("api") WorkerClient named, MiniflareRestarter restarter) {
      restarter.restart();
      assertThat(named.fetch("/").text()).isEqualTo("hello hi");
    }
  }

  @Test
  void a_temp_dir_persists_kv_across_a_restart_and_is_deleted_after_the_class() {
    SEEN.clear();
    Fixtures.assertAllSucceeded(Fixtures.run(TempDirPersistence.class), 3);
    assertThat(SEEN).hasSize(1);
    assertThat(SEEN.get(0)).doesNotExist();
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"),
      kvPersist = "target/persistence-test-kv")
  static class FixedDirectory {
    @Test
    void writes(WorkerClient api, MiniflareRestarter restarter) {
      api.fetch("/put?k=a&v=1");
      SEEN.add(restarter.kvPersistDirectory().orElseThrow());
    }
  }

  @Test
  void a_path_persists_kv_beyond_the_class() {
    SEEN.clear();
    Fixtures.assertAllSucceeded(Fixtures.run(FixedDirectory.class), 1);
    assertThat(SEEN).containsExactly(Path.of("target/persistence-test-kv"));
    try (Miniflare again = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("api").script(Fixtures.SCRIPT).kvNamespace("KV"))
        .kvPersist(Path.of("target/persistence-test-kv"))
        .build())) {
      assertThat(again.getKVNamespace("KV").get("a")).isEqualTo("1");
      again.getKVNamespace("KV").delete("a");
    }
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class InMemory {
    @Test
    void restart_without_persistence_starts_empty(WorkerClient api, MiniflareRestarter restarter) {
      api.fetch("/put?k=a&v=1");
      restarter.restart();
      assertThat(api.fetch("/get?k=a").text()).isEqualTo("<none>");
      assertThat(restarter.kvPersistDirectory()).isEmpty();
    }
  }

  @Test
  void without_kv_persist_a_restart_starts_empty() {
    Fixtures.assertAllSucceeded(Fixtures.run(InMemory.class), 1);
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"), shared = true,
      kvPersist = MiniflareTest.TEMP_DIR)
  static class Shared {
    @Test
    void test(MiniflareRestarter restarter) {
      restarter.restart();
    }
  }

  @Test
  void a_shared_instance_cannot_be_restarted() {
    MisuseTest.assertTestFails(Shared.class, IllegalStateException.class,
        "MiniflareRestarter.restart() in " + Shared.class.getName() + ": the instance is shared (@MiniflareTest(shared = true)) "
            + "with other classes and cannot be restarted; drop shared = true to restart it");
  }

  static class Programmatic {
    @RegisterExtension
    static MiniflareExtension mf = MiniflareExtension.builder()
        .options(o -> o.worker(WorkerOptions.builder().name("api").script(Fixtures.SCRIPT).kvNamespace("KV"))
            .kvPersist(Path.of("target/persistence-test-programmatic")))
        .build();

    @Test
    void restarts_on_the_builder_directory(WorkerClient api, MiniflareRestarter restarter) {
      api.fetch("/put?k=p&v=2");
      restarter.restart();
      assertThat(api.fetch("/get?k=p").text()).isEqualTo("2");
    }

    @AfterAll
    static void clean(KvNamespace kv) {
      kv.delete("p");
    }
  }

  @Test
  void a_programmatic_extension_restarts_on_its_options_directory() {
    Fixtures.assertAllSucceeded(Fixtures.run(Programmatic.class), 1);
  }
}
