package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.FetchRequest;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;

/**
 * A request as the prelude reads it: method, URL, flat header list, and a body buffer or a body
 * source that streams.
 */
public final class JsRequestData {

  private final FetchRequest request;
  private final JsBodySource bodySource;

  /**
   * Wraps a request for the prelude.
   *
   * @param request the request
   */
  public JsRequestData(FetchRequest request) {
    this(request, null);
  }

  JsRequestData(FetchRequest request, JsBodySource bodySource) {
    this.request = request;
    this.bodySource = bodySource;
  }

  /**
   * Wraps a request whose body another worker still sends ({@link RequestBodyPump}), for the
   * worker that receives it.
   *
   * @param request the request's method, URL and headers
   * @param body the body as it arrives, or {@code null} when {@code request} holds it
   * @param receiver the worker that reads the body on its loop thread
   * @return the data
   */
  public static JsRequestData streamed(FetchRequest request, StreamedRequestBody body, WorkerIsolate receiver) {
    return new JsRequestData(request, body == null ? null : new JsBodySource(body, receiver));
  }

  /**
   * The {@code cf} object as JSON text.
   *
   * @return JSON text, or {@code null} for none
   */
  @HostAccess.Export
  public String cf() {
    return request.cf();
  }

  /**
   * The method.
   *
   * @return the method
   */
  @HostAccess.Export
  public String method() {
    return request.method();
  }

  /**
   * The URL.
   *
   * @return the absolute URL
   */
  @HostAccess.Export
  public String url() {
    return request.url();
  }

  /**
   * Header names and values, alternating.
   *
   * @return a new array {@code [name0, value0, name1, value1, ...]}
   */
  @HostAccess.Export
  public String[] headers() {
    return flatten(request.headers().entries());
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
    return JoinedHeaders.joinChecked(request.headers().entries());
  }

  /**
   * The body as a read-only buffer, or {@code null}.
   *
   * @return the buffer, or {@code null} when the request has no body
   */
  @HostAccess.Export
  public ByteBuffer body() {
    return request.hasBody() ? ByteBuffer.wrap(request.body()) : null;
  }

  /**
   * The streamed body, or {@code null} when the body (if any) is the buffer of {@link #body()}.
   *
   * @return the source, or {@code null}
   */
  @HostAccess.Export
  public JsBodySource bodySource() {
    return bodySource;
  }

  static String[] flatten(List<Map.Entry<String, String>> entries) {
    String[] flat = new String[entries.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : entries) {
      flat[i++] = e.getKey();
      flat[i++] = HeaderBytes.toWorker(e.getValue());
    }
    return flat;
  }
}
