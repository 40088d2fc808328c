package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.OutboundHandler;
import io.github.miniflare4j.junit.ServiceBindingHandler;
import io.github.miniflare4j.junit.Worker;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * Reads a {@link MiniflareTest} annotation, the {@link Worker}s in it and the handler methods
 * of the test class into runtime options. Validation failures are {@link
 * ExtensionConfigurationException}s worded by {@link Messages}.
 */
public final class AnnotationOptions {

  private AnnotationOptions() {}

  /**
   * The options, plus the outbound guard wired into them.
   *
   * @param testClass the annotated class; relative paths and {@code classpath:} resources resolve
   *     for it
   * @param annotation the class's {@code @MiniflareTest}
   * @return the instance configuration
   */
  public static InstanceConfig read(Class<?> testClass, MiniflareTest annotation) {
    if (annotation.workers().length == 0 && annotation.config().length == 0) {
      throw new ExtensionConfigurationException(Messages.noWorkers(testClass));
    }
    Map<String, WorkerOptions.Builder> workers = new LinkedHashMap<>();
    for (String file : annotation.config()) {
      WorkerOptions fromFile = config(file, annotation.environment(), testClass);
      workers.put(fromFile.name(), fromFile.toBuilder());
    }
    for (Worker worker : annotation.workers()) {
      WorkerOptions.Builder fromFile = workers.get(worker.name());
      workers.put(worker.name(), apply(fromFile == null ? WorkerOptions.builder().name(worker.name()) : fromFile,
          worker, testClass, fromFile != null));
    }
    MiniflareOverlay.apply(testClass, annotation.miniflare(), workers);
    List<String> handlerKeys = new ArrayList<>();
    handlerKeys.addAll(ModuleMocks.apply(testClass, workers));
    for (Method method : AnnotationSupport.findAnnotatedMethods(testClass, ServiceBindingHandler.class, HierarchyTraversalMode.TOP_DOWN)) {
      ServiceBindingHandler binding = method.getAnnotation(ServiceBindingHandler.class);
      FetchHandler handler = HandlerMethods.handler(method, ServiceBindingHandler.class);
      List<String> targets = binding.workers().length == 0 ? new ArrayList<>(workers.keySet()) : Arrays.asList(binding.workers());
      for (String target : targets) {
        WorkerOptions.Builder builder = workers.get(target);
        if (builder == null) {
          throw new ExtensionConfigurationException(
              Messages.handlerUnknownWorker(binding.value(), method, target, new ArrayList<>(workers.keySet())));
        }
        builder.serviceBinding(binding.value(), handler);
      }
      handlerKeys.add(method.toGenericString() + Arrays.toString(binding.workers()) + binding.value());
    }
    handlerKeys.addAll(StandInMethods.bind(testClass, workers));
    List<Method> outbound = AnnotationSupport.findAnnotatedMethods(testClass, OutboundHandler.class, HierarchyTraversalMode.TOP_DOWN);
    if (outbound.size() > 1) {
      throw new ExtensionConfigurationException(
          Messages.tooManyOutboundHandlers(testClass, outbound.stream().map(Method::getName).toList()));
    }
    FetchHandler outboundHandler = outbound.isEmpty() ? null : HandlerMethods.handler(outbound.get(0), OutboundHandler.class);
    outbound.forEach(m -> handlerKeys.add(m.toGenericString()));
    OutboundGuard guard = new OutboundGuard(outboundHandler);
    MiniflareOptions.Builder options = MiniflareOptions.builder().outboundService(guard);
    duration(testClass, "cpuLimit", annotation.cpuLimit()).ifPresent(options::cpuLimit);
    duration(testClass, "startupTimeout", annotation.startupTimeout()).ifPresent(options::startupTimeout);
    if (annotation.server()) {
      options.port(0);
    }
    workers.values().forEach(options::worker);
    boolean tempDir = MiniflareTest.TEMP_DIR.equals(annotation.kvPersist());
    if (!annotation.kvPersist().isEmpty() && !tempDir) {
      options.kvPersist(Path.of(annotation.kvPersist()));
    }
    String cacheKey = annotation + "|" + handlerKeys + "|" + resourceBase(testClass);
    InstanceConfig config = InstanceConfig.of(options.build(), guard, annotation.storage(), cacheKey);
    return tempDir ? config.withKvPersistTemp() : config;
  }

  /** An attribute's ISO-8601 duration ({@code "PT30S"}), empty when the attribute is; positive. */
  private static Optional<Duration> duration(Class<?> testClass, String attribute, String value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Duration parsed;
    try {
      parsed = Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new ExtensionConfigurationException(Messages.badDuration(testClass, attribute, value), e);
    }
    if (parsed.isNegative() || parsed.isZero()) {
      throw new ExtensionConfigurationException(Messages.badDuration(testClass, attribute, value));
    }
    return Optional.of(parsed);
  }

