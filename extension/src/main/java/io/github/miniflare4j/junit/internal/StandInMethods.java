package io.github.miniflare4j.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.junit.StandIn;
import io.github.miniflare4j.junit.WorkersAi;
import io.github.miniflare4j.standin.StandInBinding;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/** Turns the {@link StandIn} and {@link WorkersAi} methods of a test class into stand-in bindings. */
final class StandInMethods {

  private StandInMethods() {}

  /**
   * Binds every stand-in method of the class to its workers.
   *
   * @return keys describing the methods, for the instance cache key
   */
  static List<String> bind(Class<?> testClass, Map<String, WorkerOptions.Builder> workers) {
    List<String> keys = new ArrayList<>();
    for (Method method : AnnotationSupport.findAnnotatedMethods(testClass, StandIn.class, HierarchyTraversalMode.TOP_DOWN)) {
      StandIn annotation = method.getAnnotation(StandIn.class);
      check(method, StandIn.class, String.class, "(String method, List<JsonNode> args)");
      StandInBinding binding = StandInBinding.of(annotation.value(), (name, args) -> invoke(method, name, args));
      bindTo(workers, annotation.workers(), binding, method, StandIn.class);
      keys.add(method.toGenericString() + Arrays.toString(annotation.workers()) + annotation.value());
    }
    for (Method method : AnnotationSupport.findAnnotatedMethods(testClass, WorkersAi.class, HierarchyTraversalMode.TOP_DOWN)) {
      WorkersAi annotation = method.getAnnotation(WorkersAi.class);
      check(method, WorkersAi.class, JsonNode.class, "(String model, JsonNode inputs)");
      StandInBinding binding = StandInBinding.workersAi(annotation.value(), (model, inputs) -> invoke(method, model, inputs));
      bindTo(workers, annotation.workers(), binding, method, WorkersAi.class);
      keys.add(method.toGenericString() + Arrays.toString(annotation.workers()) + annotation.value());
    }
    return keys;
  }

  private static void bindTo(Map<String, WorkerOptions.Builder> workers, String[] names, StandInBinding binding,
      Method method, Class<?> annotation) {
    List<String> targets = names.length == 0 ? new ArrayList<>(workers.keySet()) : Arrays.asList(names);
    for (String target : targets) {
      WorkerOptions.Builder builder = workers.get(target);
      if (builder == null) {
        throw new ExtensionConfigurationException(
            Messages.standInUnknownWorker(annotation, binding.name(), method, target, new ArrayList<>(workers.keySet())));
      }
      builder.bind(binding);
    }
  }

  /** Static, {@code (String, second)}, returning a value (not void). */
  private static void check(Method method, Class<?> annotation, Class<?> second, String signature) {
    Type[] parameters = method.getGenericParameterTypes();
    boolean secondOk = parameters.length == 2 && (second == String.class
        ? parameters[1] instanceof ParameterizedType p && p.getRawType() == List.class
            && p.getActualTypeArguments()[0] == JsonNode.class
        : parameters[1] == second);
    if (!Modifier.isStatic(method.getModifiers()) || !secondOk || parameters[0] != String.class
        || method.getReturnType() == void.class) {
      throw new ExtensionConfigurationException(Messages.standInSignature(annotation, method, signature));
    }
    method.setAccessible(true);
  }

  private static Object invoke(Method method, Object first, Object second) throws Exception {
    try {
      return method.invoke(null, first, second);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception) {
        throw (Exception) cause;
      }
      throw (Error) cause;
    }
  }
}
