package io.github.miniflare4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.http.FetchRequest;
import org.junit.jupiter.api.Test;

/** Miniflare's {@code outboundService} naming a worker, as the JSON options give it. */
class WorkerOutboundOptionTest {

  @Test
  void a_name_or_a_name_with_an_entrypoint_becomes_a_worker_target() {
    MiniflareOptions options = MiniflareOptions.fromJson("""
        {"workers": [
          {"name": "a", "script": "", "outboundService": "mock"},
          {"name": "b", "script": "", "outboundService": {"name": "mock", "entrypoint": "Out"}}
        ]}""");

    assertThat(options.workers().get(0).outboundService()).isEqualTo(new WorkerOutbound("mock", null));
    assertThat(options.workers().get(1).outboundService()).isEqualTo(new WorkerOutbound("mock", "Out"));
  }

  @Test
  void an_object_without_a_name_is_refused_naming_the_option() {
    assertThatThrownBy(() -> MiniflareOptions.fromJson("""
        {"workers": [{"name": "a", "script": "", "outboundService": {"entrypoint": "Out"}}]}"""))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("workers[0].outboundService.name must be a string");
  }

  @Test
  void the_placeholder_never_answers_outside_a_started_instance() {
    assertThatThrownBy(() -> new WorkerOutbound("mock", null).handle(FetchRequest.builder("http://x/").build()))
        .isInstanceOf(IllegalStateException.class);
  }
}
