package io.github.miniflare4j.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.rpc.CloneCodec;
import io.github.miniflare4j.engine.CallResults;
import io.github.miniflare4j.engine.WorkerDirectory;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Java's stub for one entrypoint of a worker: its default export, or a named export extending
 * {@code WorkerEntrypoint} from {@code cloudflare:workers}. {@link #call} invokes an RPC method
 * as {@code env.SERVICE.method(...)} does in another worker: each call constructs the entrypoint
 * anew with a fresh {@code ctx} and the worker's {@code env}. Arguments and results convert as
 * {@link CloneCodec} describes. The stub finds the worker by name on each call, so it keeps
 * working after {@code Miniflare.restartWorkers()}. Thread-safe.
 */
public final class WorkerEntrypointStub {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String workerName;
  private final String entrypoint;
  private final WorkerDirectory workers;
  private final Duration timeout;

  private WorkerEntrypointStub(String workerName, String entrypoint, WorkerDirectory workers, Duration timeout) {
    this.workerName = workerName;
    this.entrypoint = entrypoint;
    this.workers = workers;
    this.timeout = timeout;
  }

  /**
   * The worker's name.
   *
   * @return the name
   */
  public String workerName() {
    return workerName;
  }

  /**
   * The entrypoint.
   *
   * @return the named export, or {@code null} for the default export
   */
  public String entrypoint() {
    return entrypoint;
  }

  /**
   * Calls an RPC method and waits for its result, at most the instance's dispatch timeout.
   *
   * @param method the RPC method's name
   * @param args the arguments, converted as {@link CloneCodec} describes
   * @return the result, decoded as {@link CloneCodec} describes
   * @throws io.github.miniflare4j.WorkerException with the JavaScript error's name and message
   *     when the method throws or rejects, or does not exist ({@code TypeError: The RPC receiver
   *     does not implement the method "name".})
   * @throws MiniflareException {@code ERR_TIMEOUT} when no result came in time
   */
  public Object call(String method, Object... args) {
    return await(callAsync(method, args), method + "()");
  }

  /**
   * Reads a property of the entrypoint ({@code await env.SERVICE.name} in a worker): a getter of
   * its class (or, for a plain handler object, a property of it), and waits for the value.
   *
   * @param property the property name
   * @return the decoded value, or {@code null} for undefined
   * @throws io.github.miniflare4j.WorkerException ({@code TypeError: The RPC receiver does not
   *     implement the method "name".}) when there is no such property
   * @throws MiniflareException {@code ERR_TIMEOUT} when no answer came in time
   */
  public Object get(String property) {
    return await(getAsync(property), property);
  }

  /**
   * Reads a property without waiting.
   *
   * @param property the property name
   * @return the future decoded value
   */
  public CompletableFuture<Object> getAsync(String property) {
    return send(property, null);
  }

  /**
   * Sends a {@code GET} to the entrypoint's {@code fetch()} handler.
   *
   * @param url an absolute URL
   * @return the response, as {@link #fetch(FetchRequest)}
   */
  public FetchResponse fetch(String url) {
    return fetch(FetchRequest.get(url));
  }

  /**
   * Sends a request to the entrypoint's {@code fetch()} handler, as {@code env.SERVICE.fetch(request)}
   * does in another worker whose service binding names this entrypoint, and waits for the response,
   * at most the instance's dispatch timeout.
   *
   * @param request the request
   * @return the response
   * @throws io.github.miniflare4j.WorkerException when the handler throws or rejects, or the
   *     entrypoint has no {@code fetch()}
   * @throws MiniflareException {@code ERR_TIMEOUT} when no response came in time
   */
  public FetchResponse fetch(FetchRequest request) {
    return await(fetchAsync(request), "fetch()");
  }

  /**
   * Sends a request to the entrypoint's {@code fetch()} handler without waiting.
   *
   * @param request the request
   * @return the future response, failed with the {@link io.github.miniflare4j.WorkerException} the
   *     handler threw
   */
  public CompletableFuture<FetchResponse> fetchAsync(FetchRequest request) {
    try {
      return workers.worker(workerName).fetchEntrypoint(request, entrypoint, null);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private <T> T await(CompletableFuture<T> result, String what) {
    return CallResults.await(result, timeout, "RPC " + what + " on " + this);
  }

  /**
   * Calls an RPC method without waiting; the future completes with the decoded result, or with
   * the {@link io.github.miniflare4j.WorkerException} the method threw.
   *
   * @param method the RPC method's name
   * @param args the arguments, converted as {@link CloneCodec} describes
   * @return the future result
   */
  public CompletableFuture<Object> callAsync(String method, Object... args) {
    try {
      return send(method, CloneCodec.encode(Arrays.asList(args)));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private CompletableFuture<Object> send(String member, String argsText) {
    try {
      return workers.worker(workerName)
          .invokeRequest("entrypointCall", entrypoint, member, argsText, null)
          .thenApply(text -> text == null ? null : CloneCodec.decode(text, timeout));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * The names of the entrypoint's RPC methods (methods and getters of its class chain below
   * {@code WorkerEntrypoint}, or the functions of a plain handler object), without the
   * handlers RPC may not call ({@code fetch}, {@code scheduled}, ...), sorted.
   *
   * @return the method names
   */
  public List<String> methodNames() {
    return strings(info(workerName, entrypoint, workers, timeout).get("methods"));
  }

  /**
   * A stub of a worker's entrypoint; {@code Miniflare.getWorkerEntrypoint} calls this.
   *
   * @param workerName the worker's name
   * @param entrypoint the named export, or {@code null} for the default export
   * @param workers finds the worker on each call
   * @param timeout how long {@link #call} waits
   * @return the stub
   * @throws MiniflareException {@code ERR_VALIDATION} naming the worker's entrypoints when it has
   *     no such entrypoint
   */
  public static WorkerEntrypointStub open(String workerName, String entrypoint, WorkerDirectory workers, Duration timeout) {
    check(workerName, entrypoint, workers, timeout);
    return new WorkerEntrypointStub(workerName, entrypoint, workers, timeout);
  }

  private static void check(String workerName, String entrypoint, WorkerDirectory workers, Duration timeout) {
    JsonNode info = info(workerName, entrypoint, workers, timeout);
    String kind = info.get("kind").asText();
    if ("none".equals(kind) || "unusable".equals(kind)) {
      String what = entrypoint == null
          ? "has no default export that can take RPC calls (a class extending WorkerEntrypoint, or an object)"
          : "exports no class \"" + entrypoint + "\" extending WorkerEntrypoint";
      throw new MiniflareException(ErrorCode.ERR_VALIDATION,
          "Worker \"" + workerName + "\" " + what + "; its entrypoints are " + strings(info.get("entrypoints")));
    }
  }

  static JsonNode info(String workerName, String entrypoint, WorkerDirectory workers, Duration timeout) {
    try {
      String text = workers.worker(workerName).invoke("entrypointInfo", entrypoint).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return JSON.readTree(text);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
    } catch (TimeoutException | IOException e) {
      throw new MiniflareException(ErrorCode.ERR_RUNTIME_FAILURE, "Could not read the entrypoints of worker \"" + workerName + "\"", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MiniflareException(ErrorCode.ERR_TIMEOUT, "Interrupted", e);
    }
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Override
  public String toString() {
    return "WorkerEntrypointStub[worker \"" + workerName + "\" " + (entrypoint == null ? "default export" : "entrypoint \"" + entrypoint + "\"") + "]";
  }
}
