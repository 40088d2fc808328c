package io.github.miniflare4j.internal;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.durable.DurableObjectBinding;
import io.github.miniflare4j.service.ServiceTarget;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Checks options before anything starts, with Miniflare's codes and messages. */
public final class OptionsValidator {

  private OptionsValidator() {}

  /**
   * Throws {@link MiniflareException} for the first problem found.
   *
   * @param options the options to check
   * @throws MiniflareException the first problem, with its {@code ERR_*} code
   */
  public static void validate(MiniflareOptions options) {
    if (options.workers().isEmpty()) {
      throw new MiniflareException(ErrorCode.ERR_NO_WORKERS, "No workers defined");
    }
    Set<String> names = new HashSet<>();
    for (WorkerOptions worker : options.workers()) {
      if (!names.add(worker.name())) {
        throw new MiniflareException(
            ErrorCode.ERR_DUPLICATE_NAME,
            worker.name().isEmpty()
                ? "Multiple workers defined without a `name`"
                : "Multiple workers defined with the same `name`: \"" + worker.name() + "\"");
      }
    }
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    options.workers().forEach(worker -> CompatibilityDates.checkNotFuture(worker, today));
    for (WorkerOptions worker : options.workers()) {
      CompatibilityDates.checkSupported(worker);
      for (Map.Entry<String, ServiceTarget> binding : worker.serviceBindings().entrySet()) {
        ServiceTarget target = binding.getValue();
        if (!target.isJava() && !names.contains(target.workerName())) {
          throw new MiniflareException(
              ErrorCode.ERR_RUNTIME_FAILURE,
              "The Workers runtime failed to start: Worker \"" + worker.name() + "\"'s binding \""
                  + binding.getKey() + "\" refers to a service \"" + target.workerName()
                  + "\", but no such service is defined. Workers defined: " + names);
        }
      }
      for (Map.Entry<String, DurableObjectBinding> binding : worker.durableObjects().entrySet()) {
        String script = binding.getValue().scriptName();
        if (script != null && !names.contains(script)) {
          throw new MiniflareException(
              ErrorCode.ERR_RUNTIME_FAILURE,
              "The Workers runtime failed to start: Worker \"" + worker.name() + "\"'s binding \""
                  + binding.getKey() + "\" refers to a Durable Object class in worker \"" + script
                  + "\", but no such worker is defined. Workers defined: " + names);
        }
      }
    }
  }
}
