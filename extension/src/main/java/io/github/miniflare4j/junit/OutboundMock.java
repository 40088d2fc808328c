package io.github.miniflare4j.junit;

import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import java.util.List;

/**
 * The workers' global {@code fetch()} during the current test, injected as a parameter: answer it
 * for one test (as Vitest tests replace {@code globalThis.fetch} or call MSW's {@code
 * server.use(...)}) and read what the workers sent. Both are forgotten before the next test.
 *
 * <pre>{@code
 * @Test
 * void notifies_slack(WorkerClient worker, OutboundMock outbound) {
 *   outbound.respondWith(request -> request.url().startsWith("https://hooks.slack.com/")
 *       ? FetchResponse.text("ok") : null);
 *   worker.fetch("/deploy");
 *   assertThat(outbound.requests()).extracting(FetchRequest::url).containsExactly("https://hooks.slack.com/x");
 * }
 * }</pre>
 *
 * <p>The test's handler is asked first; when it returns {@code null} the class's
 * {@link OutboundHandler} is asked; a request nobody answers fails the test, as without a mock.
 */
public interface OutboundMock {

  /**
   * Answers the workers' outbound requests for the rest of the current test, replacing a handler
   * set earlier in the same test.
   *
   * @param handler returns the response, or {@code null} to leave the request to the class's
   *     {@link OutboundHandler}
   */
  void respondWith(FetchHandler handler);

  /**
   * The outbound requests the workers made during the current test, answered or not, in the order
   * they were made.
   *
   * @return an immutable copy
   */
  List<FetchRequest> requests();
}
