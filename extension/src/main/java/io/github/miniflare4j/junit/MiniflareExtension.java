package io.github.miniflare4j.junit;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.junit.internal.AnnotationOptions;
import io.github.miniflare4j.junit.internal.InstanceConfig;
import io.github.miniflare4j.junit.internal.Lifecycle;
import io.github.miniflare4j.junit.internal.ParameterResolution;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The JUnit Jupiter extension behind {@link MiniflareTest}; register it yourself for full
 * control over the options:
 *
 * <pre>{@code
 * @RegisterExtension
 * static MiniflareExtension miniflare = MiniflareExtension.builder()
 *     .options(MiniflareOptions.builder()
 *         .worker(WorkerOptions.builder().name("api").scriptPath("src/main/js/api.js")))
 *     .build();
 * }</pre>
 *
 * <p>In a {@code static} field the instance lives for the class (and its {@code @Nested}
 * classes), with the same reset between tests as {@code @MiniflareTest}; in an instance field
 * each test gets its own instance. The extension holds no mutable state: everything lives in
 * JUnit's {@code ExtensionContext.Store}, which closes the instance.
 *
 * <p>Injectable parameters: {@link io.github.miniflare4j.Miniflare}, {@link
 * io.github.miniflare4j.MiniflareClock}, {@link WorkerClient} (qualified by {@link WorkerRef}),
 * {@link WorkerConsole}, {@link OutboundMock}, {@link MiniflareRestarter}, {@code KvNamespace} and {@code
 * DurableObjectNamespace} (qualified by {@link Binding}), typed RPC proxies (interfaces with
 * {@link WorkerRef} or {@link DurableObjectRef}) and the server address ({@link ServerUrl}).
 */
public final class MiniflareExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private final MiniflareOptions options;
  private final StorageMode storage;

  /** The declarative extension, configured by {@link MiniflareTest} on the test class. */
  public MiniflareExtension() {
    this(null, StorageMode.RESET_EACH_TEST);
  }

  private MiniflareExtension(MiniflareOptions options, StorageMode storage) {
    this.options = options;
    this.storage = storage;
  }

  /**
   * Starts a programmatic extension.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    if (options == null) {
      checkNotAlsoRegistered(testClass);
      Optional<MiniflareTest> annotation = AnnotationSupport.findAnnotation(testClass, MiniflareTest.class);
      Optional<Supplier<InstanceConfig>> own = annotation.map(a -> () -> AnnotationOptions.read(testClass, a));
      Lifecycle.beforeAll(context, own, annotation.map(MiniflareTest::shared).orElse(false));
    } else {
      boolean reuse = context.getParent().flatMap(Lifecycle::instance).isPresent();
      Optional<Supplier<InstanceConfig>> own = reuse ? Optional.empty() : Optional.of(this::programmaticConfig);
      Lifecycle.beforeAll(context, own, false);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Lifecycle.beforeEach(context, options == null ? null : this::programmaticConfig);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Lifecycle.afterEach(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return ParameterResolution.supports(parameterContext);
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return ParameterResolution.resolve(parameterContext, extensionContext);
  }

  private InstanceConfig programmaticConfig() {
    return InstanceConfig.programmatic(options, storage);
  }

  private static void checkNotAlsoRegistered(Class<?> testClass) {
    List<Field> fields = ReflectionSupport.findFields(
        testClass,
        f -> MiniflareExtension.class.isAssignableFrom(f.getType()) && f.isAnnotationPresent(RegisterExtension.class),
        HierarchyTraversalMode.TOP_DOWN);
    if (!fields.isEmpty()) {
      throw new ExtensionConfigurationException(
          "%s uses both @MiniflareTest and @RegisterExtension MiniflareExtension %s: use one of them (put the options in the builder, or the workers in the annotation)"
              .formatted(testClass.getName(), fields.stream().map(Field::getName).toList()));
    }
  }

  /** Builds a programmatic {@link MiniflareExtension}. */
  public static final class Builder {
    private MiniflareOptions options;
    private StorageMode storage = StorageMode.RESET_EACH_TEST;

    private Builder() {}

    /**
     * The instance's options. Without an outbound handler of their own, workers' global {@code
     * fetch()} calls fail the test that made them, as with {@code @MiniflareTest}.
     *
     * @param options the options; not {@code null}
     * @return this builder
     */
    public Builder options(MiniflareOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Builds the options in place: {@code .options(o -> o.worker(...))}.
     *
     * @param configure fills a fresh options builder
     * @return this builder
     */
    public Builder options(Consumer<MiniflareOptions.Builder> configure) {
      MiniflareOptions.Builder builder = MiniflareOptions.builder();
      configure.accept(builder);
      return options(builder.build());
    }

    /**
     * What happens to storage and workers between tests (default: reset each test).
     *
     * @param storage the storage mode; not {@code null}
     * @return this builder
     */
    public Builder storage(StorageMode storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /**
     * Builds the extension.
     *
     * @throws IllegalStateException when no options were given
     * @return the extension; register it in a {@code static} field for one instance per class, in
     *     an instance field for one per test
     */
    public MiniflareExtension build() {
      if (options == null) {
        throw new IllegalStateException(
            "MiniflareExtension.builder() needs options: call .options(MiniflareOptions.builder().worker(...).build())");
      }
      return new MiniflareExtension(options, storage);
    }
  }
}
