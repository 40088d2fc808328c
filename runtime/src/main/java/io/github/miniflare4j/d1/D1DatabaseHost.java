package io.github.miniflare4j.d1;

import java.util.List;
import org.graalvm.polyglot.HostAccess;

/**
 * What a worker's {@code D1Database} (d1.js) calls, on the worker's loop thread: Miniflare's D1
 * endpoints, {@code /query} and {@code /execute}, with workerd's JSON body ({@link #request}),
 * and the typed call of one query that needs no JSON on either side ({@link #query}).
 */
public final class D1DatabaseHost {

  /** Marks a typed query's failure the database threw (see {@link D1Failure#thrown()}). */
  private static final String THROWN_MARK = "\u0000";

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
      return e.thrown() ? D1Json.thrown(e.getMessage()) : D1Json.failure(e.getMessage());
    }
  }

  /**
   * Runs one query as {@link #request} would with the body {@code {sql, params}}, when every
   * value is one JSON carries unchanged (see {@link D1TypedQuery}).
   *
   * @param sql the query's SQL text
   * @param params the values, a JavaScript array as GraalJS hands it to Java (read on the loop
   *     thread only)
   * @return the answer ({@link D1TypedQuery#answer}), Miniflare's error message as a {@code
   *     String} when the query failed (after a U+0000 when the database threw it, see {@link
   *     D1Failure#thrown()}), or {@code null} when a value needs the JSON request
   *     (nothing ran then)
   */
  @HostAccess.Export
  public Object query(String sql, Object params) {
    List<Object> values = D1TypedQuery.values(params);
    if (values == null) {
      return null;
    }
    try {
      return D1TypedQuery.answer(store.execute(List.of(new D1Query(sql, values))).get(0));
    } catch (D1Failure e) {
      return e.thrown() ? THROWN_MARK + e.getMessage() : e.getMessage();
    }
  }

  /**
   * The session bookmark after the requests answered so far.
   *
   * @return the bookmark, in Miniflare's format
   */
  @HostAccess.Export
  public String bookmark() {
    return store.bookmark();
  }
}
