package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.http.Headers;
import org.graalvm.polyglot.Value;

/** Conversions of prelude-shaped JavaScript objects into Java types; loop thread only. */
public final class JsValues {

  private JsValues() {}

  /**
   * Reads {@code {method, url, headers: [n, v, ...], body: Uint8Array|null}}.
   *
   * @param data the prelude's request object; loop thread only
   * @return the request, body copied
   */
  public static FetchRequest toRequest(Value data) {
    FetchRequest.Builder builder =
        FetchRequest.builder(data.getMember("url").asString())
            .method(data.getMember("method").asString())
            .headers(headers(data.getMember("headers")));
    builder.body(bytesOrNull(data.getMember("body")));
    Value cf = data.getMember("cf");
    if (cf != null && cf.isString()) {
      builder.cf(cf.asString());
    }
    return builder.build();
  }

  /**
   * Reads {@code {status, statusText, headers: [n, v, ...], body: Uint8Array|null}}.
   *
   * @param data the prelude's response object; loop thread only
   * @return the response, body copied
   */
  public static FetchResponse toResponse(Value data) {
    return toResponse(data, io.github.miniflare4j.http.WaitUntilWork.NONE);
  }

  /**
   * Like {@link #toResponse(Value)}, carrying the {@code ctx.waitUntil} work of its request.
   *
   * @param data the prelude's response data
   * @param work the request's {@code waitUntil} tracker
   * @return the response
   */
  public static FetchResponse toResponse(Value data, io.github.miniflare4j.http.WaitUntilWork work) {
    return FetchResponse.builder()
        .waitUntilWork(work)
        .status(data.getMember("status").asInt())
        .statusText(data.getMember("statusText").asString())
        .headers(headers(data.getMember("headers")))
        .body(bytesOrNull(data.getMember("body")))
        .webSocket(webSocketOrNull(data.getMember("webSocket")))
        .build();
  }

  /**
   * A response from the values of {@link FetchDispatch#answer}: {@code (status, statusText,
   * headers, buffer, offset, length)}, the body (if any) read from the buffer in one call.
   *
   * @param args the six values; loop thread only
   * @param work the request's {@code waitUntil} tracker
   * @return the response, body copied
   */
  static FetchResponse bufferedResponse(Value[] args, io.github.miniflare4j.http.WaitUntilWork work) {
    Value buffer = args[3];
    byte[] body = null;
    if (!buffer.isNull()) {
      body = new byte[args[5].asInt()];
      if (body.length > 0) {
        buffer.readBuffer(args[4].asLong(), body, 0, body.length);
      }
    }
    return FetchResponse.builder()
        .waitUntilWork(work)
        .status(args[0].asInt())
        .statusText(args[1].asString())
        .headers(headers(args[2]))
        .body(body)
        .build();
  }

  /** The Java connection of a socket leaving in a 101 response, or null when there is none. */
  private static io.github.miniflare4j.websocket.WebSocketConnection webSocketOrNull(Value end) {
    if (end == null || !end.isHostObject() || !(end.asHostObject() instanceof JsSocketEnd socketEnd)) {
      return null;
    }
    return io.github.miniflare4j.websocket.internal.JavaSocketEnd.linkedTo(socketEnd);
  }

  /**
   * Reads header fields from the prelude: a flat JavaScript array of alternating names and
   * values, or the same joined with NUL into one string (the prelude's {@code joinHeaders}).
   * Values come as a Node caller of Miniflare reads them (see {@link HeaderBytes}).
   *
   * @param flat {@code [name0, value0, ...]} or {@code "name0\0value0\0..."}; loop thread only
   * @return the headers
   */
  public static Headers headers(Value flat) {
    if (flat.isString()) {
      return JoinedHeaders.parse(flat.asString());
    }
    Headers.Builder builder = Headers.builder();
    long n = flat.getArraySize();
    for (long i = 0; i + 1 < n; i += 2) {
      builder.add(flat.getArrayElement(i).asString(), HeaderBytes.toJava(flat.getArrayElement(i + 1).asString()));
    }
    return builder.build();
  }

  /**
   * Copies a Uint8Array / ArrayBuffer out of JavaScript in bulk; {@code null} stays null.
   *
   * @param buffer a Uint8Array, another typed array, an ArrayBuffer, or null
   * @return a copy of the bytes, or {@code null}
   * @throws IllegalArgumentException when {@code buffer} is none of these
   */
  public static byte[] bytesOrNull(Value buffer) {
    return io.github.miniflare4j.interop.JsBytes.bytesOrNull(buffer);
  }
}
