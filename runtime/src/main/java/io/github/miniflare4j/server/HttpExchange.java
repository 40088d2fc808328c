package io.github.miniflare4j.server;

import io.github.miniflare4j.engine.ResponseBodySink;
import io.github.miniflare4j.http.FetchResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request over HTTP and its answer. Exactly one answer is written: the worker's response
 * (buffered, or streamed through this {@link ResponseBodySink}), a 413 when the request body
 * outgrows the limit first, or a plain-text error. Jetty's completion callback is completed
 * exactly once.
 */
final class HttpExchange implements ResponseBodySink {

  private static final Logger REQUESTS = LoggerFactory.getLogger("miniflare4j.requests");
  /** Response fields the server writes itself from the body it sends. */
  private static final Set<String> SERVER_WRITTEN =
      Set.of("connection", "keep-alive", "transfer-encoding", "content-length", "upgrade");

  private final Request request;
  private final Response response;
  private final Callback callback;
  private final ServerLimits limits;
  private final boolean logRequests;
  private final long started = System.nanoTime();
  private final AtomicBoolean answered = new AtomicBoolean();
  private final AtomicBoolean completed = new AtomicBoolean();
  /** Writes of a streamed body, each after the previous one (loop thread only). */
  private volatile CompletableFuture<Void> tail;
  /** Set when another answer won before the worker's streamed head arrived. */
  private boolean refused;
  /** What the response's Content-Encoding asks of the wire (set with the head). */
  private ResponseCoding coding = ResponseCoding.IDENTITY;

