package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.OutboundHandler;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The outbound scenario: a worker ({@code src/test/resources/outbound/weather-worker.js}) that
 * calls an external weather provider with the global {@code fetch()}. In a {@code
 * @MiniflareTest} workers never reach the network: the static {@link OutboundHandler} method
 * below plays the provider, and the tests check what the worker makes of its answers (unit
 * conversion, a 404 passed on, a provider failure turned into a 502).
 *
 * <p>An outbound request that no handler answers (the handler returned {@code null}) makes the
 * worker's {@code fetch()} reject, and the extension then <em>fails the test</em> that caused
 * it, naming the request, even if the test's own assertions passed. The last test shows that
 * failure by running a small test class ({@link WorkerCallingAnUnexpectedHost}) with JUnit's
 * {@code EngineTestKit}.
 */
@MiniflareTest(workers = @Worker(
    name = "weather",
    scriptPath = "classpath:outbound/weather-worker.js",
    vars = "WEATHER_API_KEY=test-key"))
class OutboundFetchSampleTest {

  /** The weather provider: knows Paris, fails for Atlantis, ignores every other URL. */
  @OutboundHandler
  static FetchResponse weatherProvider(FetchRequest request) {
    if (!request.url().startsWith("https://api.weather.example/v1/current?")) {
      return null; // not ours: the request is unexpected and fails the test
    }
    if (!"test-key".equals(request.header("x-api-key"))) {
      return FetchResponse.builder().status(401).build();
    }
    if (request.url().endsWith("city=Paris")) {
      return FetchResponse.json(Map.of("tempC", 21, "conditions", "sunny"));
    }
    if (request.url().endsWith("city=Atlantis")) {
      return FetchResponse.builder().status(503).build();
    }
    return FetchResponse.builder().status(404).build();
  }

  @Test
  void the_worker_converts_the_providers_answer(WorkerClient weather) {
    WorkerResponse paris = weather.fetch("/weather/Paris");

    System.out.println("[sample outbound] GET /weather/Paris -> " + paris.text());
    assertThat(paris)
        .hasStatus(200)
        .hasJsonBody("{\"city\": \"Paris\", \"celsius\": 21, \"fahrenheit\": 70, \"conditions\": \"sunny\"}");
  }

  @Test
  void an_unknown_city_is_a_404(WorkerClient weather) {
    assertThat(weather.fetch("/weather/Gotham")).hasStatus(404).hasJsonBody("{\"error\": \"unknown city Gotham\"}");
  }

  @Test
  void a_provider_failure_is_a_502(WorkerClient weather) {
    assertThat(weather.fetch("/weather/Atlantis")).hasStatus(502).hasJsonBody("{\"error\": \"provider answered 503\"}");
  }

  @Test
  void an_unexpected_outbound_call_fails_the_test_that_made_it() {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(WorkerCallingAnUnexpectedHost.class))
        .execute();

    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    results.testEvents().assertThatEvents().haveExactly(1, event(
        test("asks_for_a_forecast"),
        finishedWithFailure(
            instanceOf(AssertionError.class),
            message("Workers made outbound requests that no @OutboundHandler answered: "
                + "[GET https://forecast.other.example/Paris]. "
                + "Add a static @OutboundHandler method returning a FetchResponse for them "
                + "(or set MiniflareOptions.outboundService(...) in the builder)"))));
    System.out.println("[sample outbound] GET /forecast/Paris (unexpected outbound call) -> the test fails: "
        + "no @OutboundHandler answered GET https://forecast.other.example/Paris");
  }

  /**
   * Not run on its own (a static nested class, not {@code @Nested}): the test above runs it and
   * expects it to fail. Its own assertions pass: the worker saw its {@code fetch()} reject and
   * answered 502; the failure comes from the extension, after the test.
   */
  @MiniflareTest(workers = @Worker(
      name = "weather",
      scriptPath = "classpath:outbound/weather-worker.js",
      vars = "WEATHER_API_KEY=test-key"))
  static class WorkerCallingAnUnexpectedHost {

    @OutboundHandler
    static FetchResponse weatherProvider(FetchRequest request) {
      return OutboundFetchSampleTest.weatherProvider(request);
    }

    @Test
    void asks_for_a_forecast(WorkerClient weather) {
      WorkerResponse forecast = weather.fetch("/forecast/Paris");

      assertThat(forecast).hasStatus(502);
      assertThat(forecast.text()).contains("no @OutboundHandler answered GET https://forecast.other.example/Paris");
    }
  }
}
