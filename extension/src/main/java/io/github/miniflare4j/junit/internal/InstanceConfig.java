package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.junit.StorageMode;

/**
 * What the extension starts for a test class.
 *
 * @param options the runtime options
 * @param guard the outbound handler whose unanswered requests fail tests, or {@code null} when
 *     the options bring their own outbound handler
 * @param storage the reset policy between tests
 * @param cacheKey identifies equal configurations for shared instances ({@code null}: never shared)
 * @param console the capture of the workers' console lines, wired into the options
 * @param kvPersistTemp whether KV persists in a temporary directory created when the instance
 *     starts and deleted when it closes
 */
public record InstanceConfig(
    MiniflareOptions options, OutboundGuard guard, StorageMode storage, String cacheKey, ConsoleCapture console,
    boolean kvPersistTemp) {

  /** Wires a console capture into the options (keeping their own listener) and returns the result. */
  static InstanceConfig of(MiniflareOptions options, OutboundGuard guard, StorageMode storage, String cacheKey) {
    ConsoleCapture console = new ConsoleCapture(options.console());
    return new InstanceConfig(options.toBuilder().console(console).build(), guard, storage, cacheKey, console, false);
  }

  /** The same configuration with KV persisted in a temporary directory. */
  InstanceConfig withKvPersistTemp() {
    return new InstanceConfig(options, guard, storage, cacheKey, console, true);
  }


  /**
   * The configuration of a programmatic extension: the options as given, guarded if they allow it.
   *
   * @param options the options of the extension's builder
   * @param storage what happens to storage between tests
   * @return the configuration
   */
  public static InstanceConfig programmatic(MiniflareOptions options, StorageMode storage) {
    if (options.outboundService() != null) {
      return of(options, null, storage, null);
    }
    OutboundGuard guard = new OutboundGuard(null);
    return of(options.toBuilder().outboundService(guard).build(), guard, storage, null);
  }
}
