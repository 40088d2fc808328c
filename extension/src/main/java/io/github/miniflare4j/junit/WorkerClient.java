package io.github.miniflare4j.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.StreamedFetchResponse;
import io.github.miniflare4j.scheduled.ScheduledResult;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.websocket.WebSocketConnection;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Sends requests to one worker of an instance and returns {@link WorkerResponse}s, which work
 * with the plain AssertJ {@code assertThat}. Injected into tests as a parameter ({@link
 * WorkerRef} picks the worker); holds no state of its own, so it survives worker restarts.
 *
 * <pre>{@code
 * assertThat(api.fetch("/users/1")).hasStatus(200);
 * assertThat(api.post("/users").json(Map.of("name", "Ada")).send()).hasStatus(201);
 * }</pre>
 *
 * <p>A path such as {@code "/users"} is sent as {@code http://localhost/users}; an absolute URL
 * is sent as it is.
 *
 * <p>A body goes with its length ({@code Content-Length}), as an HTTP client and Vitest's {@code
 * SELF.fetch} send a string or byte body, so that the worker can store {@code request.body} in
 * R2 as it is. {@code Miniflare.dispatchFetch} sends a body without one as Miniflare's does:
 * framed as chunked, a stream of unknown length to the worker.
 */
public final class WorkerClient {

  /** The origin that relative paths are resolved against. */
  public static final String DEFAULT_ORIGIN = "http://localhost";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<Miniflare> miniflare;
  private final String workerName;

  private WorkerClient(Supplier<Miniflare> miniflare, String workerName) {
    this.miniflare = Objects.requireNonNull(miniflare, "miniflare");
    this.workerName = workerName;
  }

  /**
   * A client of the entry worker, whose requests go through the instance's routing.
   *
   * @param miniflare the instance; not {@code null}
   * @return the client
   */
  public static WorkerClient entry(Miniflare miniflare) {
    Objects.requireNonNull(miniflare, "miniflare");
    return new WorkerClient(() -> miniflare, null);
  }

  /**
   * A client of the named worker, bypassing routes.
   *
   * @param miniflare the instance; not {@code null}
   * @param workerName the worker's name; not {@code null}
   * @return the client
   */
  public static WorkerClient of(Miniflare miniflare, String workerName) {
    Objects.requireNonNull(miniflare, "miniflare");
    return new WorkerClient(() -> miniflare, Objects.requireNonNull(workerName, "workerName"));
  }

  /**
   * A client that asks {@code instance} for the current instance on every request, so that it
   * follows restarts ({@link MiniflareRestarter}); {@code workerName} {@code null} for the entry
   * worker through routing.
   *
   * @param instance supplies the current instance
   * @param workerName the worker, or {@code null} for the entry worker
   * @return the client
   */
  public static WorkerClient following(Supplier<Miniflare> instance, String workerName) {
    return new WorkerClient(instance, workerName);
  }

  /**
   * The worker's name, or {@code null} for the entry worker's client.
   *
   * @return the name, or {@code null}
   */
  public String workerName() {
    return workerName;
  }

  /**
   * Sends a {@code GET} to a path or absolute URL.
   *
   * @param pathOrUrl a path such as {@code "/users"} (sent to {@value #DEFAULT_ORIGIN}) or an
   *     absolute URL
   * @return the response
   */
  public WorkerResponse fetch(String pathOrUrl) {
    return get(pathOrUrl).send();
  }

  /**
   * Sends a request built elsewhere.
   *
   * @param request the request; its URL must be absolute
   * @return the response
   */
  public WorkerResponse send(FetchRequest request) {
    request = withLength(request);
    Miniflare current = miniflare.get();
    return new WorkerResponse(
        workerName == null
            ? current.dispatchFetch(request)
            : current.dispatchFetch(workerName, request), current);
  }

