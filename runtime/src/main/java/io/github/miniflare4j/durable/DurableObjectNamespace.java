package io.github.miniflare4j.durable;

import io.github.miniflare4j.durable.internal.DurableObjectRegistry;
import io.github.miniflare4j.durable.internal.ObjectNamespace;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Java's handle on a Durable Object namespace, from {@code Miniflare.getDurableObjectNamespace}:
 * ids as the worker computes them, stubs to send requests and RPC calls, the ids that have
 * storage, one object's storage, and its alarm on demand. Thread-safe.
 */
public final class DurableObjectNamespace {

  private final DurableObjectRegistry registry;
  private final ObjectNamespace namespace;
  private final Duration timeout;
  private final Function<CompletableFuture<FetchResponse>, FetchResponse> await;

  /**
   * Creates the handle; {@code Miniflare} does this.
   *
   * @param await waits for a response as {@code dispatchFetch} does (timeout, error rendering)
   * @param registry the instance's Durable Objects, for storage and alarms
   * @param namespace the class whose objects this handle reaches
   * @param timeout how long {@link DurableObjectStub#call} and {@link #runAlarm} wait
   */
  DurableObjectNamespace(DurableObjectRegistry registry, ObjectNamespace namespace, Duration timeout,
      Function<CompletableFuture<FetchResponse>, FetchResponse> await) {
    this.registry = registry;
    this.namespace = namespace;
    this.timeout = timeout;
    this.await = await;
  }

  /**
   * The exported class whose objects these are.
   *
   * @return the class name
   */
  public String className() {
    return namespace.className();
  }

  /**
   * The worker that defines the class.
   *
   * @return the worker name
   */
  public String scriptName() {
    return namespace.owner();
  }

  /**
   * The id of a name, the same as {@code env.NS.idFromName(name)}.
   *
   * @param name any string
   * @return the id, carrying {@code name}
   */
  public DurableObjectId idFromName(String name) {
    return new DurableObjectId(namespace.ids().idFromName(name), name);
  }

  /**
   * A fresh unique id.
   *
   * @return a random id of this namespace
   */
  public DurableObjectId newUniqueId() {
    return new DurableObjectId(namespace.ids().newUniqueId(), null);
  }

  /**
   * Parses an id, as {@code idFromString} does.
   *
   * @throws IllegalArgumentException with workerd's message when it is not an id of this namespace
   * @param hex 64 hex digits, in any case
   * @return the id, its hex in lowercase and without a name
   */
  public DurableObjectId idFromString(String hex) {
    String problem = namespace.ids().check(hex);
    if (problem != null) {
      throw new IllegalArgumentException(problem + " (got \"" + hex + "\" for " + namespace.uniqueKey() + ")");
    }
    return new DurableObjectId(hex.toLowerCase(java.util.Locale.ROOT), null);
  }

  /**
   * A stub for an object.
   *
   * @param id an id of this namespace
   * @return a stub; the object is constructed on its first event
   */
  public DurableObjectStub get(DurableObjectId id) {
    return new DurableObjectStub(namespace, id, timeout, await);
  }

  /**
   * A stub for the object of a name.
   *
   * @param name any string
   * @return a stub for {@code idFromName(name)}
   */
  public DurableObjectStub getByName(String name) {
    return get(idFromName(name));
  }

  /**
   * The ids of the objects that have storage (used in this instance, or persisted), sorted.
   *
   * @return an immutable list of ids without names
   */
  public List<DurableObjectId> ids() {
    return namespace.knownIds().stream().map(hex -> new DurableObjectId(hex, null)).toList();
  }

  /**
   * Read and write access to one object's storage.
   *
   * @param id an id of this namespace
   * @return a view that reads and writes the storage the object sees
   */
  public DurableObjectStorageView storage(DurableObjectId id) {
    return new DurableObjectStorageView(registry, namespace, id.hex());
  }

