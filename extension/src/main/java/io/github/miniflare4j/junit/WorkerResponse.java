package io.github.miniflare4j.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.assertj.FetchResponseAssert;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.http.Headers;
import java.util.Objects;
import org.assertj.core.api.AssertProvider;

/**
 * A worker's response as a {@link WorkerClient} returns it: the runtime's {@link FetchResponse}
 * plus AssertJ support, so that the plain {@code Assertions.assertThat(response)} gives a
 * {@link FetchResponseAssert}.
 */
public final class WorkerResponse implements AssertProvider<FetchResponseAssert> {

  private final FetchResponse response;

  /** Wraps a runtime response. */
  public WorkerResponse(FetchResponse response) {
    this.response = Objects.requireNonNull(response, "response");
  }

  /** The runtime's response. */
  public FetchResponse response() {
    return response;
  }

  /** The status code. */
  public int status() {
    return response.status();
  }

  /** The value of a header, or {@code null}. */
  public String header(String name) {
    return response.header(name);
  }

  /** The headers. */
  public Headers headers() {
    return response.headers();
  }

  /** The body as UTF-8 text. */
  public String text() {
    return response.text();
  }

  /** The body bytes. */
  public byte[] bytes() {
    return response.bytes();
  }

  /** The body as a JSON tree. */
  public JsonNode json() {
    return response.json();
  }

  /** The body mapped to a type by Jackson. */
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