  /** Reads one Wrangler file (a path, or {@code classpath:...}) into a worker's options. */
  private static WorkerOptions config(String file, String environment, Class<?> testClass) {
    Path path = path(file, testClass, () -> Messages.noConfigResource(file, testClass));
    try {
      return WranglerConfig.load(path, environment.isEmpty() ? null : environment).workerOptions();
    } catch (MiniflareException e) {
      throw new ExtensionConfigurationException(Messages.badConfig(file, testClass, e.getMessage()), e);
    }
  }

  /**
   * Applies a {@link Worker}'s attributes to a builder: over a worker read from a Wrangler file
   * ({@code overlay}), only what the annotation sets, and code is optional.
   */
  private static WorkerOptions.Builder apply(WorkerOptions.Builder builder, Worker worker, Class<?> testClass, boolean overlay) {
    String name = worker.name();
    boolean inline = !worker.script().isEmpty();
    boolean file = !worker.scriptPath().isEmpty();
    if (inline && file) {
      throw new ExtensionConfigurationException(Messages.workerCode(name, "sets both script and scriptPath: set exactly one"));
    }
    if (!inline && !file && !overlay) {
      throw new ExtensionConfigurationException(Messages.workerCode(name, "has no code: set script or scriptPath"));
    }
    if (inline) {
      builder.script(worker.script());
    } else if (file) {
      builder.scriptPath(path(worker.scriptPath(), testClass,
          () -> Messages.noResource(name, worker.scriptPath().substring("classpath:".length()).replaceFirst("^/", ""), testClass)));
    }
    switch (worker.format()) {
      case MODULES -> builder.modules(true);
      case SERVICE_WORKER -> builder.modules(false);
      default -> { }
    }
    if (!worker.compatibilityDate().isEmpty()) {
      builder.compatibilityDate(worker.compatibilityDate());
    }
    if (worker.compatibilityFlags().length > 0 || !overlay) {
      builder.compatibilityFlags(worker.compatibilityFlags());
    }
    for (String entry : worker.vars()) {
      String[] pair = pair(name, "vars", entry, true);
      builder.binding(pair[0], pair[1]);
    }
    for (String entry : worker.kvNamespaces()) {
      String[] pair = pair(name, "kvNamespaces", entry, false);
      builder.kvNamespace(pair[0], pair[1] == null ? pair[0] : pair[1]);
    }
    for (String entry : worker.serviceBindings()) {
      String[] pair = pair(name, "serviceBindings", entry, true);
      builder.serviceBinding(pair[0], pair[1]);
    }
    for (String entry : worker.durableObjects()) {
      String[] pair = pair(name, "durableObjects", entry, true);
      int at = pair[1].indexOf('@');
      if (at < 0) {
        builder.durableObject(pair[0], pair[1]);
      } else {
        builder.durableObject(pair[0], pair[1].substring(0, at), pair[1].substring(at + 1));
      }
    }
    builder.routes(worker.routes());
    builder.crons(worker.crons());
    if (!worker.options().isBlank()) {
      try {
        builder.merge(WorkerOptions.fromJson(worker.options()));
      } catch (MiniflareException e) {
        throw new ExtensionConfigurationException(Messages.badWorkerOptions(name, e.getMessage()), e);
      }
    }
    return builder;
  }

  /** Splits {@code NAME=value}; a value is required when {@code valueRequired}. */
  private static String[] pair(String worker, String attribute, String entry, boolean valueRequired) {
    int eq = entry.indexOf('=');
    String form = valueRequired ? "NAME=value" : "NAME or NAME=value";
    if (eq == 0 || entry.isEmpty() || (eq < 0 && valueRequired) || (eq > 0 && !valueRequired && eq == entry.length() - 1)) {
      throw new ExtensionConfigurationException(Messages.badEntry(worker, attribute, entry, form));
    }
    return eq < 0 ? new String[] {entry, null} : new String[] {entry.substring(0, eq), entry.substring(eq + 1)};
  }

  /** A file path, or a {@code classpath:} resource (in a directory, or extracted from a jar with its project). */
  private static Path path(String path, Class<?> testClass, java.util.function.Supplier<String> missing) {
    if (!path.startsWith("classpath:")) {
      return Path.of(path);
    }
    String resource = path.substring("classpath:".length()).replaceFirst("^/", "");
    URL url = testClass.getClassLoader().getResource(resource);
    Path file = url == null ? null : ClasspathProjects.file(url);
    if (file == null) {
      throw new ExtensionConfigurationException(missing.get());
    }
    return file;
  }

  /** Classes loaded by different loaders may see different resources under one name. */
  private static String resourceBase(Class<?> testClass) {
    return String.valueOf(testClass.getClassLoader());
  }
}
