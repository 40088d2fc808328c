package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.queues.QueueConsumer;
import org.junit.jupiter.api.Test;

/** {@link WorkerOptions.Builder#merge} merges as Miniflare's {@code mergeWorkerOptions}. */
class WorkerOptionsMergeTest {

  private static final WorkerOptions FILE = WorkerOptions.fromJson("""
      {"name": "api", "modules": true, "script": "export default {}", "compatibilityDate": "2024-01-01",
       "compatibilityFlags": ["nodejs_compat"], "bindings": {"A": "file", "B": "file"},
       "kvNamespaces": {"KV": "file-id"}, "routes": ["api.mf/*"],
       "queueProducers": {"Q": "queue"},
       "queueConsumers": {"queue": {"maxBatchSize": 5, "maxBatchTimeout": 3}}}
      """);

  @Test
  void scalars_replace_arrays_append_and_records_merge_one_level() {
    WorkerOptions merged = FILE.toBuilder().merge(WorkerOptions.fromJson("""
        {"compatibilityDate": "2025-02-02", "compatibilityFlags": ["nodejs_compat", "service_binding_extra_handlers"],
         "bindings": {"B": "test", "C": "test"}, "kvNamespaces": ["OTHER"], "routes": ["b.mf/*"],
         "queueConsumers": {"queue": {"maxBatchTimeout": 0.05}}}
        """)).build();

    assertThat(merged.name()).isEqualTo("api");
    assertThat(merged.script()).isEqualTo("export default {}");
    assertThat(merged.compatibilityDate()).isEqualTo("2025-02-02");
    assertThat(merged.compatibilityFlags()).containsExactly("nodejs_compat", "service_binding_extra_handlers");
    assertThat(merged.bindings()).containsOnlyKeys("A", "B", "C");
    assertThat(merged.bindings().get("A").asText()).isEqualTo("file");
    assertThat(merged.bindings().get("B").asText()).isEqualTo("test");
    assertThat(merged.kvNamespaces()).containsEntry("KV", "file-id").containsEntry("OTHER", "OTHER");
    assertThat(merged.routes()).containsExactly("api.mf/*", "b.mf/*");
    // a record's entry is replaced whole, as Object.assign does: the file's batch size is gone
    assertThat(merged.declarations()).filteredOn(QueueConsumer.class::isInstance).singleElement()
        .isEqualTo(QueueConsumer.of("queue").maxBatchTimeout(0.05));
  }

  @Test
  void what_the_overlay_leaves_unset_is_kept() {
    WorkerOptions merged = FILE.toBuilder().merge(WorkerOptions.fromJson("{}")).build();

    assertThat(merged.compatibilityDate()).isEqualTo("2024-01-01");
    assertThat(merged.compatibilityFlags()).containsExactly("nodejs_compat");
    assertThat(merged.modules()).isTrue();
    assertThat(merged.declarations()).hasSameElementsAs(FILE.declarations());
  }

  @Test
  void overlay_code_replaces_the_file_code() {
    WorkerOptions merged = FILE.toBuilder().merge(WorkerOptions.fromJson("""
        {"script": "addEventListener('fetch', () => {})", "modules": false}
        """)).build();

    assertThat(merged.script()).startsWith("addEventListener");
    assertThat(merged.modules()).isFalse();
  }
}
