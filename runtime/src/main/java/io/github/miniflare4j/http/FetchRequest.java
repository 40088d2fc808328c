package io.github.miniflare4j.http;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request as Java code sends it to a worker ({@code Miniflare.dispatchFetch}) or as a
 * Java service binding receives it from a worker. Immutable; the body is held in memory.
 */
public final class FetchRequest {

  private final String method;
  private final String url;
  private final Headers headers;
  private final byte[] body;
  private final String cf;

  private FetchRequest(Builder builder) {
    this.method = builder.method;
    this.url = builder.url;
    this.headers = builder.headers.build();
    this.body = builder.body;
    this.cf = builder.cf;
  }

  /**
   * The request's {@code cf} object ({@code request.cf} in the worker) as JSON text, or {@code
   * null} when the request carries none (an incoming request then gets Miniflare's local one).
   *
   * @return a JSON object, or {@code null}
   */
  public String cf() {
    return cf;
  }

  /**
   * Starts a {@code GET} request to an absolute URL.
   *
   * @param url an absolute URL; not {@code null}
   * @return a new builder
   */
  public static Builder builder(String url) {
    return new Builder(url);
  }

  /**
   * A {@code GET} request to an absolute URL, with no headers and no body.
   *
   * @param url an absolute URL; not {@code null}
   * @return the request
   */
  public static FetchRequest get(String url) {
    return builder(url).build();
  }

  /**
   * The request method, upper-case for the standard methods.
   *
   * @return the method, never {@code null}
   */
  public String method() {
    return method;
  }

  /**
   * The absolute URL.
   *
   * @return the URL as given; not parsed here
   */
  public String url() {
    return url;
  }

  /**
   * The request headers.
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
   * The body bytes, or {@code null} when the request has no body.
   *
   * @return a copy of the bytes, or {@code null}
   */
  public byte[] body() {
    return body == null ? null : body.clone();
  }

  /** The body's length in bytes, -1 when there is no body (no copy made). */
  int bodyLength() {
    return body == null ? -1 : body.length;
  }

  /**
   * Whether the request carries a body (possibly empty).
   *
   * @return {@code true} when a body was set
   */
  public boolean hasBody() {
    return body != null;
  }

  /**
   * The body decoded as UTF-8; empty when there is no body.
   *
   * @return the text, never {@code null}
   */
  public String text() {
    return body == null ? "" : Utf8Text.decode(body);
  }

  /**
   * Returns a builder holding a copy of this request.
   *
   * @return a new builder; changing it leaves this request unchanged
   */
  public Builder toBuilder() {
    Builder builder = new Builder(url).method(method).body(body).cf(cf);
    builder.headers = headers.toBuilder();
    return builder;
  }

  @Override
  public String toString() {
    return method + " " + url;
  }

  /** Builds a {@link FetchRequest}. */
  public static final class Builder {
    private String method = "GET";
    private String url;
    private Headers.Builder headers = Headers.builder();
    private byte[] body;
    private String cf;

    private Builder(String url) {
      this.url = Objects.requireNonNull(url, "url");
    }

    /**
     * Sets the method; the standard methods are normalised to upper case as fetch does.
     *
     * @param method the method, in any case; not {@code null}
     * @return this builder
     */
    public Builder method(String method) {
      String upper = method.toUpperCase(Locale.ROOT);
      this.method =
          switch (upper) {
            case "DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT" -> upper;
            default -> method;
          };
      return this;
    }

    /**
     * Sets the URL.
     *
     * @param url an absolute URL; not {@code null}
     * @return this builder
     */
    public Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
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
     * Sets the body bytes ({@code null} for none).
     *
     * @param bytes the bytes, copied, or {@code null}
     * @return this builder
     */
    public Builder body(byte[] bytes) {
      this.body = bytes == null ? null : bytes.clone();
      return this;
    }

    /**
     * Sets a UTF-8 text body (a lone surrogate as U+FFFD, as fetch() encodes it). Like
     * {@code fetch()}, a text body with no {@code content-type} header gets
     * {@code text/plain;charset=UTF-8}.
     *
     * @param text the text, or {@code null} for no body (no header is added then)
     * @return this builder
     */
    public Builder body(String text) {
      if (text == null) {
        this.body = null;
        return this;
      }
      if (!headers.has("content-type")) {
        headers.add("content-type", "text/plain;charset=UTF-8");
      }
      this.body = Utf8Text.encode(text);
      return this;
    }

    /**
     * Sets the request's {@code cf} object, as {@code request.cf} shows it to the worker.
     *
     * @param json a JSON object as text, or {@code null} for Miniflare's local default
     * @return this builder
     */
    public Builder cf(String json) {
      this.cf = json;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the immutable request
     */
    public FetchRequest build() {
      return new FetchRequest(this);
    }
  }
}
