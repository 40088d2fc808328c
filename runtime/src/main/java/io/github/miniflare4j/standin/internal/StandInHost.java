package io.github.miniflare4j.standin.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.standin.StandInBinding;
import io.github.miniflare4j.standin.StandInCall;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** What a stand-in binding's script calls: the handler, on a host thread, settled on the loop. */
public final class StandInHost {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StandInBinding binding;
  private final WorkerIsolate isolate;
  private final Consumer<StandInCall> log;

  public StandInHost(StandInBinding binding, WorkerIsolate isolate, Consumer<StandInCall> log) {
    this.binding = binding;
    this.isolate = isolate;
    this.log = log;
  }

  /**
   * Calls the handler; settles through {@code resolve(json)} or {@code reject(name, message, stack)}.
   *
   * @param method the method the worker called
   * @param argsJson its arguments as a JSON array
   * @param resolve receives the result as JSON text
   * @param reject receives an error
   */
  @HostAccess.Export
  public void call(String method, String argsJson, Value resolve, Value reject) {
    CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> {
      try {
        List<JsonNode> args = new ArrayList<>();
        JSON.readTree(argsJson).forEach(args::add);
        log.accept(new StandInCall(method, args));
        return JSON.writeValueAsString(binding.handler().call(method, args));
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new java.util.concurrent.CompletionException(e);
      }
    }, isolate.spec().services().hostExecutor());
    isolate.settleLater(result, json -> json, resolve, reject);
  }
}
