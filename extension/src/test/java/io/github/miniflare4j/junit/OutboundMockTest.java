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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link OutboundMock}: per-test answers to the workers' fetch() and the requests they sent. */
class OutboundMockTest {

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerTest {
    @OutboundHandler
    static FetchResponse classWide(FetchRequest request) {
      return FetchResponse.text("class handler");
    }

    @Test
    @Order(1)
    void the_tests_handler_answers_first_and_requests_are_recorded(WorkerClient api, OutboundMock outbound) {
      outbound.respondWith(request -> FetchResponse.text("mocked " + request.method()));
      assertThat(api.fetch("/out").text()).isEqualTo("mocked GET");
      assertThat(outbound.requests()).extracting(FetchRequest::url).containsExactly("https://api.example.com/x");
    }

    @Test
    @Order(2)
    void the_next_test_starts_without_the_handler_and_requests(WorkerClient api, OutboundMock outbound) {
      assertThat(outbound.requests()).isEmpty();
      assertThat(api.fetch("/out").text()).isEqualTo("class handler");
    }

    @Test
    @Order(3)
    void a_handler_returning_null_leaves_the_request_to_the_class_handler(WorkerClient api, OutboundMock outbound) {
      outbound.respondWith(request -> null);
      assertThat(api.fetch("/out").text()).isEqualTo("class handler");
      assertThat(outbound.requests()).hasSize(1);
    }
  }

  @Test
  void a_per_test_handler_comes_before_the_class_handler_and_is_forgotten_after_the_test() {
    Fixtures.assertAllSucceeded(Fixtures.run(PerTest.class), 3);
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class Unanswered {
    @Test
    void calls_out(WorkerClient api, OutboundMock outbound) {
      outbound.respondWith(request -> null);
      assertThat(api.fetch("/out").status()).isEqualTo(500);
    }
  }

  @Test
  void a_request_nobody_answers_still_fails_the_test() {
    var results = Fixtures.run(Unanswered.class);
    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    results.testEvents().assertThatEvents().haveExactly(1, event(test("calls_out"), finishedWithFailure(
        instanceOf(AssertionError.class),
        message(m -> m.startsWith("Workers made outbound requests that no @OutboundHandler answered: [GET https://api.example.com/x]")))));
  }

  static class OwnOutboundService {
    @RegisterExtension
    static MiniflareExtension miniflare = MiniflareExtension.builder()
        .options(MiniflareOptions.builder()
            .worker(WorkerOptions.builder().name("api").script(Fixtures.SCRIPT).kvNamespace("KV"))
            .outboundService(request -> FetchResponse.text("from the builder"))
            .build())
        .build();

    @Test
    void mock(OutboundMock outbound) {}
  }

  @Test
  void options_with_their_own_outbound_service_refuse_the_mock_with_the_fix() {
    var results = Fixtures.run(OwnOutboundService.class);
    results.testEvents().assertThatEvents().haveExactly(1, event(test("mock"), finishedWithFailure(
        instanceOf(ParameterResolutionException.class),
        message(m -> m.startsWith("OutboundMock parameter [OutboundMock outbound] of method OwnOutboundService.mock(OutboundMock) ")
            && m.endsWith("cannot be injected: the extension's options bring their own outboundService, which answers "
                + "the workers' fetch(); mock in that handler, or drop outboundService from the options to use OutboundMock")))));
  }
}
