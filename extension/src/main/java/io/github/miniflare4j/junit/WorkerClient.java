package io.github.miniflare4j.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.http.FetchRequest;
import java.util.Objects;

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
 */
public final class WorkerClient {

  /** The origin that relative paths are resolved against. */
  public static final String DEFAULT_ORIGIN = "http://localhost";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Miniflare miniflare;
  private final String workerName;

  private WorkerClient(Miniflare miniflare, String workerName) {
    this.miniflare = Objects.requireNonNull(miniflare, "miniflare");
    this.workerName = workerName;
  }

  /** A client of the entry worker, whose requests go through the instance's routing. */
  public static WorkerClient entry(Miniflare miniflare) {
    return new WorkerClient(miniflare, null);
  }

  /** A client of the named worker, bypassing routes. */
  public static WorkerClient of(Miniflare miniflare, String workerName) {
    return new WorkerClient(miniflare, Objects.requireNonNull(workerName, "workerName"));
  }

  /** The worker's name, or {@code null} for the entry worker's client. */
  public String workerName() {
    return workerName;
  }

  /** Sends a {@code GET} to a path or absolute URL. */
  public WorkerResponse fetch(String pathOrUrl) {
    return get(pathOrUrl).send();
  }

  /** Sends a request built elsewhere. */
  public WorkerResponse send(FetchRequest request) {
    return new WorkerResponse(
        workerName == null
            ? miniflare.dispatchFetch(request)
            : miniflare.dispatchFetch(workerName, request));
  }

  /** Starts a request with any method. */
  public Request request(String method, String pathOrUrl) {
    return new Request(method, pathOrUrl);
  }

  /** Starts a {@code GET}. */
  public Request get(String pathOrUrl) {
    return request("GET", pathOrUrl);
  }

  /** Starts a {@code POST}. */
  public Request post(String pathOrUrl) {
    return request("POST", pathOrUrl);
  }

  /** Starts a {@code PUT}. */
  public Request put(String pathOrUrl) {
    return request("PUT", pathOrUrl);
  }

  /** Starts a {@code DELETE}. */
  public Request delete(String pathOrUrl) {
    return request("DELETE", pathOrUrl);
  }

  @Override
  public String toString() {
    return "WorkerClient[" + (workerName == null ? "entry worker" : '"' + workerName + '"') + "]";
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

    /** Appends a header. */
    public Request header(String name, String value) {
      builder.header(name, value);
      return this;
    }

    /** Sets a UTF-8 text body ({@code text/plain;charset=UTF-8} unless a type is set). */
    public Request body(String text) {
      builder.body(text);
      return this;
    }

    /** Sets a binary body. */
    public Request body(byte[] bytes) {
      builder.body(bytes);
      return this;
    }

    /** Sets a JSON body written by Jackson, with {@code content-type: application/json}. */
    public Request json(Object value) {
      try {
        builder.header("content-type", "application/json");
        builder.body(JSON.writeValueAsBytes(value));
        return this;
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Request body cannot be written as JSON: " + e.getOriginalMessage(), e);
      }
    }

    /** Sends the request and waits for the response. */
    public WorkerResponse send() {
      return WorkerClient.this.send(builder.build());
    }
  }
}
