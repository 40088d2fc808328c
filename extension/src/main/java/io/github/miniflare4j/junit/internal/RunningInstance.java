package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.junit.MiniflareRestarter;
import io.github.miniflare4j.junit.StorageMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A started instance and what the extension needs around it. Lives in JUnit's store, which
 * closes it with the context that started it (the class, the method, or the whole run for a
 * shared instance). {@link #restart()} replaces the instance in place, so everything that asks
 * this object for {@link #miniflare()} follows.
 */
public final class RunningInstance implements AutoCloseable, MiniflareRestarter {

  private final InstanceConfig config;
  private final MiniflareOptions options;
  private final Path tempDir;
  private final Class<?> testClass;
  private final boolean shared;
  private volatile Miniflare miniflare;

  private RunningInstance(InstanceConfig config, MiniflareOptions options, Path tempDir, Class<?> testClass, boolean shared) {
    this.config = config;
    this.options = options;
    this.tempDir = tempDir;
    this.testClass = testClass;
    this.shared = shared;
    this.miniflare = startMiniflare();
  }

  /**
   * Starts the instance (creating its temporary KV directory first, if it has one).
   *
   * @throws ExtensionConfigurationException naming the test class, the worker and the cause
   */
  static RunningInstance start(InstanceConfig config, Class<?> testClass, boolean shared) {
    Path tempDir = null;
    MiniflareOptions options = config.options();
    if (config.kvPersistTemp()) {
      try {
        tempDir = Files.createTempDirectory("miniflare4j-kv-");
      } catch (IOException e) {
        throw new ExtensionConfigurationException("Could not create a temporary kvPersist directory for " + testClass.getName(), e);
      }
      options = options.toBuilder().kvPersist(tempDir).build();
    }
    try {
      return new RunningInstance(config, options, tempDir, testClass, shared);
    } catch (RuntimeException e) {
      deleteTree(tempDir);
      throw e;
    }
  }

  static RunningInstance start(InstanceConfig config, Class<?> testClass) {
    return start(config, testClass, false);
  }

  private Miniflare startMiniflare() {
    try {
      return new Miniflare(options);
    } catch (MiniflareException e) {
      throw new ExtensionConfigurationException(Messages.startFailure(testClass, e.getMessage()), e);
    }
  }

  /**
   * The instance (the new one after a {@link #restart()}).
   *
   * @return the running instance
   */
  public Miniflare miniflare() {
    return miniflare;
  }

  @Override
  public synchronized Miniflare restart() {
    if (shared) {
      throw new IllegalStateException(Messages.restartShared(testClass));
    }
    miniflare.close();
    try {
      miniflare = new Miniflare(options);
    } catch (MiniflareException e) {
      throw new MiniflareException(e.code(), "Restarting Miniflare for " + testClass.getName() + " failed: " + e.getMessage(), e);
    }
    return miniflare;
  }

  @Override
  public Optional<Path> kvPersistDirectory() {
    return Optional.ofNullable(options.kvPersist());
  }

  @Override
  public String toString() {
    return "MiniflareRestarter[" + testClass.getSimpleName() + kvPersistDirectory().map(d -> ", kvPersist " + d).orElse("") + "]";
  }

  /** The console capture of the current test. */
  ConsoleCapture console() {
    return config.console();
  }

  StorageMode storage() {
    return config.storage();
  }

  /** Outbound requests no handler answered since the last call. */
  /** Forgets the previous test's outbound mock handler and recorded requests. */
  void resetOutboundForTest() {
    if (config.guard() != null) {
      config.guard().resetForTest();
    }
  }

  /** The outbound mock of the current test, or {@code null} when the options bring their own outbound handler. */
  OutboundGuard outbound() {
    return config.guard();
  }

  List<String> drainUnhandledOutbound() {
    return config.guard() == null ? List.of() : config.guard().drainUnhandled();
  }

  @Override
  public void close() {
    miniflare.close();
    deleteTree(tempDir);
  }

  private static void deleteTree(Path root) {
    if (root == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete the temporary kvPersist directory " + root, e);
    }
  }
}
