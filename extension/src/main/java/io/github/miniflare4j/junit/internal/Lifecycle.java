package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.junit.KeepStorage;
import io.github.miniflare4j.junit.StorageMode;
import io.github.miniflare4j.StorageSnapshot;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Where instances start, which test uses which, and what is reset between tests. All state
 * lives in JUnit's {@link Store} under one namespace: the extension object itself holds none.
 *
 * <ul>
 *   <li>A class that declares an instance (its own {@code @MiniflareTest}, or a static
 *       {@code MiniflareExtension} field) starts it in {@code beforeAll}; its store closes it.
 *   <li>A {@code @Nested} class without its own declaration reuses the enclosing instance,
 *       after rolling it back to the enclosing class's baseline.
 *   <li>A shared instance lives in the root store and is closed when the run ends; each class
 *       using it rolls its own writes back in {@code afterAll}.
 *   <li>An extension in an instance field starts one instance per test, in {@code beforeEach}.
 * </ul>
 */
public final class Lifecycle {

  /** The extension's namespace in JUnit's store. */
  public static final Namespace NAMESPACE = Namespace.create("io.github.miniflare4j.junit.MiniflareExtension");

  /**
   * The JUnit configuration parameter ({@code junit-platform.properties} or a system property)
   * that makes every class of the run in {@link StorageMode#RESET_EACH_TEST} behave as {@link
   * StorageMode#RESET_STORAGE_EACH_TEST} when {@code true}.
   */
  public static final String KEEP_WORKERS_PARAMETER = "miniflare4j.keepWorkersBetweenTests";

  private static final String STATE = "state@";
  private static final String INSTANCE = "instance@";
  private static final String SHARED = "shared@";
  private static final String ENTRY = "entry@";

  private Lifecycle() {}

  /**
   * Starts or reuses the instance of a class.
   *
   * @param own the class's own configuration, or empty when it should reuse its parent's
   * @param shared whether an equal configuration may reuse a run-wide instance
   * @param context the class's extension context
   */
  public static void beforeAll(ExtensionContext context, Optional<Supplier<InstanceConfig>> own, boolean shared) {
    Class<?> testClass = context.getRequiredTestClass();
    Store store = context.getStore(NAMESPACE);
    String id = context.getUniqueId();
    Optional<ClassState> parent = context.getParent().flatMap(Lifecycle::nearestState);
    if (own.isEmpty()) {
      ClassState enclosing = parent.orElseThrow(() -> new ExtensionConfigurationException(
          "MiniflareExtension is registered on " + testClass.getName() + " without @MiniflareTest: annotate the class with "
              + "@MiniflareTest(workers = @Worker(...)), or register MiniflareExtension.builder()...build() in a static field"));
      ClassState state = new ClassState(enclosing.instance());
      if (resets(state.instance(), testClass)) {
        enclosing.reset(keepsWorkers(state.instance(), context));
      }
      store.put(STATE + id, state);
      SeedLoader.apply(testClass, state.instance().miniflare());
      return;
    }
    InstanceConfig config = own.get().get();
    RunningInstance instance;
    if (shared) {
      Store root = context.getRoot().getStore(NAMESPACE);
      synchronized (Lifecycle.class) {
        instance = root.get(SHARED + config.cacheKey(), RunningInstance.class);
        if (instance == null) {
          instance = RunningInstance.start(config, testClass, true);
          root.put(SHARED + config.cacheKey(), instance);
        }
      }
      instance.miniflare().restartWorkers();
      store.put(ENTRY + id, new EntryCheckpoint(instance, instance.miniflare().snapshotStorage()));
    } else {
      instance = RunningInstance.start(config, testClass);
      store.put(INSTANCE + id, instance);
    }
    store.put(STATE + id, new ClassState(instance));
    SeedLoader.apply(testClass, instance.miniflare());
  }

