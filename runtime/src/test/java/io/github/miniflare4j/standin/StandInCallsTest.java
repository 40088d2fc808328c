package io.github.miniflare4j.standin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.StorageSnapshot;
import io.github.miniflare4j.WorkerOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The call log of a stand-in binding: what the worker asked, for assertions, reset with the storage. */
class StandInCallsTest {

  private static final String WORKER = """
      export default { async fetch(req, env) {
        const matches = await env.INDEX.query([0.1, 0.2], { topK: 3 });
        return Response.json(matches);
      } };
      """;

  @Test
  void every_call_is_logged_with_its_arguments_and_the_log_goes_back_with_the_storage() {
    StandInBinding index = StandInBinding.of("INDEX", (method, args) -> Map.of("count", 0));
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(WORKER).bind(index)).build())) {
      StorageSnapshot empty = mf.snapshotStorage();
      assertThat(mf.dispatchFetch("http://x/").text()).isEqualTo("{\"count\":0}");

      StandInCalls calls = mf.getBinding(StandInCalls.class, "INDEX");
      assertThat(calls.calls("query")).singleElement().satisfies(call -> {
        assertThat(call.arg(0).toString()).isEqualTo("[0.1,0.2]");
        assertThat(call.arg(1).get("topK").asInt()).isEqualTo(3);
        assertThat(call.arg(2).isMissingNode()).isTrue();
      });

      mf.restoreStorage(empty);
      assertThat(calls.calls()).isEmpty();
    }
  }
}