  /**
   * Runs the object's pending alarm (or scheduled retry) now, whatever the clock says, and waits
   * for its handler to finish.
   *
   * @return whether an alarm was pending
   * @param id an id of this namespace
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} when the handler does not
   *     finish within the dispatch timeout, {@code ERR_RUNTIME_FAILURE} when it cannot run
   */
  public boolean runAlarm(DurableObjectId id) {
    return await(registry.runAlarm(namespace, id.hex()), "alarm() of Durable Object " + id,
        "alarm() of Durable Object " + id + " could not run");
  }


  /**
   * Evicts the object's live instance, as the runtime does with an idle object: its in-memory
   * state is lost, its storage stays, WebSockets it accepted with {@code ctx.acceptWebSocket}
   * stay connected (with their tags and attachments), and its next event (a request, an RPC
   * call, a message or close on one of those sockets) constructs it again. An object that is not
   * live is left as it is.
   *
   * @param id an id of this namespace
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} when the owner does not
   *     answer within the dispatch timeout
   */
  public void evict(DurableObjectId id) {
    evict(id, EvictedWebSockets.HIBERNATE);
  }

  /**
   * Evicts the object's live instance, as {@link #evict(DurableObjectId)} does, choosing what
   * happens to the WebSockets it accepted with {@code ctx.acceptWebSocket} (the Vitest
   * integration's {@code evictDurableObject(stub, { webSockets })}).
   *
   * @param id an id of this namespace
   * @param webSockets {@link EvictedWebSockets#HIBERNATE} keeps them connected, {@link
   *     EvictedWebSockets#CLOSE} disconnects them (the other end sees a 1006 close)
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} when the owner does not
   *     answer within the dispatch timeout
   */
  public void evict(DurableObjectId id, EvictedWebSockets webSockets) {
    java.util.Objects.requireNonNull(webSockets, "webSockets");
    await(namespace.evict(id.hex(), webSockets == EvictedWebSockets.CLOSE), "evicting Durable Object " + id,
        "Durable Object " + id + " could not be evicted");
  }

  /**
   * Evicts every live instance of this namespace's class at once, as {@link #evict} does for one
   * (the Vitest integration's {@code evictAllDurableObjects()}, for one namespace).
   *
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} when the owner does not
   *     answer within the dispatch timeout
   */
  public void evictAll() {
    evictAll(EvictedWebSockets.HIBERNATE);
  }

  /**
   * Evicts every live instance of this namespace's class, choosing what happens to their
   * hibernated WebSockets (see {@link #evict(DurableObjectId, EvictedWebSockets)}).
   *
   * @param webSockets keep them connected or disconnect them
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} when the owner does not
   *     answer within the dispatch timeout
   */
  public void evictAll(EvictedWebSockets webSockets) {
    java.util.Objects.requireNonNull(webSockets, "webSockets");
    await(namespace.evictAll(webSockets == EvictedWebSockets.CLOSE), "evicting the Durable Objects",
        "the Durable Objects could not be evicted");
  }

  /** What an eviction does with the WebSockets an object accepted for hibernation. */
  public enum EvictedWebSockets {
    /** They stay connected; a message or close on one constructs the object again. */
    HIBERNATE,
    /** They are disconnected: the other end sees an abnormal close (1006). */
    CLOSE
  }

  /**
   * Waits up to the dispatch timeout for work an owner worker does.
   *
   * @param work the work's result
   * @param what the work, as a timeout message starts ({@code "evicting Durable Object ..."})
   * @param failure what a failure message starts with
   */
  private <T> T await(CompletableFuture<T> work, String what, String failure) {
    try {
      return work.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new io.github.miniflare4j.MiniflareException(io.github.miniflare4j.ErrorCode.ERR_TIMEOUT,
          what + " (" + namespace.uniqueKey() + ") did not finish within " + timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new io.github.miniflare4j.MiniflareException(io.github.miniflare4j.ErrorCode.ERR_TIMEOUT, "Interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new io.github.miniflare4j.MiniflareException(io.github.miniflare4j.ErrorCode.ERR_RUNTIME_FAILURE,
          failure + ": " + e.getCause(), e.getCause());
    }
  }


  @Override
  public String toString() {
    return "DurableObjectNamespace[" + namespace.uniqueKey() + "]";
  }
}
