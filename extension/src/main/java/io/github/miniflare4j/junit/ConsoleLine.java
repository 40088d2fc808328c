package io.github.miniflare4j.junit;

/**
 * One line a worker wrote with {@code console.*}.
 *
 * @param worker the worker's name
 * @param level {@code "info"} (also {@code console.log}), {@code "warn"}, {@code "error"} or
 *     {@code "debug"}
 * @param message the formatted line
 */
public record ConsoleLine(String worker, String level, String message) {

  @Override
  public String toString() {
    return "[" + worker + "] " + level + ": " + message;
  }
}
