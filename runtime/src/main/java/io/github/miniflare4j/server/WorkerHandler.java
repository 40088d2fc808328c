package io.github.miniflare4j.server;

import io.github.miniflare4j.http.FetchRequest;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Turns a Jetty request into a {@link FetchRequest} (URL from the {@code Host} header) and hands
 * it to the dispatcher with its body as it arrives; the {@link HttpExchange} writes the answer.
 * A body that has fully arrived by the time the request is handled is passed as bytes; any other
 * body streams to the worker.
 */
final class WorkerHandler extends Handler.Abstract.NonBlocking {

  private final HttpServer.Dispatcher dispatcher;
  private final ServerLimits limits;
  private final boolean logRequests;

  WorkerHandler(HttpServer.Dispatcher dispatcher, ServerLimits limits, boolean logRequests) {
    this.dispatcher = dispatcher;
    this.limits = limits;
    this.logRequests = logRequests;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    HttpExchange exchange = new HttpExchange(request, response, callback, limits, logRequests);
    long declared = request.getLength();
    if (declared > limits.maxRequestBodyBytes()) {
      exchange.bodyTooLarge("of " + declared + " bytes (Content-Length)");
      return true;
    }
    FetchRequest head;
    try {
      head = toFetchRequest(request);
    } catch (RuntimeException e) {
      exchange.answerText(HttpStatus.BAD_REQUEST_400, "400 Bad Request: " + e.getMessage() + "\n");
      return true;
    }
    boolean framed = request.getHeaders().contains(HttpHeader.CONTENT_LENGTH)
        || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    RequestContent streamed = null;
    if (framed) {
      // a first look: a small body has usually arrived whole with the head
      Content.Chunk first = request.read();
      if (Content.Chunk.isFailure(first)) {
        Response.writeError(request, response, callback, first.getFailure());
        return true;
      }
      if (first != null && first.isLast() && first.remaining() <= limits.maxRequestBodyBytes()) {
        byte[] bytes = new byte[first.remaining()];
        first.getByteBuffer().get(bytes);
        first.release();
        head = head.toBuilder().body(bytes).build();
      } else {
        streamed = new RequestContent(request, exchange, limits.maxRequestBodyBytes(), first, 0);
      }
    }
    // answered on the thread that completes the dispatch (usually the worker's loop): Jetty's
    // writes never block, so a hand-off to a server thread would only add latency
    dispatcher.dispatch(head, streamed, exchange).whenComplete((result, error) -> {
      if (error != null) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        exchange.answerText(HttpStatus.INTERNAL_SERVER_ERROR_500, cause + "\n");
      } else if (result.webSocket() != null) {
        // an upgrade sets up the connection's WebSocket session: on a server thread
        request.getComponents().getExecutor().execute(() -> exchange.answer(result));
      } else {
        exchange.answer(result);
      }
    });
    return true;
  }

  private static FetchRequest toFetchRequest(Request request) {
    String host = request.getHeaders().get(HttpHeader.HOST);
    if (host == null || host.isBlank()) {
      // an HTTP/1.0 request may leave it out (Jetty refuses that of HTTP/1.1): workerd answers 400
      throw new IllegalArgumentException("No Host");
    }
    String pathQuery = request.getHttpURI().getPathQuery();
    FetchRequest.Builder builder =
        FetchRequest.builder("http://" + host + (pathQuery == null || pathQuery.isEmpty() ? "/" : pathQuery))
            .method(request.getMethod());
    // every field the client sent, connection-level ones (Connection, Transfer-Encoding, TE,
    // Keep-Alive, Upgrade) included: workerd passes them on to the worker as they came
    for (HttpField field : request.getHeaders()) {
      // a WebSocket upgrade reaches the worker as `upgrade: websocket`, as in workerd
      boolean webSocketUpgrade = field.getLowerCaseName().equals("upgrade") && "websocket".equalsIgnoreCase(field.getValue());
      builder.header(field.getName(), webSocketUpgrade ? "websocket" : field.getValue());
    }
    return builder.build();
  }
}
