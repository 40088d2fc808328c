package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.queues.QueueConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * {@code @MiniflareTest(miniflare = ...)} and {@code @Worker(options = ...)} merge Miniflare's
 * options over a Wrangler file's for one class, as {@code vitest.config}'s {@code miniflare}.
 */
class MiniflareOverlayTest {

  @MiniflareTest(config = "classpath:wrangler/api/wrangler.toml", miniflare = """
      {"bindings": {"GREETING": "from vitest.config", "EXTRA": "more"},
       "compatibilityFlags": ["nodejs_compat"],
       "queueProducers": {"JOBS": "jobs"},
       "queueConsumers": {"jobs": {"maxBatchTimeout": 0.05}},
       "workers": [{"name": "aux", "modules": true, "script": "export default { fetch() { return new Response('aux') } }"}]}
      """)
  static class TopLevelAndWorkers {
    @Test
    void the_entry_worker_gets_the_top_level_and_new_workers_are_added(WorkerClient api, @WorkerRef("aux") WorkerClient aux, Miniflare mf) {
      assertThat(api.fetch("/").text()).isEqualTo("from vitest.config + more");
      assertThat(aux.fetch("/").text()).isEqualTo("aux");
      WorkerOptions entry = mf.options().workers().get(0);
      assertThat(entry.name()).isEqualTo("api");
      assertThat(entry.compatibilityDate()).as("kept from the file").isEqualTo("2025-01-01");
      assertThat(entry.compatibilityFlags()).containsExactly("nodejs_compat");
      assertThat(entry.kvNamespaces()).as("kept from the file").containsEntry("KV", "api-kv");
      assertThat(entry.declarations()).contains(QueueConsumer.of("jobs").maxBatchTimeout(0.05));
    }
  }

  @MiniflareTest(config = "classpath:wrangler/api/wrangler.toml",
      miniflare = "{\"workers\": [{\"name\": \"api\", \"bindings\": {\"EXTRA\": \"by name\"}}]}")
  static class WorkerByName {
    @Test
    void a_workers_entry_merges_over_the_worker_of_its_name(WorkerClient api) {
      assertThat(api.fetch("/").text()).isEqualTo("from the file + by name");
    }
  }

  @MiniflareTest(config = "classpath:wrangler/api/wrangler.toml",
      workers = @Worker(name = "api", options = "{\"compatibilityDate\": \"2025-06-01\", \"kvNamespaces\": {\"KV\": \"other-kv\"}}"))
  static class WorkerOptionsAttribute {
    @Test
    void worker_options_merge_every_option_not_only_bindings(Miniflare mf) {
      WorkerOptions entry = mf.options().workers().get(0);
      assertThat(entry.compatibilityDate()).isEqualTo("2025-06-01");
      assertThat(entry.kvNamespaces()).containsEntry("KV", "other-kv");
    }
  }

  @Test
  void miniflare_options_merge_over_the_files_for_one_class() {
    Fixtures.assertAllSucceeded(Fixtures.run(TopLevelAndWorkers.class, WorkerByName.class, WorkerOptionsAttribute.class), 3);
  }

  @MiniflareTest(config = "classpath:wrangler/api/wrangler.toml", miniflare = "{\"workers\": [{\"bindings\": {}}]}")
  static class UnnamedWorker {
    @Test
    void test() {}
  }

  @MiniflareTest(config = "classpath:wrangler/api/wrangler.toml", miniflare = "{\"workers\": [{\"name\": \"other\"}]}")
  static class NewWorkerWithoutCode {
    @Test
    void test() {}
  }

  @MiniflareTest(config = "classpath:wrangler/api/wrangler.toml", miniflare = "{\"queueConsumer\": {}}")
  static class Typo {
    @Test
    void test() {}
  }

  @Test
  void bad_miniflare_options_are_configuration_errors() {
    String prefix = "@MiniflareTest(miniflare = ...) on io.github.miniflare4j.junit.MiniflareOverlayTest$";
    MisuseTest.assertContainerFails(UnnamedWorker.class, ExtensionConfigurationException.class,
        prefix + "UnnamedWorker cannot be used: workers[0] has no \"name\": name one of the workers [api], or a new worker");
    MisuseTest.assertContainerFails(NewWorkerWithoutCode.class, ExtensionConfigurationException.class,
        prefix + "NewWorkerWithoutCode cannot be used: workers[0] names no worker of the class [api] and has no code: "
            + "give it script, scriptPath or modules");
    Fixtures.run(Typo.class).containerEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
        instanceOf(ExtensionConfigurationException.class),
        message(m -> m.startsWith(prefix + "Typo cannot be used: the top level: Invalid Miniflare options: unexpected option options.queueConsumer;")))));
  }
}
