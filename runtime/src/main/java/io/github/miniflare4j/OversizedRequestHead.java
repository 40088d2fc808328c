package io.github.miniflare4j;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * workerd's HTTP parser holds a request's head (request line and fields) in a buffer of 128 KiB;
 * a longer head never reaches a worker but is answered {@code 431} with a plain-text error
 * (recorded: a 64 KiB path, which Miniflare's dispatchFetch also sends in its
 * {@code MF-Original-URL} field, is refused; a 60 KiB field value passes). The size counted is
 * the head as dispatchFetch sends it: request line, the prepared fields, Miniflare's own fields.
 */
final class OversizedRequestHead {

  /** The parser's buffer. */
  static final int MAX_HEAD_BYTES = 128 * 1024;
  /** {@code " HTTP/1.1\r\n"}, the final empty line and Miniflare's {@code MF-Disable-Pretty-Error: true}. */
  private static final int FIXED_BYTES = 11 + 2 + 31;

  private OversizedRequestHead() {}

  /** The runtime's answer when the request's head would not fit the parser's buffer, else {@code null}. */
  static CompletableFuture<FetchResponse> answer(FetchRequest request) {
    String url = request.url();
    // the URL twice (request line and MF-Original-URL), each field as "name: value\r\n"
    long size = FIXED_BYTES + request.method().length() + 1 + 2L * url.length() + 17;
    if (size < MAX_HEAD_BYTES) {
      for (Map.Entry<String, String> field : request.headers().entries()) {
        size += field.getKey().length() + field.getValue().length() + 4;
      }
    }
    if (size < MAX_HEAD_BYTES) {
      return null;
    }
    return CompletableFuture.completedFuture(FetchResponse.builder()
        .status(431)
        .statusText("Request Header Fields Too Large")
        .header("content-type", "text/plain")
        .body("ERROR: header too large.")
        .build());
  }
}
