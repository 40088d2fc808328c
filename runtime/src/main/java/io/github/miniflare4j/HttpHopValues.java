package io.github.miniflare4j;

import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.http.Headers;
import java.util.Map;

/**
 * What the HTTP hop between workerd and Miniflare's {@code dispatchFetch} does to a response's
 * header values: the client's parser drops the whitespace around a field value (RFC 9110 §5.5),
 * which workerd sends as it holds it when a field joined an empty value ({@code "a, "} reaches
 * the client as {@code "a,"}; recorded). Between workers no such hop trims it.
 */
final class HttpHopValues {

  private HttpHopValues() {}

  /**
   * The response as the client reads it.
   *
   * @param response a worker's response
   * @return the same response when no value has surrounding whitespace, else a copy with the
   *     values trimmed
   */
  static FetchResponse apply(FetchResponse response) {
    boolean trimmed = false;
    for (Map.Entry<String, String> field : response.headers().entries()) {
      if (hasEdgeWhitespace(field.getValue())) {
        trimmed = true;
        break;
      }
    }
    if (!trimmed) {
      return response;
    }
    Headers.Builder headers = Headers.builder();
    for (Map.Entry<String, String> field : response.headers().entries()) {
      headers.add(field.getKey(), trim(field.getValue()));
    }
    return response.toBuilder().headers(headers.build()).build();
  }

  private static boolean hasEdgeWhitespace(String value) {
    int n = value.length();
    return n > 0 && (isWhitespace(value.charAt(0)) || isWhitespace(value.charAt(n - 1)));
  }

  private static String trim(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isWhitespace(value.charAt(start))) {
      start++;
    }
    while (end > start && isWhitespace(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t';
  }
}
