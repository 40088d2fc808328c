package io.github.miniflare4j.engine;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * The one argument of the prelude's {@code internals.dispatchFetch(call)}: the request to dispatch
 * and where its outcome goes.
 *
 * <p>Exported as final fields rather than record accessors: dispatch is the hot path, and the
 * prelude's reading a field costs less than calling an accessor ({@code BoundaryCallBenchmark}
 * in the tests measures the three forms).
 */
public final class FetchDispatch {

  /** The request's method, URL, headers and body. */
  @HostAccess.Export public final JsRequestData request;

  /**
   * Whether an uncaught error completes the call with {@code {ok: false, name, message, stack}}
   * ({@code true}) or renders Miniflare's 500 response ({@code false}).
   */
  @HostAccess.Export public final boolean rejectErrors;

  /**
   * Whether a response body whose stream fails part-way is answered with the bytes before the
   * failure and the error described ({@code bodyError}), for a caller in another worker; else the
   * body ends empty and the error is logged.
   */
  @HostAccess.Export public final boolean describeBodyError;

  /** Tracks the request's {@code ctx.waitUntil} promises. */
  @HostAccess.Export public final PendingWork work;

  /** Called once with the outcome. */
  @HostAccess.Export public final ProxyExecutable done;

  /**
   * Called once instead of {@link #done} for a response whose body is buffered, with the values
   * {@code (status, statusText, headers, buffer, offset, length)}: the headers joined as {@link
   * JoinedHeaders} has them, the body as an {@code ArrayBuffer} (or {@code null} for none) and the
   * range of it that holds the body. Plain values cross where reading an outcome object back
   * would take a call into the interpreter per member.
   */
  @HostAccess.Export public final ProxyExecutable answer;

  /** Receives the body of a response that streams, or {@code null} to buffer every body. */
  @HostAccess.Export public final JsResponseSink sink;

  /** The named export whose {@code fetch()} answers, or {@code null} for the default export. */
  @HostAccess.Export public final String entrypoint;

  /** What the handler sees as {@code ctx.props}, a JSON object's text, or {@code null} for {@code {}}. */
  @HostAccess.Export public final String props;

  /**
   * A dispatch.
   *
   * @param request the request
   * @param rejectErrors whether an uncaught error rejects instead of rendering a 500 response
   * @param describeBodyError whether a body stream's failure is described for the caller
   * @param work the tracker of the request's {@code waitUntil} promises
   * @param done called once with the outcome, unless {@code answer} is
   * @param answer called once with a buffered response's values, unless {@code done} is
   * @param sink receives a streamed response body, or {@code null}
   * @param entrypoint the named export that answers, or {@code null} for the default export
   * @param props the handler's {@code ctx.props} as JSON text, or {@code null} for an empty object
   */
  public FetchDispatch(
      JsRequestData request,
      boolean rejectErrors,
      boolean describeBodyError,
      PendingWork work,
      ProxyExecutable done,
      ProxyExecutable answer,
      JsResponseSink sink,
      String entrypoint,
      String props) {
    this.request = request;
    this.rejectErrors = rejectErrors;
    this.describeBodyError = describeBodyError;
    this.work = work;
    this.done = done;
    this.answer = answer;
    this.sink = sink;
    this.entrypoint = entrypoint;
    this.props = props;
  }
}
