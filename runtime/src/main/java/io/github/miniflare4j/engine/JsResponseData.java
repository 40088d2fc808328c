package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.FetchResponse;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;

/** A response as the prelude reads it when Java answers a worker's fetch. */
public final class JsResponseData {

  private final FetchResponse response;
  private final String[] bodyError;
  private final JsBodySource bodySource;

  /**
   * Wraps a response for the prelude.
   *
   * @param response the response
   */
  public JsResponseData(FetchResponse response) {
    this(response, null);
  }

  JsResponseData(FetchResponse response, String[] bodyError) {
    this(response, bodyError, null);
  }

  JsResponseData(FetchResponse response, String[] bodyError, JsBodySource bodySource) {
    this.response = response;
    this.bodyError = bodyError;
    this.bodySource = bodySource;
  }

  /**
   * A response the prelude produced in another isolate (its outcome object: {@code status,
   * statusText, headers, body} and, when the body's stream failed part-way, {@code bodyError}:
   * {@code {name, message, stack, flags, details?}}, details the thrower's enhanced error
   * serialization), for a worker that reads it.
   *
   * @param outcome the prelude's response data; loop thread only
   * @return the data, carrying the body's error when there was one
   */
  public static JsResponseData fromOutcome(org.graalvm.polyglot.Value outcome) {
    return new JsResponseData(JsValues.toResponse(outcome), bodyErrorOf(outcome));
  }

  /** The outcome's {@code bodyError} as {@link #bodyError()} gives it, or {@code null}; loop thread only. */
  static String[] bodyErrorOf(org.graalvm.polyglot.Value outcome) {
    org.graalvm.polyglot.Value error = outcome.getMember("bodyError");
    if (error == null || error.isNull()) {
      return null;
    }
    return new String[] {text(error, "name"), text(error, "message"), text(error, "stack"), text(error, "flags"), text(error, "details")};
  }

  private static String text(org.graalvm.polyglot.Value error, String member) {
    org.graalvm.polyglot.Value value = error.getMember(member);
    return value == null || value.isNull() ? "" : value.asString();
  }

  /**
   * The status code.
   *
   * @return the status code
   */
  @HostAccess.Export
  public int status() {
    return response.status();
  }

  /**
   * The status text.
   *
   * @return the status text, possibly empty
   */
  @HostAccess.Export
  public String statusText() {
    return response.statusText();
  }

  /**
   * Header names and values, alternating.
   *
   * @return a new array {@code [name0, value0, name1, value1, ...]}
   */
  @HostAccess.Export
  public String[] headers() {
    return JsRequestData.flatten(response.headers().entries());
  }

  /**
   * Header names and values joined with NUL, when each passes the checks of the prelude's {@code
   * Headers} (see {@link JoinedHeaders#joinChecked}); else {@code null}, and the prelude reads
   * {@link #headers()} and checks each field.
   *
   * @return {@code "name\0value\0..."}, {@code ""} for none, or {@code null}
   */
  @HostAccess.Export
  public String checkedHeaders() {
    return JoinedHeaders.joinChecked(response.headers().entries());
  }

  /**
   * The body as a buffer (empty for none).
   *
   * @return the buffer, never {@code null}
   */
  @HostAccess.Export
  public ByteBuffer body() {
    return ByteBuffer.wrap(response.bytes());
  }

  /**
   * The Java connection of a 101 response's WebSocket, which the receiving worker takes over.
   *
   * @return the connection, or {@code null}
   */
  @HostAccess.Export
  public Object webSocket() {
    return response.webSocket();
  }

  /**
   * The error the body's stream failed with after the bytes of {@link #body()}, which the reader
   * of the body gets once it has read them.
   *
   * @return {@code [name, message, stack, flags, details]} (details as {@link
   *     io.github.miniflare4j.WorkerException#errorDetails()}, or empty), or {@code null} when the
   *     body ended normally
   */
  @HostAccess.Export
  public String[] bodyError() {
    return bodyError == null ? null : bodyError.clone();
  }

  /**
   * The body as another worker still produces it, pulled chunk by chunk; {@link #body()} is then
   * empty.
   *
   * @return the source, or {@code null} when the body is {@link #body()}
   */
  @HostAccess.Export
  public JsBodySource bodySource() {
    return bodySource;
  }
}
