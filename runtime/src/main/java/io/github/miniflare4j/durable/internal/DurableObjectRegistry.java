package io.github.miniflare4j.durable.internal;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.engine.WorkerDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every Durable Object namespace of one instance, keyed by the worker that defines the class and
 * the class name, with the alarm scheduler they share. Storage lives in memory, or under {@code
 * persistRoot/<worker>-<class>/<id>.sqlite} when persisting (paths from the storage layer's
 * {@code NamespaceFiles}). Thread-safe.
 */
public final class DurableObjectRegistry implements AutoCloseable {

  private final Path persistRoot;
  private final WorkerDirectory workers;
  private final AlarmScheduler alarms;
  private final Map<String, ObjectNamespace> namespaces = new ConcurrentHashMap<>();

  /**
   * Creates the registry.
   *
   * @param persistRoot where to keep each object's SQLite file, or {@code null} for memory
   * @param clock the instance clock that alarms are scheduled against
   * @param workers the instance's workers, where each class is looked up by owner
   */
  public DurableObjectRegistry(MiniflareClock clock, Path persistRoot, WorkerDirectory workers) {
    this.persistRoot = persistRoot;
    this.workers = workers;
    this.alarms = new AlarmScheduler(clock);
  }

  /**
   * Declares a class bound somewhere; {@code sqlite} enables {@code ctx.storage.sql}.
   *
   * @param owner the worker exporting the class
   * @param className the class name
   * @param sqlite whether the class is SQLite-backed
   */
  public void declare(String owner, String className, boolean sqlite) {
    ObjectNamespace namespace = namespace(owner, className);
    if (sqlite) {
      namespace.enableSql();
    }
  }

  /**
   * The namespace of a class, created on first use.
   *
   * @param owner the worker exporting the class
   * @param className the class name
   * @return the namespace, the same one on every call
   */
  public ObjectNamespace namespace(String owner, String className) {
    return namespaces.computeIfAbsent(owner + "\u0000" + className,
        k -> new ObjectNamespace(owner, className, persistRoot, workers, alarms));
  }

  /** Opens the persisted objects of every declared namespace so that their alarms fire. */
  public void loadPersisted() {
    namespaces.values().forEach(ObjectNamespace::loadPersisted);
  }

  /**
   * The next alarm of an object in epoch ms (a pending retry included), or -1.
   *
   * @param namespace the object's namespace
   * @param id the object's hex id
   * @return epoch milliseconds, or -1 when nothing is scheduled
   */
  public long nextAlarm(ObjectNamespace namespace, String id) {
    return alarms.next(namespace, id);
  }

  /**
   * Runs an object's pending alarm now; completes with whether one was pending.
   *
   * @param namespace the object's namespace
   * @param id the object's hex id
   * @return a future completing after the handler settles (failing when it cannot run)
   */
  public CompletableFuture<Boolean> runAlarm(ObjectNamespace namespace, String id) {
    return alarms.runNow(namespace, id);
  }

  /**
   * A copy of every object's storage, in memory or persisted: every persisted object of a
   * declared class is open once {@link #loadPersisted()} ran, so the copy covers them all.
   *
   * @return namespace (owner and class) to object id to the object's database bytes
   */
  public Map<String, Map<String, byte[]>> snapshot() {
    Map<String, Map<String, byte[]>> copy = new HashMap<>();
    namespaces.forEach((key, namespace) -> {
      Map<String, byte[]> objects = new HashMap<>();
      namespace.openStorages().forEach((id, storage) -> objects.put(id, storage.snapshot()));
      copy.put(key, objects);
    });
    return copy;
  }

  /**
   * Replaces every object's storage with a {@link #snapshot()} ({@code null}: no object has any),
   * after the owners forgot their live instances, so the next event constructs each object anew;
   * objects the snapshot does not hold are forgotten (their storage closed, their file deleted).
   *
   * @param snapshot a {@link #snapshot()}, or {@code null} to empty every object
   */
  public void restore(Map<String, Map<String, byte[]>> snapshot) {
    List<CompletableFuture<String>> evicted = new ArrayList<>();
    namespaces.values().forEach(namespace -> {
      try {
        evicted.add(namespace.evict());
      } catch (RuntimeException closedOrMissing) {
        // an owner that is not running has no live instances
      }
    });
    evicted.forEach(f -> {
      try {
        f.get(10, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        // best effort: a closing owner has nothing left to forget
      }
    });
    alarms.clear();
    namespaces.forEach((key, namespace) -> {
      Map<String, byte[]> objects = snapshot == null ? Map.of() : snapshot.getOrDefault(key, Map.of());
      namespace.forgetAllBut(objects.keySet());
      namespace.openStorages().forEach((id, storage) -> storage.restore(objects.get(id)));
      objects.forEach((id, bytes) -> {
        if (!namespace.openStorages().containsKey(id)) {
          namespace.storage(id).restore(bytes);
        }
      });
    });
  }

  @Override
  public void close() {
    alarms.close();
    namespaces.values().forEach(ObjectNamespace::close);
  }
}
