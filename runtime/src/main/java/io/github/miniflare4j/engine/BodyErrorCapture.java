package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.FetchResponse;
import org.graalvm.polyglot.Value;

/**
 * What a caller that is another worker needs of a dispatched response beyond its head: the error
 * a body stream failed with (it reads the bytes sent before the failure, then gets the error; see
 * {@link WorkerIsolate#fetchEntrypoint(io.github.miniflare4j.http.FetchRequest, String, String,
 * BodyErrorCapture)}), and, for a capture made {@link #streaming} to a caller, the body itself as
 * it is produced. Written once on the callee's loop thread before the response's future
 * completes, read after it has.
 */
public final class BodyErrorCapture {

  private volatile String[] error;
  private final WorkerBodyPipe pipe;
  private final WorkerIsolate reader;

  /** A capture for a response whose body is read whole before the caller sees it. */
  public BodyErrorCapture() {
    this(null, null);
  }

  private BodyErrorCapture(WorkerBodyPipe pipe, WorkerIsolate reader) {
    this.pipe = pipe;
    this.reader = reader;
  }

  /**
   * A capture for a response whose body streams to {@code reader} as the callee produces it (a
   * service binding's or a Durable Object stub's {@code fetch()}): the caller's {@code fetch()}
   * settles with the head, and the caller's cancel of the body reaches the callee.
   *
   * @param reader the calling worker, which reads the body on its loop thread
   * @return the capture
   */
  public static BodyErrorCapture streaming(WorkerIsolate reader) {
    return new BodyErrorCapture(new WorkerBodyPipe(), reader);
  }

  /** Where the callee streams the body, or {@code null} when it is read whole. */
  ResponseBodySink sink() {
    return pipe;
  }

  /** Takes the {@code bodyError} of a prelude outcome, if it has one; loop thread only. */
  void capture(Value outcome) {
    error = JsResponseData.bodyErrorOf(outcome);
  }

  /**
   * The response as the calling worker's prelude reads it, with the body's error if there was one.
   *
   * @param response the response the dispatch completed with
   * @return the data for the caller
   */
  public JsResponseData dataOf(FetchResponse response) {
    if (pipe != null && pipe.started()) {
      return new JsResponseData(response, null, new JsBodySource(pipe, reader));
    }
    return new JsResponseData(response, error);
  }
}
