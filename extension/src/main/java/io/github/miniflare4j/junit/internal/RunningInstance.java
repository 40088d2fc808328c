package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.junit.StorageMode;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A started instance and what the extension needs around it. Lives in JUnit's store, which
 * closes it with the context that started it (the class, the method, or the whole run for a
 * shared instance).
 */
public final class RunningInstance implements AutoCloseable {

  private final Miniflare miniflare;
  private final InstanceConfig config;

  private RunningInstance(Miniflare miniflare, InstanceConfig config) {
    this.miniflare = miniflare;
    this.config = config;
  }

  /**
   * Starts the instance.
   *
   * @throws ExtensionConfigurationException naming the test class, the worker and the cause
   */
  static RunningInstance start(InstanceConfig config, Class<?> testClass) {
    try {
      return new RunningInstance(new Miniflare(config.options()), config);
    } catch (MiniflareException e) {
      throw new ExtensionConfigurationException(Messages.startFailure(testClass, e.getMessage()), e);
    }
  }

  /**
   * The instance.
   *
   * @return the running instance
   */
  public Miniflare miniflare() {
    return miniflare;
  }

  /** The console capture of the current test. */
  ConsoleCapture console() {
    return config.console();
  }

  StorageMode storage() {
    return config.storage();
  }

  /** Outbound requests no handler answered since the last call. */
  List<String> drainUnhandledOutbound() {
    return config.guard() == null ? List.of() : config.guard().drainUnhandled();
  }

  @Override
  public void close() {
    miniflare.close();
  }
}