  HttpExchange(Request request, Response response, Callback callback, ServerLimits limits, boolean logRequests) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.limits = limits;
    this.logRequests = logRequests;
  }

  ServerLimits limits() {
    return limits;
  }

  // ---- a streamed body (isolate loop thread, in order) -----------------------------------

  @Override
  public void start(FetchResponse head, long contentLength) {
    if (!answered.compareAndSet(false, true)) {
      refused = true;
      return;
    }
    if (!writeHead(head)) {
      refused = true;
      return;
    }
    if (contentLength >= 0 && !coding.changesBody()) {
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, contentLength);
    }
    // commit the head now: the client sees the status before the first chunk exists
    tail = write(false, BufferUtil.EMPTY_BUFFER);
  }

  @Override
  public CompletableFuture<Void> write(ByteBuffer chunk) {
    if (refused || completed.get()) {
      return CompletableFuture.failedFuture(new IOException("The response was already answered or ended"));
    }
    ByteBuffer encoded = coding.push(chunk);
    tail = tail.thenCompose(written -> write(false, encoded));
    return tail;
  }

  @Override
  public void end() {
    if (!refused) {
      ByteBuffer trailer = coding.finish();
      tail.whenComplete((written, error) -> {
        if (error == null) {
          response.write(true, trailer, completion());
        } else {
          fail(error);
        }
      });
    }
  }

  @Override
  public void abort(String reason) {
    if (!refused) {
      tail.whenComplete((written, error) -> fail(new IOException("The worker's response body failed: " + reason)));
    }
  }

  private CompletableFuture<Void> write(boolean last, ByteBuffer bytes) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    response.write(last, bytes, Callback.from(() -> done.complete(null), done::completeExceptionally));
    return done;
  }

  // ---- other answers (any thread) ---------------------------------------------------------

  /** Writes a response whose body is held in memory (or a HEAD answer), unless already answered. */
  void answer(FetchResponse result) {
    if (!answered.compareAndSet(false, true)) {
      return;
    }
    if (result.webSocket() != null) {
      if (WebSocketUpgrade.upgrade(request, response, callback, result)) {
        log(result.status(), result.statusText());
        return;
      }
      writeText(HttpStatus.UPGRADE_REQUIRED_426, "The worker answered with a WebSocket, but the request was no WebSocket upgrade.\n");
      return;
    }
    boolean head = request.getMethod().equals("HEAD");
    if (!writeHead(result)) {
      return;
    }
    // HEAD and a null-body status send no body: the coding names the header only
    boolean encodes = coding.changesBody() && !head && !isNullBodyStatus(result.status());
    byte[] body = encodes ? coding.encode(result.bytes()) : result.bytes();
    String declared = result.header("content-length");
    if (encodes) {
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    } else if (head && declared != null) {
      // as Miniflare: a HEAD answer carries the length only when the worker declared it
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, declared);
    } else if (!head) {
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    }
    if (head && declared == null) {
      // commit first, or Jetty would declare the zero bytes it sends as Content-Length: 0
      write(false, BufferUtil.EMPTY_BUFFER).whenComplete((written, error) -> {
        if (error == null) {
          response.write(true, null, completion());
        } else {
          fail(error);
        }
      });
      return;
    }
    response.write(true, head ? null : ByteBuffer.wrap(body), completion());
  }

  /** The request body outgrew the limit: 413 if nothing was answered yet. */
  void bodyTooLarge(String found) {
    if (answered.compareAndSet(false, true)) {
      // the rest of the body is not read: the connection cannot be reused
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      writeText(HttpStatus.PAYLOAD_TOO_LARGE_413, limits.bodyTooLarge(found));
    }
  }

  /** A plain-text answer (400, 500) unless already answered. */
  void answerText(int status, String text) {
    if (answered.compareAndSet(false, true)) {
      writeText(status, text);
    }
  }

  private void writeText(int status, String text) {
    response.setStatus(status);
    ReasonPhrase.use(request, status, workerdReason(status));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=UTF-8");
    log(status, "");
    Content.Sink.write(response, true, text, completion());
  }

  /** The reason phrases of workerd's table where Jetty's differ, for the answers the server makes itself. */
  private static String workerdReason(int status) {
    return switch (status) {
      case HttpStatus.PAYLOAD_TOO_LARGE_413 -> "Payload Too Large";
      case HttpStatus.INTERNAL_SERVER_ERROR_500 -> "Internal Server Error";
      default -> null;
    };
  }

  private static boolean isNullBodyStatus(int status) {
    return status == 101 || status == 204 || status == 205 || status == 304;
  }

  /**
   * Writes status and fields, with the {@code Content-Encoding} the client's
   * {@code Accept-Encoding} asks for; false, having answered Miniflare's 415 instead, when the
   * client accepts no coding the body can have.
   */
  private boolean writeHead(FetchResponse head) {
    coding = ResponseCoding.choose(head.header("content-encoding"), head.header("content-type"),
        request.getHeaders().get(HttpHeader.ACCEPT_ENCODING));
    if (coding == ResponseCoding.UNACCEPTABLE) {
      coding = ResponseCoding.IDENTITY;
      response.getHeaders().put(HttpHeader.ACCEPT_ENCODING, "br, gzip");
      writeText(HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, "Unsupported Media Type");
      return false;
    }
    response.setStatus(head.status());
    ReasonPhrase.use(request, head.status(), head.statusText());
    for (Map.Entry<String, String> field : head.headers().entries()) {
      boolean recoded = coding.changesHeader() && field.getKey().equals("content-encoding");
      if (!SERVER_WRITTEN.contains(field.getKey()) && !recoded) {
        response.getHeaders().add(field.getKey(), field.getValue());
      }
    }
    if (coding.changesHeader() && coding.header() != null) {
      response.getHeaders().put(HttpHeader.CONTENT_ENCODING, coding.header());
    }
    log(head.status(), head.statusText());
    return true;
  }

  /** Jetty's callback, guarded so that it completes once however the exchange ends. */
  private Callback completion() {
    return Callback.from(
        () -> {
          if (completed.compareAndSet(false, true)) {
            callback.succeeded();
          }
        },
        this::fail);
  }

  private void fail(Throwable error) {
    if (completed.compareAndSet(false, true)) {
      // after the head was sent Jetty ends the connection: the client sees a cut-short body
      callback.failed(error);
    }
  }

  private void log(int status, String statusText) {
    if (logRequests && REQUESTS.isInfoEnabled()) {
      String text = statusText == null || statusText.isBlank() ? HttpStatus.getMessage(status) : statusText.trim();
      REQUESTS.info("{} {} {} {} ({}ms)", request.getMethod(), request.getHttpURI().getPath(), status, text,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
  }
}
