package io.github.miniflare4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Errors say where they come from: the script's name, line and column, JavaScript frames in Java
 * exceptions, and rejected {@code waitUntil} work that a test can turn into a failure.
 */
class DiagnosticsTest {

  @Test
  void an_uncaught_error_is_rendered_with_the_script_line_and_column() {
    try (Miniflare mf = Workers.module("diag", """
        function parse(text) {
          return JSON.parse(text).value.deeper;
        }
        export default { fetch() { return new Response(parse('{"value": null}')); } };
        """)) {
      FetchResponse response = mf.dispatchFetch("http://localhost/");

      assertThat(response.status()).isEqualTo(500);
      assertThat(response.text())
          .startsWith("TypeError: ")
          .contains("script-0:2:");
    }
  }

  @Test
  void a_durable_object_rpc_error_reaches_java_with_its_class_message_and_js_frames() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("objects").modules(true)
            .durableObject("THINGS", "Thing")
            .script("""
                import { DurableObject } from "cloudflare:workers";
                export class Thing extends DurableObject {
                  explode(what) {
                    throw new RangeError("cannot explode " + what);
                  }
                }
                export default { fetch() { return new Response("ok"); } };
                """))
        .build())) {
      var stub = mf.getDurableObjectNamespace("THINGS").getByName("a");

      assertThatThrownBy(() -> stub.call("explode", "the moon"))
          .isInstanceOfSatisfying(WorkerException.class, e -> {
            assertThat(e.errorName()).isEqualTo("RangeError");
            assertThat(e.errorMessage()).isEqualTo("cannot explode the moon");
            assertThat(e.jsStack()).contains("script-0:4:");
            assertThat(e.getMessage()).contains("RangeError: cannot explode the moon").contains("script-0:4:");
          });
    }
  }

  static final String REJECTS_IN_BACKGROUND = """
      export default { fetch(req, env, ctx) {
        ctx.waitUntil(Promise.resolve().then(() => { throw new TypeError("background job failed"); }));
        return new Response("accepted");
      } };
      """;

  @Test
  void a_rejected_wait_until_is_reported_with_its_stack_and_the_worker_name() {
    try (Miniflare mf = Workers.module("bg", REJECTS_IN_BACKGROUND)) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("accepted");
      mf.waitUntilSettled(Duration.ofSeconds(5));

      List<String> failures = mf.waitUntilFailures();

      assertThat(failures).singleElement().asString()
          .startsWith("worker \"bg\": TypeError: background job failed")
          .contains("script-0:2:");
      assertThat(mf.waitUntilFailures()).as("drained").isEmpty();
    }
  }

  @Test
  void fail_on_wait_until_rejection_makes_wait_until_settled_throw() {
    try (Miniflare mf = new Miniflare(Workers.options()
        .failOnWaitUntilRejection(true)
        .worker(WorkerOptions.builder().name("bg").modules(true).script(REJECTS_IN_BACKGROUND))
        .build())) {
      mf.dispatchFetch("http://localhost/");

      assertThatThrownBy(() -> mf.waitUntilSettled(Duration.ofSeconds(5)))
          .isInstanceOfSatisfying(MiniflareException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ERR_SCRIPT);
            assertThat(e.getMessage())
                .startsWith("1 ctx.waitUntil promise rejected")
                .contains("worker \"bg\": TypeError: background job failed");
          });
      mf.waitUntilSettled(Duration.ofSeconds(5));
    }
  }
}
