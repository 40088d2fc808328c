package io.github.miniflare4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A configuration that {@code setOptions} replaced (closed while the instance stays open) refuses
 * a request that read it just before the swap with {@code ERR_DISPOSED}, as it refuses one whose
 * workers closed under it, never with an internal error.
 */
class RunningConfigurationTest {

  @Test
  void aRetiredConfigurationAbandonsRequestsAsDisposed() {
    ExecutorService executor = Executors.newCachedThreadPool();
    try {
      MiniflareOptions options = MiniflareOptions.builder()
          .worker(WorkerOptions.builder().name("w").modules(true).script("export default {}"))
          .build();
      RunningConfiguration configuration = new RunningConfiguration(options, executor, () -> {});
      configuration.close();

      MiniflareException entry = catchThrowableOfType(configuration::entryWorker, MiniflareException.class);
      MiniflareException named = catchThrowableOfType(() -> configuration.worker("w"), MiniflareException.class);

      assertThat(entry.code()).isEqualTo(ErrorCode.ERR_DISPOSED);
      assertThat(entry).hasMessageContaining("replaced by setOptions");
      assertThat(named.code()).isEqualTo(ErrorCode.ERR_DISPOSED);
    } finally {
      executor.shutdownNow();
    }
  }
}
