package io.github.miniflare4j.durable;

import io.github.miniflare4j.rpc.CloneCodec;
import io.github.miniflare4j.durable.internal.ObjectNamespace;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Java's stub for one Durable Object: {@code fetch} delivers a request to the object's {@code
 * fetch()} as {@code stub.fetch()} does in a worker (an uncaught error comes back as
 * Miniflare's 500 response, like {@code dispatchFetch}); {@code call} invokes an RPC method.
 */
public final class DurableObjectStub {

  private final ObjectNamespace namespace;
  private final DurableObjectId id;
  private final Duration timeout;
  private final Function<CompletableFuture<FetchResponse>, FetchResponse> await;

  DurableObjectStub(ObjectNamespace namespace, DurableObjectId id, Duration timeout,
      Function<CompletableFuture<FetchResponse>, FetchResponse> await) {
    this.namespace = namespace;
    this.id = id;
    this.timeout = timeout;
    this.await = await;
  }

  /**
   * The object's id.
   *
   * @return the id
   */
  public DurableObjectId id() {
    return id;
  }

  /**
   * Sends a {@code GET}.
   *
   * @param url an absolute URL
   * @return the response, as {@link #fetch(FetchRequest)}
   */
  public FetchResponse fetch(String url) {
    return fetch(FetchRequest.get(url));
  }

  /**
   * Sends a request and waits for the response.
   *
   * @param request the request
   * @return the response; an uncaught error of the object is rendered as status 500 with the error
   *     as text, as {@code dispatchFetch} does
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} when no response came
   *     within the dispatch timeout
   */
  public FetchResponse fetch(FetchRequest request) {
    return await.apply(fetchAsync(request));
  }

  /**
   * Sends a request without waiting; the future fails with the object's error if it throws.
   *
   * @param request the request
   * @return a future of the response
   */
  public CompletableFuture<FetchResponse> fetchAsync(FetchRequest request) {
    return namespace.fetch(id.hex(), id.name(), request);
  }

  /**
   * Calls an RPC method of the object with arguments converted as {@link CloneCodec} describes,
   * and returns its decoded result.
   *
   * @throws io.github.miniflare4j.WorkerException when the method throws (or does not exist)
   * @param method the method name
   * @param args arguments {@link CloneCodec#encode} accepts
   * @return the decoded result, or {@code null} for undefined
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} when no answer came within
   *     the dispatch timeout
   */
  public Object call(String method, Object... args) {
    return await(callAsync(method, args), method + "()");
  }

  private Object await(CompletableFuture<Object> result, String what) {
    try {
      return result.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new io.github.miniflare4j.MiniflareException(io.github.miniflare4j.ErrorCode.ERR_TIMEOUT,
          "RPC " + what + " on Durable Object " + id + " got no answer within " + timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new io.github.miniflare4j.MiniflareException(io.github.miniflare4j.ErrorCode.ERR_TIMEOUT, "Interrupted", e);
    }
  }

  /**
   * Calls an RPC method without waiting; the future completes with the decoded result, or with
   * the {@link io.github.miniflare4j.WorkerException} the method threw.
   *
   * @param method the RPC method's name
   * @param args the arguments, converted as {@link CloneCodec} describes
   * @return the future result, decoded as {@link CloneCodec} describes
   */
  public CompletableFuture<Object> callAsync(String method, Object... args) {
    return namespace.call(id.hex(), id.name(), method, CloneCodec.encode(Arrays.asList(args)))
        .thenApply(text -> text == null ? null : CloneCodec.decode(text, timeout));
  }

  /**
   * Reads a property of the object ({@code await stub.name} in a worker): a getter of its class,
   * and waits for the value.
   *
   * @param property the property name
   * @return the decoded value, or {@code null} for undefined
   * @throws io.github.miniflare4j.WorkerException ({@code TypeError: The RPC receiver does not
   *     implement the method "name".}) when the class has no such getter or method
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} when no answer came within
   *     the dispatch timeout
   */
  public Object get(String property) {
    return await(getAsync(property), property);
  }

  /**
   * Reads a property of the object without waiting.
   *
   * @param property the property name
   * @return the future decoded value
   */
  public CompletableFuture<Object> getAsync(String property) {
    return namespace.call(id.hex(), id.name(), property, null)
        .thenApply(text -> text == null ? null : CloneCodec.decode(text, timeout));
  }

  /**
   * Runs a JavaScript function inside the object, as the Vitest integration's {@code
   * runInDurableObject(stub, fn)} does: the function is called with the object's instance, its
   * {@code DurableObjectState} and {@code args}, once no {@code blockConcurrencyWhile()} holds
   * the object (constructing it first if it is not running), and waits for its result. Use it to
   * read or change what RPC does not reach, such as fields: {@code stub.runInDurableObject(
   * "(instance, state) => instance.count")}. A literal {@code import("...")} in the function names
   * a module of the project as a Vitest test file's imports do (a path from the project root, or
   * a package the project resolves): the instance the worker loaded.
   *
   * @param function a JavaScript function expression, {@code (instance, state, ...args) => ...}
   * @param args further arguments, converted as {@link CloneCodec} describes
   * @return the function's (awaited) result, decoded as {@link CloneCodec} describes, or {@code
   *     null} for undefined
   * @throws io.github.miniflare4j.WorkerException when the function throws or does not compile
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} when no answer came within
   *     the dispatch timeout
   */
  public Object runInDurableObject(String function, Object... args) {
    return await(runInDurableObjectAsync(function, args), "runInDurableObject()");
  }

  /**
   * Runs a JavaScript function inside the object without waiting (see {@link
   * #runInDurableObject}).
   *
   * @param function a JavaScript function expression, {@code (instance, state, ...args) => ...}
   * @param args further arguments, converted as {@link CloneCodec} describes
   * @return the future decoded result
   */
  public CompletableFuture<Object> runInDurableObjectAsync(String function, Object... args) {
    java.util.Objects.requireNonNull(function, "function");
    return namespace.run(id.hex(), id.name(), function, CloneCodec.encode(Arrays.asList(args)))
        .thenApply(text -> text == null ? null : CloneCodec.decode(text, timeout));
  }

  @Override
  public String toString() {
    return "DurableObjectStub[" + namespace.uniqueKey() + " " + id + "]";
  }
}
