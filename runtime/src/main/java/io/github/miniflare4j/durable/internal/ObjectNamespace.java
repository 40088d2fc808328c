package io.github.miniflare4j.durable.internal;

import io.github.miniflare4j.durable.DurableObjectIds;
import io.github.miniflare4j.engine.JsRequestData;
import io.github.miniflare4j.engine.WorkerDirectory;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.storage.NamespaceFiles;
import io.github.miniflare4j.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The objects of one Durable Object class: its ids, the storage of each object, and the way to
 * deliver events to the objects in the isolate of the worker that defines the class.
 */
public final class ObjectNamespace {

  private static final String SUFFIX = ".sqlite";

  private final String owner;
  private final String className;
  private final DurableObjectIds ids;
  private final Path directory;
  private final WorkerDirectory workers;
  private final AlarmScheduler alarms;
  private final Map<String, ObjectStorage> storages = new ConcurrentHashMap<>();
  private volatile boolean sqlite;

  ObjectNamespace(String owner, String className, Path persistRoot, WorkerDirectory workers, AlarmScheduler alarms) {
    this.owner = owner;
    this.className = className;
    this.ids = new DurableObjectIds(uniqueKey());
    this.directory = persistRoot == null ? null : NamespaceFiles.directory(persistRoot, uniqueKey());
    this.workers = workers;
    this.alarms = alarms;
  }

  /**
   * Miniflare's unique key of the namespace: {@code <worker>-<class>}.
   *
   * @return {@code <worker>-<class>}
   */
  public String uniqueKey() {
    return owner + "-" + className;
  }

  /**
   * The worker that defines the class.
   *
   * @return the worker name
   */
  public String owner() {
    return owner;
  }

  /**
   * The class name.
   *
   * @return the class name
   */
  public String className() {
    return className;
  }

  /**
   * The id derivation of this namespace.
   *
   * @return the ids of this namespace
   */
  public DurableObjectIds ids() {
    return ids;
  }

  void enableSql() {
    sqlite = true;
  }

  /**
   * Whether the class is SQLite-backed.
   *
   * @return {@code true} when {@code ctx.storage.sql} works
   */
  public boolean sqlite() {
    return sqlite;
  }

  /**
   * The storage of one object, opened (or created) on first use.
   *
   * @param id the object's hex id
   * @return the storage, the same one on every call with this id
   */
  public ObjectStorage storage(String id) {
    return storages.computeIfAbsent(id, key -> ObjectStorage.open(
        directory == null ? null : NamespaceFiles.file(directory, key, SUFFIX), sqlite, time -> alarms.update(this, key, time)));
  }

  /**
   * The ids of the objects that have storage: touched in this instance or persisted before.
   *
   * @return a new sorted set of hex ids
   */
  public TreeSet<String> knownIds() {
    TreeSet<String> known = new TreeSet<>(storages.keySet());
    if (directory != null && Files.isDirectory(directory)) {
      try (Stream<Path> files = Files.list(directory)) {
        files.map(f -> f.getFileName().toString())
            .filter(f -> f.matches("[0-9a-f]{64}\\.sqlite"))
            .forEach(f -> known.add(f.substring(0, 64)));
      } catch (IOException e) {
        throw new StorageException("Cannot list " + directory + ": " + e.getMessage(), e);
      }
    }
    return known;
  }

  /** The storages opened so far, by id. */
  Map<String, ObjectStorage> openStorages() {
    return storages;
  }

