package io.github.miniflare4j.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.assertj.FetchResponseAssert;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.http.Headers;
import java.time.Duration;
import java.util.Objects;
import org.assertj.core.api.AssertProvider;

/**
 * A worker's response as a {@link WorkerClient} returns it: the runtime's {@link FetchResponse}
 * plus AssertJ support, so that the plain {@code Assertions.assertThat(response)} gives a
 * {@link FetchResponseAssert}.
 */
public final class WorkerResponse implements AssertProvider<FetchResponseAssert> {

  private final FetchResponse response;
  private final Miniflare miniflare;

  /**
   * Wraps a runtime response.
   *
   * @param response the response; not {@code null}
   */
  public WorkerResponse(FetchResponse response) {
    this(response, null);
  }

  WorkerResponse(FetchResponse response, Miniflare miniflare) {
    this.response = Objects.requireNonNull(response, "response");
    this.miniflare = miniflare;
  }

  /**
   * Waits until the {@code ctx.waitUntil} promises that this request's handler registered have
   * settled, at most {@link Eventually#DEFAULT_TIMEOUT}. Work of other requests, even in flight
   * at the same time, is not waited for.
   *
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} naming the request, its
   *     worker and how many promises are still pending
   * @return this response
   */
  public WorkerResponse waitUntilSettled() {
    return waitUntilSettled(Eventually.DEFAULT_TIMEOUT);
  }

  /**
   * Same as {@link #waitUntilSettled()} with a timeout of your own.
   *
   * @param timeout how long to wait
   * @return this response
   */
  public WorkerResponse waitUntilSettled(Duration timeout) {
    if (miniflare == null) {
      throw new IllegalStateException(
          "This WorkerResponse wraps a response it did not dispatch: call Miniflare.waitUntilSettled(response, timeout) instead");
    }
    miniflare.waitUntilSettled(response, timeout);
    return this;
  }

  /**
   * The runtime's response.
   *
   * @return the response
   */
  public FetchResponse response() {
    return response;
  }

  /**
   * The status code.
   *
   * @return the status code
   */
  public int status() {
    return response.status();
  }

  /**
   * The value of a header, or {@code null}.
   *
   * @param name the header name, in any case
   * @return the joined value, or {@code null}
   */
  public String header(String name) {
    return response.header(name);
  }

  /**
   * The headers.
   *
   * @return the headers, names lower-cased
   */
  public Headers headers() {
    return response.headers();
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the text; malformed UTF-8 is replaced
   */
  public String text() {
    return response.text();
  }

  /**
   * The body bytes.
   *
   * @return the bytes, never {@code null}
   */
  public byte[] bytes() {
    return response.bytes();
  }

  /**
   * The body as a JSON tree.
   *
   * @return the JSON tree
   * @throws IllegalStateException when the body is not JSON
   */
  public JsonNode json() {
    return response.json();
  }

  /**
   * The body mapped to a type by Jackson.
   *
   * @param <T> the target type
   * @param type the class Jackson reads the body into
   * @return the body as {@code type}
   * @throws IllegalStateException when the body is not JSON of that shape
   */
  public <T> T json(Class<T> type) {
    return response.json(type);
  }

  @Override
  public FetchResponseAssert assertThat() {
    return new FetchResponseAssert(response);
  }

  @Override
  public String toString() {
    return response.toString();
  }
}
