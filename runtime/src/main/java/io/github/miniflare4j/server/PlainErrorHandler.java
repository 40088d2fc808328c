package io.github.miniflare4j.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Answers requests Jetty refuses before any worker sees them with a short plain-text reason. */
final class PlainErrorHandler extends ErrorHandler {

  private final ServerLimits limits;

  PlainErrorHandler(ServerLimits limits) {
    this.limits = limits;
  }

  private String text(int status, String message) {
    if (status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431) {
      return limits.headersTooLarge();
    }
    String reason = HttpStatus.getMessage(status);
    return status + " " + reason + (message == null || message.equals(reason) ? "" : ": " + message) + "\n";
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int status, String message, Throwable cause, Callback callback)
      throws IOException {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=UTF-8");
    response.write(true, ByteBuffer.wrap(text(status, message).getBytes(StandardCharsets.UTF_8)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "text/plain;charset=UTF-8");
    return ByteBuffer.wrap(text(status, reason).getBytes(StandardCharsets.UTF_8));
  }
}
