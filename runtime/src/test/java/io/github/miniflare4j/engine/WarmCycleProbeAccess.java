package io.github.miniflare4j.engine;

import io.github.miniflare4j.MiniflareOptions;
import java.nio.file.Path;

/** What the warm-start profiles outside this package need of {@link WarmCycleProbe} and the spare pool. */
public final class WarmCycleProbeAccess {

  private WarmCycleProbeAccess() {}

  /** The bench's hello-world or two-worker example, read from the bench's workers directory. */
  public static MiniflareOptions options(Path dir, String kind) throws Exception {
    return WarmCycleProbe.options(dir, kind);
  }

  /** Waits (up to 5 s) until the spare pool holds as many Contexts as it keeps. */
  public static void awaitSpares() throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (SpareContexts.ready() < SpareContexts.target() && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
  }
}
