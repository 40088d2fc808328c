package io.github.miniflare4j.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.server.HttpStream;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;

/**
 * Puts a response's own reason phrase in its status line, as workerd writes the worker's {@code
 * statusText} there ({@code 200 fine}, or {@code 404 } for an empty one) where Jetty would write
 * its table's. Applies to the head of the given status only, so that an error Jetty answers
 * instead keeps Jetty's line.
 */
final class ReasonPhrase extends HttpStream.Wrapper {

  private final int status;
  private final String reason;

  private ReasonPhrase(HttpStream wrapped, int status, String reason) {
    super(wrapped);
    this.status = status;
    this.reason = reason;
  }

  /**
   * Makes the request's response head carry {@code reason}; call before the head is committed.
   *
   * @param request the exchange's request
   * @param status the status the head will have
   * @param reason the reason phrase, possibly empty; {@code null} keeps Jetty's
   */
  static void use(Request request, int status, String reason) {
    // the common case (200 "OK", 404 "Not Found") is the phrase Jetty writes anyway: no wrapper
    if (reason != null && !reason.equals(HttpStatus.getMessage(status))) {
      request.addHttpStreamWrapper(stream -> new ReasonPhrase(stream, status, reason));
    }
  }

  @Override
  public void send(MetaData.Request request, MetaData.Response response, boolean last, ByteBuffer content, Callback callback) {
    MetaData.Response head = response;
    if (response != null && response.getStatus() == status) {
      head = new MetaData.Response(status, reason, response.getHttpVersion(), response.getHttpFields(),
          response.getContentLength(), response.getTrailersSupplier());
    }
    super.send(request, head, last, content, callback);
  }
}
