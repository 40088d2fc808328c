package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.junit.RpcProperty;
import io.github.miniflare4j.junit.RpcProxies;
import io.github.miniflare4j.junit.WorkerRef;
import io.github.miniflare4j.service.WorkerEntrypointStub;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Resolves an interface parameter annotated with {@link WorkerRef} into a typed RPC proxy of a
 * worker's entrypoint, after checking that the worker, the entrypoint and every abstract method
 * of the interface exist, so that a typo fails at injection with the names that exist.
 */
final class EntrypointProxies {

  private EntrypointProxies() {}

  static Object resolve(Miniflare miniflare, Parameter parameter, String where, WorkerRef ref) {
    String worker = ref.value().isEmpty() ? miniflare.workerNames().get(0) : ref.value();
    if (!miniflare.workerNames().contains(worker)) {
      throw new ParameterResolutionException(Messages.unknownWorker(parameter, where, ref, miniflare.workerNames()));
    }
    WorkerEntrypointStub stub;
    try {
      stub = miniflare.getWorkerEntrypoint(worker, ref.entrypoint().isEmpty() ? null : ref.entrypoint());
    } catch (MiniflareException e) {
      throw new ParameterResolutionException(Messages.noEntrypoint(parameter, where, ref, e.getMessage()), e);
    }
    List<String> available = stub.methodNames();
    TreeSet<String> missing = new TreeSet<>();
    for (Method method : parameter.getType().getMethods()) {
      boolean close = method.getName().equals("close") && method.getParameterCount() == 0
          && AutoCloseable.class.isAssignableFrom(method.getDeclaringClass());
      if (!Modifier.isAbstract(method.getModifiers()) || close) {
        continue;
      }
      RpcProperty property = method.getAnnotation(RpcProperty.class);
      String member = property == null || property.value().isEmpty() ? method.getName() : property.value();
      if (!available.contains(member)) {
        missing.add(member + (property == null ? "()" : ""));
      }
    }
    if (!missing.isEmpty()) {
      throw new ParameterResolutionException(
          Messages.missingRpcMethods(parameter, where, ref, worker, List.copyOf(missing), available));
    }
    return RpcProxies.of(parameter.getType(), stub);
  }
}
