package io.github.miniflare4j.server;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Jetty request into a {@link FetchRequest} (URL from the {@code Host} header, body read
 * without blocking up to the limit), dispatches it, and writes the {@link FetchResponse} back.
 */
final class WorkerHandler extends Handler.Abstract.NonBlocking {

  private static final Logger REQUESTS = LoggerFactory.getLogger("miniflare4j.requests");
  /** Connection-level fields that belong to one hop, never passed to a worker. */
  private static final Set<String> HOP_BY_HOP =
      Set.of("connection", "keep-alive", "transfer-encoding", "upgrade", "http2-settings", "te");
  /** Response fields the server writes itself from the body it sends. */
  private static final Set<String> SERVER_WRITTEN = Set.of("connection", "keep-alive", "transfer-encoding", "content-length", "upgrade");

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
    long started = System.nanoTime();
    long declared = request.getLength();
    if (declared > limits.maxRequestBodyBytes()) {
      refuseBody(request, response, callback, "of " + declared + " bytes (Content-Length)", started);
      return true;
    }
    new BodyReader(request, declared, limits.maxRequestBodyBytes(), (body, tooLarge, failure) -> {
      if (failure != null) {
        Response.writeError(request, response, callback, failure);
      } else if (tooLarge) {
        refuseBody(request, response, callback, "sent chunked", started);
      } else {
        dispatch(request, response, callback, body, started);
      }
    }).read();
    return true;
  }

  private void dispatch(Request request, Response response, Callback callback, byte[] body, long started) {
    FetchRequest fetch;
    try {
      fetch = toFetchRequest(request, body);
    } catch (RuntimeException e) {
      writeText(request, response, callback, HttpStatus.BAD_REQUEST_400, "400 Bad Request: " + e.getMessage() + "\n", started);
      return;
    }
    dispatcher.dispatch(fetch).whenCompleteAsync((result, error) -> {
      if (error != null) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        writeText(request, response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, cause + "\n", started);
      } else {
        write(request, response, callback, result, started);
      }
    }, request.getComponents().getExecutor());
  }

  private static FetchRequest toFetchRequest(Request request, byte[] body) {
    String host = request.getHeaders().get(HttpHeader.HOST);
    if (host == null || host.isBlank()) {
      host = Request.getServerName(request) + ":" + Request.getServerPort(request);
    }
    String pathQuery = request.getHttpURI().getPathQuery();
    FetchRequest.Builder builder =
        FetchRequest.builder("http://" + host + (pathQuery == null || pathQuery.isEmpty() ? "/" : pathQuery))
            .method(request.getMethod());
    for (HttpField field : request.getHeaders()) {
      if (!HOP_BY_HOP.contains(field.getLowerCaseName())) {
        builder.header(field.getName(), field.getValue());
      }
    }
    boolean framed = request.getHeaders().contains(HttpHeader.CONTENT_LENGTH)
        || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    builder.body(body.length == 0 && !framed ? null : body);
    return builder.build();
  }

  private void write(Request request, Response response, Callback callback, FetchResponse result, long started) {
    response.setStatus(result.status());
    for (Map.Entry<String, String> field : result.headers().entries()) {
      if (!SERVER_WRITTEN.contains(field.getKey())) {
        response.getHeaders().add(field.getKey(), field.getValue());
      }
    }
    byte[] body = result.bytes();
    boolean head = request.getMethod().equals("HEAD");
    String declared = result.header("content-length");
    if (head && declared != null) {
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, declared);
    } else if (!head) {
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    }
    log(request, result.status(), result.statusText(), started);
    response.write(true, head ? null : ByteBuffer.wrap(body), callback);
  }

  private void refuseBody(Request request, Response response, Callback callback, String found, long started) {
    // the rest of the body is not read: the connection cannot be reused
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    writeText(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, limits.bodyTooLarge(found), started);
  }

  private void writeText(Request request, Response response, Callback callback, int status, String text, long started) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=UTF-8");
    log(request, status, "", started);
    Content.Sink.write(response, true, text, callback);
  }

  private void log(Request request, int status, String statusText, long started) {
    if (logRequests && REQUESTS.isInfoEnabled()) {
      String text = statusText == null || statusText.isBlank() ? HttpStatus.getMessage(status) : statusText.trim();
      REQUESTS.info("{} {} {} {} ({}ms)", request.getMethod(), request.getHttpURI().getPath(), status, text,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
  }

  /** Reads a request body chunk by chunk as it arrives, stopping at the limit. */
  private static final class BodyReader {
    interface Done {
      void accept(byte[] body, boolean tooLarge, Throwable failure);
    }

    private final Request request;
    private final long limit;
    private final Done done;
    private byte[] buffer;
    private int size;

    BodyReader(Request request, long declared, long limit, Done done) {
      this.request = request;
      this.limit = limit;
      this.done = done;
      this.buffer = new byte[(int) Math.max(0, Math.min(declared, 64 * 1024))];
    }

    void read() {
      while (true) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this::read);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          done.accept(null, false, chunk.getFailure());
          return;
        }
        ByteBuffer bytes = chunk.getByteBuffer();
        int n = bytes.remaining();
        if ((long) size + n > limit) {
          chunk.release();
          done.accept(null, true, null);
          return;
        }
        if (size + n > buffer.length) {
          buffer = Arrays.copyOf(buffer, Math.max(size + n, Math.min((int) limit, buffer.length * 2 + 8192)));
        }
        bytes.get(buffer, size, n);
        size += n;
        boolean last = chunk.isLast();
        chunk.release();
        if (last) {
          done.accept(size == buffer.length ? buffer : Arrays.copyOf(buffer, size), false, null);
          return;
        }
      }
    }
  }
}
