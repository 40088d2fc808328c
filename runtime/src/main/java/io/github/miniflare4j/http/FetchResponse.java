package io.github.miniflare4j.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.websocket.WebSocketConnection;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP response as a worker returns it to Java, or as a Java service binding or outbound
 * handler returns it to a worker. Immutable; the body is held in memory.
 */
public final class FetchResponse {

  private final int status;
  private final String statusText;
  private final Headers headers;
  private final byte[] body;
  private final WaitUntilWork waitUntilWork;
  private final WebSocketConnection webSocket;

  private FetchResponse(int status, String statusText, Headers headers, byte[] body, WaitUntilWork waitUntilWork,
      WebSocketConnection webSocket) {
    this.webSocket = webSocket;
    this.status = status;
    this.statusText = statusText;
    this.headers = headers;
    this.body = body;
    this.waitUntilWork = waitUntilWork;
  }

  /**
   * Starts a response with status 200.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A {@code 200} response with a UTF-8 text body, as {@code new Response(text)} makes it.
   *
   * @param text the body; not {@code null}
   * @return the response, {@code content-type: text/plain;charset=UTF-8}
   */
  public static FetchResponse text(String text) {
    return builder().body(text).build();
  }

  /**
   * A response with a status and a UTF-8 text body.
   *
   * @param status the status code
   * @param text the body; not {@code null}
   * @return the response, {@code content-type: text/plain;charset=UTF-8}
   */
  public static FetchResponse text(int status, String text) {
    return builder().status(status).body(text).build();
  }

