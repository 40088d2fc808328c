package io.github.miniflare4j.junit;

import io.github.miniflare4j.Miniflare;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Restarts the instance of the current test: closes it and starts a new one from the same
 * options, on the same persistence directories and the same clock. With {@link
 * MiniflareTest#kvPersist()} the new instance sees what the old one stored, as after a
 * redeploy; without it, storage starts empty. Injected as a parameter.
 *
 * <pre>{@code
 * @MiniflareTest(workers = @Worker(...), kvPersist = MiniflareTest.TEMP_DIR)
 * class NotesTest {
 *   @Test
 *   void notes_survive_a_restart(WorkerClient api, MiniflareRestarter restarter) {
 *     api.put("/notes/1").body("hello").send();
 *     restarter.restart();
 *     assertThat(api.fetch("/notes/1")).hasBody("hello");
 *   }
 * }
 * }</pre>
 *
 * <p>{@link WorkerClient}s follow the restart. Other handles injected before it ({@link
 * Miniflare}, {@code KvNamespace}, {@code DurableObjectNamespace}, RPC proxies) belong to the
 * closed instance: take new ones from the returned {@link Miniflare}. The next test starts from
 * the class's baseline as usual. A {@link MiniflareTest#shared() shared} instance cannot be
 * restarted.
 */
public interface MiniflareRestarter {

  /**
   * Closes the instance and starts a new one on the same options.
   *
   * @return the new instance
   * @throws IllegalStateException for a shared instance
   * @throws io.github.miniflare4j.MiniflareException when the new instance fails to start
   */
  Miniflare restart();

  /**
   * The directory KV namespaces persist under.
   *
   * @return the directory, or empty when KV is kept in memory
   */
  Optional<Path> kvPersistDirectory();
}
