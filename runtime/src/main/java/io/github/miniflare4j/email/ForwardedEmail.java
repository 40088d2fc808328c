package io.github.miniflare4j.email;

import java.util.List;

/**
 * A {@code message.forward(rcptTo, headers)} call of a worker's {@code email()} handler.
 *
 * @param to the address the message was forwarded to
 * @param headers the extra headers, as {@code [name, value]} pairs (lower-case names)
 */
public record ForwardedEmail(String to, List<List<String>> headers) {

  /**
   * Copies the headers.
   *
   * @param to the address the message was forwarded to
   * @param headers the extra headers
   */
  public ForwardedEmail {
    headers = headers.stream().map(List::copyOf).toList();
  }
}
