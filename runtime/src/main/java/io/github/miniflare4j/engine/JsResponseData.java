package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.FetchResponse;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;

/** A response as the prelude reads it when Java answers a worker's fetch. */
public final class JsResponseData {

  private final FetchResponse response;

  /**
   * Wraps a response for the prelude.
   *
   * @param response the response
   */
  public JsResponseData(FetchResponse response) {
    this.response = response;
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
}