  /**
   * Sends a request built elsewhere and returns at the response's head, its body read as the
   * worker writes it (server-sent events, bodies that do not end).
   *
   * @param request the request; its URL must be absolute
   * @return the response; close it when done
   */
  public StreamedFetchResponse sendStreaming(FetchRequest request) {
    request = withLength(request);
    Miniflare current = miniflare.get();
    return workerName == null
        ? current.dispatchFetchStreaming(request)
        : current.dispatchFetchStreaming(workerName, request);
  }

  /**
   * Runs the worker's {@code scheduled()} handler as a cron trigger firing now (on the instance
   * clock) would, and waits for it and its {@code ctx.waitUntil} work. The entry worker's
   * client runs the entry worker's handler.
   *
   * @param cron what the handler sees as {@code controller.cron}
   * @return the outcome; assert on it with {@code MiniflareAssertions.assertThat}
   */
  public ScheduledResult scheduled(String cron) {
    return scheduled(cron, miniflare.get().clock().instant());
  }

  /**
   * Runs the worker's {@code scheduled()} handler with a given scheduled time.
   *
   * @param cron what the handler sees as {@code controller.cron}
   * @param scheduledTime what it sees as {@code controller.scheduledTime}
   * @return the outcome
   */
  public ScheduledResult scheduled(String cron, java.time.Instant scheduledTime) {
    Miniflare current = miniflare.get();
    return workerName == null
        ? current.dispatchScheduled(cron, scheduledTime)
        : current.dispatchScheduled(workerName, cron, scheduledTime);
  }

  /**
   * Hands messages straight to the worker's {@code queue()} handler, as a delivery of {@code
   * queueName} would, and waits for it and its {@code ctx.waitUntil} work: the equivalent of
   * Vitest's {@code exports.default.queue(queueName, messages)} or {@code createMessageBatch()}
   * with {@code getQueueResult()}. No queue is involved; nothing is retried.
   *
   * @param queueName what the handler sees as {@code batch.queue}
   * @param messages the batch, in order ({@code QueueMessage.of(body)} makes one)
   * @return what the handler acknowledged and retried, and its outcome
   */
  public io.github.miniflare4j.queues.QueueDispatchResult queue(String queueName,
      io.github.miniflare4j.queues.QueueMessage... messages) {
    Miniflare current = miniflare.get();
    String target = workerName != null ? workerName : current.workerNames().get(0);
    return current.dispatchQueue(target, queueName, java.util.List.of(messages));
  }

  /**
   * Opens a WebSocket to the worker: sends a {@code GET} with {@code Upgrade: websocket} and
   * returns the socket of the worker's 101 response, to send to and await messages from
   * ({@link WebSocketConnection#nextMessage(java.time.Duration)}).
   *
   * @param pathOrUrl a path (sent to {@value #DEFAULT_ORIGIN}) or an absolute URL
   * @return the connection
   * @throws AssertionError when the worker answered without a WebSocket (its status and body are
   *     in the message)
   */
  public WebSocketConnection connectWebSocket(String pathOrUrl) {
    FetchResponse response = get(pathOrUrl).header("upgrade", "websocket").send().response();
    if (response.webSocket() == null) {
      throw new AssertionError("expected a WebSocket (a 101 response with webSocket) from " + pathOrUrl
          + ", but the worker answered " + response.status() + ": " + response.text());
    }
    return response.webSocket();
  }

  /**
   * Starts a request with any method.
   *
   * @param method the method, such as {@code "PATCH"}
   * @param pathOrUrl a path (sent to {@value #DEFAULT_ORIGIN}) or an absolute URL
   * @return a request to complete and {@link Request#send() send}
   */
  public Request request(String method, String pathOrUrl) {
    return new Request(method, pathOrUrl);
  }

  /**
   * Starts a {@code GET}.
   *
   * @param pathOrUrl a path (sent to {@value #DEFAULT_ORIGIN}) or an absolute URL
   * @return a request to complete and {@link Request#send() send}
   */
  public Request get(String pathOrUrl) {
    return request("GET", pathOrUrl);
  }

