package io.github.miniflare4j.workerloader.internal;

import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.internal.CompatibilityFlagTable;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The object a worker's {@code env.LOADER} talks to: starts the workers its callbacks describe,
 * as children of the loading worker (they close with it). One per loader binding per isolate.
 */
public final class WorkerLoaderHost {

  private static final AtomicLong LOADED = new AtomicLong();

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String binding;
  private final WorkerIsolate caller;

  /**
   * The host of one binding in one worker.
   *
   * @param binding the binding's name, for the loaded workers' names
   * @param caller the loading worker
   */
  public WorkerLoaderHost(String binding, WorkerIsolate caller) {
    this.binding = binding;
    this.caller = caller;
  }

  /**
   * Starts a worker from the code the script has read and checked.
   *
   * @param options {@code {id, date, flags, main, modules: [{name, type, text | bytes}], env:
   *     [{name, clone | parent}], outbound: {inherit} | {blocked} | {parent}}}
   * @param resolve called with a {@link LoadedWorkerHandle} once the worker runs
   * @param reject called with workerd's {@code Failed to start Worker:} error when its code fails
   */
  @HostAccess.Export
  public void start(Value options, Value resolve, Value reject) {
    long number = LOADED.incrementAndGet();
    Value id = options.getMember("id");
    String name = (caller.name().isEmpty() ? "" : caller.name() + ":") + binding + ":"
        + (id == null || id.isNull() ? "#" + number : id.asString());
    CompletableFuture<LoadedWorkerHandle> started;
    try {
      LoadedCode code = LoadedCode.read(options, caller, number);
      started = caller.startChild(name, code.script(), code.compatibility(), code.environment())
          .handle((isolate, error) -> {
            if (error != null) {
              throw new CompletionException(StartFailure.of(error, code.sources()));
            }
            return isolate;
          })
          .thenCompose(isolate -> isolate.invoke("entrypointInfo", (Object) null)
              .thenApply(info -> new LoadedWorkerHandle(isolate, caller, namedEntrypoints(info))));
    } catch (RuntimeException e) {
      started = CompletableFuture.failedFuture(e);
    }
    caller.settleLater(started, handle -> handle, resolve, reject);
  }

  /**
   * workerd's check of a WorkerCode's compatibility flags, made before the worker starts.
   *
   * @param flags the flags as strings
   * @return workerd's message for the first problem, or null when the flags are valid
   */
  @HostAccess.Export
  public String compatibilityFlagProblem(Value flags) {
    List<String> names = new ArrayList<>();
    for (long i = 0; i < flags.getArraySize(); i++) {
      names.add(flags.getArrayElement(i).asString());
    }
    return CompatibilityFlagTable.problem(names);
  }

  /** The exports the prelude's {@code entrypointInfo} lists as serving a named entrypoint. */
  private static Set<String> namedEntrypoints(String info) {
    Set<String> names = new HashSet<>();
    try {
      JSON.readTree(info).path("entrypoints").forEach(name -> names.add(name.asText()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("unreadable entrypoint list: " + info, e);
    }
    return names;
  }
}
