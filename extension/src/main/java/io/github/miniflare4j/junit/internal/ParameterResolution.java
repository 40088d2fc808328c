package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerConsole;
import io.github.miniflare4j.junit.WorkerRef;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Which parameters the extension injects, and with what. It claims every parameter whose type
 * belongs to miniflare4j or that carries one of its qualifiers, so that a mistake gets a
 * message listing what can be injected instead of JUnit's generic one; other parameters are
 * left to other resolvers.
 */
public final class ParameterResolution {

  private static final String BASE_PACKAGE = "io.github.miniflare4j";

  private ParameterResolution() {}

  /** Whether the extension answers for this parameter (with a value or a precise error). */
  public static boolean supports(ParameterContext parameter) {
    Class<?> type = parameter.getParameter().getType();
    return parameter.isAnnotated(WorkerRef.class)
        || (type.getPackageName().startsWith(BASE_PACKAGE) && !type.isAnnotation());
  }

  /** The value for a parameter {@link #supports supported} here. */
  public static Object resolve(ParameterContext parameterContext, ExtensionContext context) {
    Parameter parameter = parameterContext.getParameter();
    String where = describe(parameterContext.getDeclaringExecutable());
    Class<?> type = parameter.getType();
    Optional<WorkerRef> ref = parameterContext.findAnnotation(WorkerRef.class);
    if (ref.isPresent() && type != WorkerClient.class) {
      throw new ParameterResolutionException(Messages.workerRefOnWrongType(parameter, where, ref.get().value()));
    }
    if (type != Miniflare.class && type != MiniflareClock.class && type != WorkerClient.class && type != WorkerConsole.class) {
      throw new ParameterResolutionException(Messages.unsupportedParameter(parameter, where));
    }
    RunningInstance instance = Lifecycle.instance(context)
        .orElseThrow(() -> new ParameterResolutionException(Messages.noInstance(parameter, where)));
    Miniflare miniflare = instance.miniflare();
    if (type == WorkerConsole.class) {
      return instance.console();
    }
    if (type == Miniflare.class) {
      return miniflare;
    }
    if (type == MiniflareClock.class) {
      return miniflare.clock();
    }
    if (ref.isEmpty()) {
      return WorkerClient.entry(miniflare);
    }
    String name = ref.get().value();
    if (!miniflare.workerNames().contains(name)) {
      throw new ParameterResolutionException(Messages.unknownWorker(parameter, where, name, miniflare.workerNames()));
    }
    return WorkerClient.of(miniflare, name);
  }

  private static String describe(Executable executable) {
    String kind = executable instanceof Constructor ? "constructor" : "method";
    String name = executable instanceof Constructor ? executable.getDeclaringClass().getSimpleName() : executable.getName();
    StringBuilder params = new StringBuilder();
    for (Class<?> p : executable.getParameterTypes()) {
      params.append(params.length() == 0 ? "" : ", ").append(p.getSimpleName());
    }
    return kind + " " + executable.getDeclaringClass().getSimpleName() + (executable instanceof Constructor ? "" : "." + name)
        + "(" + params + ")";
  }
}