  /**
   * Starts a {@code POST}.
   *
   * @param pathOrUrl a path (sent to {@value #DEFAULT_ORIGIN}) or an absolute URL
   * @return a request to complete and {@link Request#send() send}
   */
  public Request post(String pathOrUrl) {
    return request("POST", pathOrUrl);
  }

  /**
   * Starts a {@code PUT}.
   *
   * @param pathOrUrl a path (sent to {@value #DEFAULT_ORIGIN}) or an absolute URL
   * @return a request to complete and {@link Request#send() send}
   */
  public Request put(String pathOrUrl) {
    return request("PUT", pathOrUrl);
  }

  /**
   * Starts a {@code DELETE}.
   *
   * @param pathOrUrl a path (sent to {@value #DEFAULT_ORIGIN}) or an absolute URL
   * @return a request to complete and {@link Request#send() send}
   */
  public Request delete(String pathOrUrl) {
    return request("DELETE", pathOrUrl);
  }

  @Override
  public String toString() {
    return "WorkerClient[" + (workerName == null ? "entry worker" : '"' + workerName + '"') + "]";
  }

  /**
   * The request with a {@code Content-Length} for its body, unless it has no body, a method that
   * sends none ({@code GET}, {@code HEAD}), or framing of its own.
   */
  static FetchRequest withLength(FetchRequest request) {
    if (!request.hasBody() || request.header("content-length") != null || request.header("transfer-encoding") != null
        || request.method().equalsIgnoreCase("GET") || request.method().equalsIgnoreCase("HEAD")) {
      return request;
    }
    return request.toBuilder().header("content-length", Integer.toString(request.body().length)).build();
  }

  static String absolute(String pathOrUrl) {
    if (pathOrUrl.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      return pathOrUrl;
    }
    return DEFAULT_ORIGIN + (pathOrUrl.startsWith("/") ? "" : "/") + pathOrUrl;
  }

  /** A request being built; {@link #send()} dispatches it. */
  public final class Request {
    private final FetchRequest.Builder builder;

    private Request(String method, String pathOrUrl) {
      this.builder = FetchRequest.builder(absolute(pathOrUrl)).method(method);
    }

    /**
     * Appends a header.
     *
     * @param name the header name; not {@code null}
     * @param value the value; not {@code null}
     * @return this request
     */
    public Request header(String name, String value) {
      builder.header(name, value);
      return this;
    }

    /**
     * Sets a UTF-8 text body ({@code text/plain;charset=UTF-8} unless a type is set).
     *
     * @param text the text, or {@code null} for no body
     * @return this request
     */
    public Request body(String text) {
      builder.body(text);
      return this;
    }

    /**
     * Sets a binary body.
     *
     * @param bytes the bytes, copied, or {@code null} for no body
     * @return this request
     */
    public Request body(byte[] bytes) {
      builder.body(bytes);
      return this;
    }

    /**
     * Sets a JSON body written by Jackson, with {@code content-type: application/json}.
     *
     * @param value any value Jackson can serialise
     * @return this request
     * @throws IllegalArgumentException when Jackson cannot serialise {@code value}
     */
    public Request json(Object value) {
      try {
        builder.header("content-type", "application/json");
        builder.body(JSON.writeValueAsBytes(value));
        return this;
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Request body cannot be written as JSON: " + e.getOriginalMessage(), e);
      }
    }

    /**
     * Sends the request and waits for the response.
     *
     * @return the response; an uncaught worker error comes back as status 500
     * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} when no response came
     *     within the dispatch timeout
     */
    public WorkerResponse send() {
      return WorkerClient.this.send(builder.build());
    }

    /**
     * Sends the request and returns at the response's head, with a body read as the worker
     * writes it: for server-sent events and other bodies that do not end, where {@link #send()}
     * waits for the whole body.
     *
     * @return the response; close it when done (an unfinished body is cancelled)
     */
    public StreamedFetchResponse sendStreaming() {
      return WorkerClient.this.sendStreaming(builder.build());
    }
  }
}