  /**
   * Closes and forgets the storage of every object not in {@code kept}, deleting its file when
   * the namespace persists: after a restore, the objects created since the snapshot no longer
   * exist ({@link #knownIds()} leaves them out), as Vitest's isolated storage drops them. The
   * owners must have forgotten their live instances first.
   *
   * @param kept the ids of the objects the snapshot holds
   */
  void forgetAllBut(java.util.Set<String> kept) {
    storages.keySet().removeIf(id -> {
      if (kept.contains(id)) {
        return false;
      }
      storages.get(id).close();
      if (directory != null) {
        Path file = NamespaceFiles.file(directory, id, SUFFIX);
        for (String extra : new String[] {"", "-wal", "-shm", "-journal"}) {
          try {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + extra));
          } catch (IOException e) {
            throw new StorageException("Cannot delete " + file + extra + ": " + e.getMessage(), e);
          }
        }
      }
      return true;
    });
  }

  /** Opens every persisted object, so that alarms set by an earlier instance fire again. */
  void loadPersisted() {
    if (directory != null) {
      knownIds().forEach(id -> {
        ObjectStorage storage = storage(id);
        double alarm = storage.getAlarm();
        if (alarm >= 0) {
          alarms.update(this, id, (long) alarm);
        }
      });
    }
  }

  /**
   * Sends a request to an object's {@code fetch}; failures carry the object's error.
   *
   * @param id the object's hex id
   * @param name the name the id came from, or {@code null}
   * @param request the request
   * @return a future of the response
   */
  public CompletableFuture<FetchResponse> fetch(String id, String name, FetchRequest request) {
    return workers.worker(owner).invokeFetch("durableFetch", new ObjectEvents.Fetch(className, id, name, new JsRequestData(request)));
  }

  /**
   * {@link #fetch} for a worker's {@code stub.fetch()}: the response body streams to the calling
   * worker as the object produces it, and an error its stream fails with reaches the caller's
   * read of the body.
   *
   * @param id the object's hex id
   * @param name the name the id came from, or {@code null}
   * @param request the request's method, URL and headers (and its body when {@code body} is null)
   * @param body the request body as the calling worker still sends it, or {@code null}
   * @param capture a streaming capture for the calling worker ({@link
   *     io.github.miniflare4j.engine.BodyErrorCapture#streaming})
   * @return a future of the response data, settled with the head of a streamed body
   */
  public CompletableFuture<io.github.miniflare4j.engine.JsResponseData> fetchForWorker(
      String id, String name, FetchRequest request, io.github.miniflare4j.engine.StreamedRequestBody body,
      io.github.miniflare4j.engine.BodyErrorCapture capture) {
    io.github.miniflare4j.engine.WorkerIsolate target = workers.worker(owner);
    return target.invokeFetchData("durableFetchStreaming", capture,
        new ObjectEvents.Fetch(className, id, name, JsRequestData.streamed(request, body, target)));
  }

  /**
   * Calls an RPC method with clone-text arguments; completes with the clone text of the result.
   *
   * @param id the object's hex id
   * @param name the name the id came from, or {@code null}
   * @param method the method name
   * @param argsText the arguments as clone text
   * @return a future of the result's clone text ({@code null} for undefined)
   */
  public CompletableFuture<String> call(String id, String name, String method, String argsText) {
    return workers.worker(owner).invoke("durableCall", new ObjectEvents.Call(className, id, name, method, argsText));
  }

  /**
   * Runs a test's JavaScript function inside an object, with its instance and state.
   *
   * @param id the object's hex id
   * @param name the name it was derived from, or {@code null}
   * @param functionSource {@code (instance, state, ...args) => ...}
   * @param argsText the further arguments as structured-clone text
   * @return the result as structured-clone text
   */
  public CompletableFuture<String> run(String id, String name, String functionSource, String argsText) {
    return workers.worker(owner).invokeWithFunction("durableRun", functionSource,
        new ObjectEvents.Call(className, id, name, null, argsText));
  }

  /** Runs an object's {@code alarm()} handler. */
  CompletableFuture<String> alarm(String id, int retryCount, long scheduledTime) {
    return workers.worker(owner).invoke("durableAlarm", new ObjectEvents.Alarm(className, id, retryCount, scheduledTime));
  }

  /** Makes the owner forget its live instances of this class (after storage was replaced). */
  CompletableFuture<String> evict() {
    return workers.worker(owner).invoke("durableEvict", className, null, false);
  }

  /**
   * Makes the owner forget every live instance of this class; hibernated WebSockets stay open
   * and each object's next event constructs it again.
   *
   * @return completes when the instances are forgotten
   */
  public CompletableFuture<String> evictAll() {
    return evictAll(false);
  }

  /**
   * Makes the owner forget every live instance of this class.
   *
   * @param closeWebSockets disconnect their hibernated WebSockets (a 1006 close) instead of
   *     keeping them open
   * @return completes when the instances are forgotten
   */
  public CompletableFuture<String> evictAll(boolean closeWebSockets) {
    return workers.worker(owner).invoke("durableEvict", className, null, closeWebSockets);
  }

  /**
   * Makes the owner forget the live instance of one object; its hibernated WebSockets stay open
   * and its next event constructs it again.
   *
   * @param id the object's hex id
   * @return completes when the instance is forgotten
   */
  public CompletableFuture<String> evict(String id) {
    return evict(id, false);
  }

  /**
   * Makes the owner forget the live instance of one object.
   *
   * @param id the object's hex id
   * @param closeWebSockets disconnect its hibernated WebSockets (a 1006 close) instead of keeping
   *     them open
   * @return completes when the instance is forgotten
   */
  public CompletableFuture<String> evict(String id, boolean closeWebSockets) {
    return workers.worker(owner).invoke("durableEvict", className, id, closeWebSockets);
  }

  void close() {
    storages.values().forEach(ObjectStorage::close);
    storages.clear();
  }
}
