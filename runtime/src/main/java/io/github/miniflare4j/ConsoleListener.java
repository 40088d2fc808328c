package io.github.miniflare4j;

/**
 * Receives every line a worker writes with {@code console.*}, in addition to the worker's SLF4J
 * logger. Set with {@link MiniflareOptions.Builder#console(ConsoleListener)}; the JUnit extension
 * uses it to capture output per test. Called on the worker's event-loop thread: return quickly
 * and never call back into the instance.
 */
@FunctionalInterface
public interface ConsoleListener {

  /**
   * One console line.
   *
   * @param worker the worker's name ({@code ""} when unnamed)
   * @param level {@code "info"} (also for {@code console.log}), {@code "warn"}, {@code "error"} or
   *     {@code "debug"} (also for {@code console.trace})
   * @param message the formatted line
   */
  void onConsole(String worker, String level, String message);
}
