package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Java service bindings and the outbound handler declared on the test class. */
class HandlersTest {

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class JavaServiceBinding {
    @ServiceBindingHandler("AUTH")
    static FetchResponse auth(FetchRequest request) {
      return FetchResponse.text("user ada via " + request.url());
    }

    @Test
    void the_worker_calls_the_static_method(WorkerClient api) {
      assertThat(api.fetch("/auth").text()).isEqualTo("user ada via http://auth/");
    }
  }

  @Test
  void a_static_method_answers_a_service_binding() {
    Fixtures.assertAllSucceeded(Fixtures.run(JavaServiceBinding.class), 1);
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class Outbound {
    @OutboundHandler
    static FetchResponse outbound(FetchRequest request) {
      return request.url().startsWith("https://api.example.com/") ? FetchResponse.text("mocked " + request.url()) : null;
    }

    @Test
    void answered(WorkerClient api) {
      assertThat(api.fetch("/out").text()).isEqualTo("mocked https://api.example.com/x");
    }
  }

  @Test
  void the_outbound_handler_answers_global_fetch() {
    Fixtures.assertAllSucceeded(Fixtures.run(Outbound.class), 1);
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class NoOutboundHandler {
    @Test
    void calls_out(WorkerClient api) {
      assertThat(api.fetch("/out").status()).isEqualTo(500);
    }

    @Test
    void does_not(WorkerClient api) {
      assertThat(api.fetch("/").status()).isEqualTo(200);
    }
  }

  @Test
  void an_unanswered_outbound_request_fails_the_test_that_made_it() {
    var results = Fixtures.run(NoOutboundHandler.class);
    results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    results.testEvents().assertThatEvents().haveExactly(1, event(test("calls_out"), finishedWithFailure(
        instanceOf(AssertionError.class),
        message("Workers made outbound requests that no @OutboundHandler answered: [GET https://api.example.com/x]. "
            + "Add a static @OutboundHandler method returning a FetchResponse for them "
            + "(or set MiniflareOptions.outboundService(...) in the builder)"))));
  }

  static class ProgrammaticWithOwnOutbound {
    @RegisterExtension
    static MiniflareExtension miniflare = MiniflareExtension.builder()
        .options(MiniflareOptions.builder()
            .worker(WorkerOptions.builder().name("api").script(Fixtures.SCRIPT).kvNamespace("KV"))
            .outboundService(request -> FetchResponse.text("from the builder"))
            .build())
        .build();

    @Test
    void answered(WorkerClient api) {
      assertThat(api.fetch("/out").text()).isEqualTo("from the builder");
    }
  }

  @Test
  void a_builder_outbound_service_is_used_as_given() {
    Fixtures.assertAllSucceeded(Fixtures.run(ProgrammaticWithOwnOutbound.class), 1);
  }
}
