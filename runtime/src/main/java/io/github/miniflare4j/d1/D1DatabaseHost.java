package io.github.miniflare4j.d1;

import java.util.List;
import org.graalvm.polyglot.HostAccess;

/**
 * What a worker's {@code D1Database} (d1.js) calls, on the worker's loop thread: Miniflare's D1
 * endpoints, {@code /query} and {@code /execute}, with workerd's JSON body.
 */
public final class D1DatabaseHost {

  private final D1Store store;

  D1DatabaseHost(D1Store store) {
    this.store = store;
  }

  /**
   * Runs one request of workerd's D1 protocol.
   *
   * @param body the JSON body: {@code {sql, params}} or an array of them
   * @param resultsFormat {@code ROWS_AND_COLUMNS}, {@code NONE} or {@code ARRAY_OF_OBJECTS}
   * @return {@code {"bookmark": string|null, "answer": ...}} as JSON text: the answer is
   *     Miniflare's, an array of results or one {@code {success: false, error}}
   */
  @HostAccess.Export
  public String request(String body, String resultsFormat) {
    try {
      List<D1Result> results = store.execute(D1Json.queries(body));
      return D1Json.success(results, "ROWS_AND_COLUMNS".equals(resultsFormat), store.bookmark());
    } catch (D1Failure e) {
      return D1Json.failure(e.getMessage());
    }
  }
}