  /**
   * A {@code 200} response with a JSON body written by Jackson, as {@code Response.json}.
   *
   * @param value any value Jackson can serialise
   * @return the response, {@code content-type: application/json}
   * @throws IllegalArgumentException when Jackson cannot serialise {@code value}
   */
  public static FetchResponse json(Object value) {
    try {
      return builder()
          .header("content-type", "application/json")
          .body(Json.MAPPER.writeValueAsBytes(value))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Value cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  /**
   * The status code.
   *
   * @return the status code
   */
  public int status() {
    return status;
  }

  /**
   * The status text (reason phrase); empty when the response was built without one (as a Node
   * {@code Response}'s, which Miniflare's Node-side handlers answer). The HTTP server writes it
   * in the status line.
   *
   * @return the text, never {@code null}
   */
  public String statusText() {
    return statusText;
  }

  /**
   * The response headers.
   *
   * @return the headers, names lower-cased
   */
  public Headers headers() {
    return headers;
  }

  /**
   * The value of one header (repeated fields joined by {@code ", "}), or {@code null}.
   *
   * @param name the header name, in any case
   * @return the joined value, or {@code null} when absent
   */
  public String header(String name) {
    return headers.get(name);
  }

  /**
   * The body bytes; empty for a response without a body.
   *
   * @return the bytes, never {@code null}
   */
  public byte[] bytes() {
    return body.clone();
  }

  /**
   * The body decoded as UTF-8.
   *
   * @return the text; malformed UTF-8 is replaced
   */
  public String text() {
    return Utf8Text.decode(body);
  }

  /**
   * The body parsed as JSON into a tree.
   *
   * @return the JSON tree
   * @throws IllegalStateException when the body is not JSON; the message shows the start of the
   *     body
   */
  public JsonNode json() {
    return json(JsonNode.class);
  }

  /**
   * The body parsed as JSON into the given type through Jackson.
   *
   * @throws IllegalStateException when the body is not JSON of that shape; the message shows
   *     the start of the body
   * @param <T> the target type
   * @param type the class Jackson reads the body into
   * @return the body as {@code type}
   */
  public <T> T json(Class<T> type) {
    try {
      return Json.MAPPER.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Response body is not JSON readable as "
              + type.getSimpleName()
              + ": "
              + e.getOriginalMessage()
              + "; body starts with: "
              + abbreviate(text()),
          e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Whether the status is in the range 200-299.
   *
   * @return {@code true} for 2xx
   */
  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /**
   * The {@code ctx.waitUntil} promises registered by the handler that produced this response
   * (only by that request: other requests' work is not included); {@link WaitUntilWork#NONE} for
   * a response built in Java.
   *
   * @return the request's {@code waitUntil} work
   */
  public WaitUntilWork waitUntilWork() {
    return waitUntilWork;
  }

  /**
   * The WebSocket a worker returned in a 101 response: send to it and read what the worker's
   * socket sends.
   *
   * @return the connection, or {@code null} when the response carries none
   */
  public WebSocketConnection webSocket() {
    return webSocket;
  }

  /**
   * Returns a builder holding a copy of this response.
   *
   * @return a new builder; changing it leaves this response unchanged
   */
  public Builder toBuilder() {
    Builder builder = new Builder().status(status).statusText(statusText).body(body).waitUntilWork(waitUntilWork).webSocket(webSocket);
    builder.headers = headers.toBuilder();
    return builder;
  }

  @Override
  public String toString() {
    return status + (statusText.isEmpty() ? "" : " " + statusText) + " " + headers
        + " body=" + abbreviate(text());
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? '"' + text + '"' : '"' + text.substring(0, 200) + "\"…";
  }

  /** Builds a {@link FetchResponse}. */
  public static final class Builder {
    private int status = 200;
    private String statusText = "";
    private Headers.Builder headers = Headers.builder();
    private byte[] body = new byte[0];
    private WaitUntilWork waitUntilWork = WaitUntilWork.NONE;
    private WebSocketConnection webSocket;

    private Builder() {}

    /**
     * Sets the status code.
     *
     * @param status the status code; not checked here
     * @return this builder
     */
    public Builder status(int status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the status text (empty unless set).
     *
     * @param statusText the reason phrase, possibly empty; not {@code null}
     * @return this builder
     */
    public Builder statusText(String statusText) {
      this.statusText = Objects.requireNonNull(statusText, "statusText");
      return this;
    }

    /**
     * Appends a header field.
     *
     * @param name the header name, stored lower-cased; not {@code null}
     * @param value the value; not {@code null}
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.add(name, value);
      return this;
    }

    /**
     * Appends every header of the map.
     *
     * @param values header name to value; not {@code null}
     * @return this builder
     */
    public Builder headers(Map<String, String> values) {
      values.forEach(headers::add);
      return this;
    }

    /**
     * Replaces the headers.
     *
     * @param values the headers; not {@code null}
     * @return this builder
     */
    public Builder headers(Headers values) {
      headers = values.toBuilder();
      return this;
    }

    /**
     * Sets the body bytes.
     *
     * @param bytes the bytes, copied; {@code null} for an empty body
     * @return this builder
     */
    public Builder body(byte[] bytes) {
      this.body = bytes == null ? new byte[0] : bytes.clone();
      return this;
    }

    /**
     * Sets a UTF-8 text body; adds {@code content-type: text/plain;charset=UTF-8} unless a
     * content type is set, as {@code new Response(string)} does.
     *
     * @param text the text; not {@code null}
     * @return this builder
     */
    public Builder body(String text) {
      if (!headers.has("content-type")) {
        headers.add("content-type", "text/plain;charset=UTF-8");
      }
      this.body = Utf8Text.encode(text);
      return this;
    }

    /**
     * Attaches the {@code ctx.waitUntil} work of the request that produced the response.
     *
     * @param work the request's work; {@link WaitUntilWork#NONE} for none
     * @return this builder
     */
    public Builder waitUntilWork(WaitUntilWork work) {
      this.waitUntilWork = Objects.requireNonNull(work, "work");
      return this;
    }

    /**
     * Attaches the WebSocket of a 101 response.
     *
     * @param connection the connection, or {@code null} for none
     * @return this builder
     */
    public Builder webSocket(WebSocketConnection connection) {
      this.webSocket = connection;
      return this;
    }

    /**
     * Builds the response.
     *
     * @return the immutable response
     */
    public FetchResponse build() {
      return new FetchResponse(status, statusText, headers.build(), body, waitUntilWork, webSocket);
    }
  }

  /** Jackson, set up on the first JSON body (a cold JVM takes a quarter of a second for it). */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}
