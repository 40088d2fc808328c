package io.github.miniflare4j.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is read as the worker produces it, as the body of the {@code Response}
 * that Miniflare's {@code dispatchFetch} resolves with once the head has arrived: what a test of
 * a server-sent events endpoint, or of any body that never ends, reads a part of. Close it when
 * done: closing an unfinished body cancels the worker's stream (its pending write rejects).
 */
public final class StreamedFetchResponse implements AutoCloseable {

  private final FetchResponse head;
  private final InputStream body;

  /**
   * A response and its body.
   *
   * @param head the status, headers and {@code waitUntil} work (its own body is not read)
   * @param body the body as it arrives
   */
  public StreamedFetchResponse(FetchResponse head, InputStream body) {
    this.head = head;
    this.body = body;
  }

  /**
   * The status code.
   *
   * @return the status code
   */
  public int status() {
    return head.status();
  }

  /**
   * The value of one header (repeated fields joined by {@code ", "}), or {@code null}.
   *
   * @param name the header name, in any case
   * @return the joined value, or {@code null} when absent
   */
  public String header(String name) {
    return head.header(name);
  }

  /**
   * The response's status, headers and {@code waitUntil} work; its body is empty when the
   * worker's body was a stream (read {@link #body()} instead).
   *
   * @return the head
   */
  public FetchResponse head() {
    return head;
  }

  /**
   * The body as it arrives: a read blocks until the worker wrote more, the stream ended (end of
   * input) or failed ({@link IOException}), at most the instance's dispatch timeout per read.
   *
   * @return the body stream, the same one at every call
   */
  public InputStream body() {
    return body;
  }

  /**
   * Reads the rest of the body, which must end, as UTF-8.
   *
   * @return the text
   * @throws UncheckedIOException when the stream failed or a read timed out
   */
  public String text() {
    try {
      return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops reading: an unfinished body is cancelled. */
  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "StreamedFetchResponse[" + head.status() + "]";
  }
}
