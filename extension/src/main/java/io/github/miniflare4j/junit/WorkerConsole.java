package io.github.miniflare4j.junit;

import java.util.List;

/**
 * What the workers wrote with {@code console.*} during the current test (the capture starts
 * empty before each test). Injected as a parameter; thread-safe.
 *
 * <pre>{@code
 * @Test
 * void logs_the_cache_miss(WorkerClient api, WorkerConsole console) {
 *   api.fetch("/users/1");
 *   assertThat(console.messages("api")).contains("cache miss: users/1");
 * }
 * }</pre>
 */
public interface WorkerConsole {

  /**
   * Every line of every worker, in order.
   *
   * @return an immutable list of the lines captured since the test started
   */
  List<ConsoleLine> lines();

  /**
   * The messages of every worker, in order.
   *
   * @return an immutable list
   */
  default List<String> messages() {
    return lines().stream().map(ConsoleLine::message).toList();
  }

  /**
   * The messages of one worker, in order.
   *
   * @param worker the worker's name ({@code ""} for an unnamed worker)
   * @return an immutable list
   */
  default List<String> messages(String worker) {
    return lines().stream().filter(l -> l.worker().equals(worker)).map(ConsoleLine::message).toList();
  }

  /** Forgets the lines captured so far. */
  void clear();
}