  /**
   * Prepares one test: starts a per-test instance for extensions in instance fields, else resets
   * the class's instance unless storage is kept; fails on outbound requests nobody answered
   * before the test.
   *
   * @param context the test's extension context
   * @param perTest the configuration of an extension held in an instance field
   */
  public static void beforeEach(ExtensionContext context, Supplier<InstanceConfig> perTest) {
    Optional<ClassState> found = nearestState(context);
    if (found.isEmpty()) {
      if (perTest == null) {
        throw new ExtensionConfigurationException("No Miniflare instance for " + context.getDisplayName());
      }
      RunningInstance instance = RunningInstance.start(perTest.get(), context.getRequiredTestClass());
      Store store = context.getStore(NAMESPACE);
      store.put(INSTANCE + context.getUniqueId(), instance);
      store.put(STATE + context.getUniqueId(), new ClassState(instance));
      SeedLoader.apply(context.getRequiredTestClass(), instance.miniflare());
      return;
    }
    ClassState state = found.get();
    failOnUnhandledOutbound(state.instance());
    state.instance().console().clear();
    state.instance().resetOutboundForTest();
    Method method = context.getRequiredTestMethod();
    if (!resets(state.instance(), context.getRequiredTestClass())) {
      return;
    }
    if (AnnotationSupport.isAnnotated(method, KeepStorage.class)) {
      state.ensureBaseline();
      return;
    }
    state.reset(keepsWorkers(state.instance(), context));
    // the previous test's work runs on in the old workers until the restart closed them (a workflow
    // step, waitUntil work): what it sent meanwhile is neither this test's nor a failure of it
    state.instance().resetOutboundForTest();
    state.instance().drainUnhandledOutbound();
  }

  /**
   * Fails the test if its workers made outbound requests that nobody answered.
   *
   * @param context the test's extension context
   */
  public static void afterEach(ExtensionContext context) {
    nearestState(context).ifPresent(state -> failOnUnhandledOutbound(state.instance()));
  }

  /**
   * The instance the context's tests use, if any.
   *
   * @param context a class or test context; parent contexts are searched
   * @return the instance, or empty when none was started
   */
  public static Optional<RunningInstance> instance(ExtensionContext context) {
    return nearestState(context).map(ClassState::instance);
  }

  private static void failOnUnhandledOutbound(RunningInstance instance) {
    List<String> unhandled = instance.drainUnhandledOutbound();
    if (!unhandled.isEmpty()) {
      throw new AssertionError(Messages.unhandledOutbound(unhandled));
    }
  }

  /**
   * Whether the instance's workers may keep running from one test to the next: {@link
   * StorageMode#RESET_STORAGE_EACH_TEST}, or the default mode when the run asks for it with the
   * configuration parameter {@value #KEEP_WORKERS_PARAMETER}.
   */
  private static boolean keepsWorkers(RunningInstance instance, ExtensionContext context) {
    return instance.storage() == StorageMode.RESET_STORAGE_EACH_TEST
        || instance.storage() == StorageMode.RESET_EACH_TEST
            && context.getConfigurationParameter(KEEP_WORKERS_PARAMETER, Boolean::parseBoolean).orElse(false);
  }

  /** Whether tests of this class start from the baseline (false for KEEP and @KeepStorage classes). */
  private static boolean resets(RunningInstance instance, Class<?> testClass) {
    if (instance.storage() == StorageMode.KEEP) {
      return false;
    }
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      if (AnnotationSupport.isAnnotated(c, KeepStorage.class)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<ClassState> nearestState(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      ClassState state = c.getStore(NAMESPACE).get(STATE + c.getUniqueId(), ClassState.class);
      if (state != null) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }

  /** Rolls a shared instance back to what it held when a class started using it. */
  private record EntryCheckpoint(RunningInstance instance, StorageSnapshot storage) implements AutoCloseable {
    @Override
    public void close() {
      if (instance.miniflare().isClosed()) {
        return;
      }
      instance.miniflare().restartWorkers(storage);
      instance.miniflare().clock().reset();
    }
  }
}
