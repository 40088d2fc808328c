package io.github.miniflare4j.queues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.config.WranglerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrangler's {@code queues.producers} and {@code queues.consumers}. */
class QueuesWranglerTest {

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.js"), "export default { queue() {} }");
    Path file = dir.resolve("wrangler.toml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void producers_and_consumers_become_declarations() throws IOException {
    Path file = write("""
        name = "orders"
        main = "src/index.js"

        [[queues.producers]]
        binding = "ORDERS"
        queue = "orders-queue"
        delivery_delay = 5

        [[queues.consumers]]
        queue = "orders-queue"
        max_batch_size = 10
        max_batch_timeout = 2.5
        max_retries = 4
        retry_delay = 30
        dead_letter_queue = "orders-dlq"
        max_concurrency = 3
        """);

    assertThat(WranglerConfig.load(file).workerOptions().declarations()).containsExactly(
        new QueueProducerBinding("ORDERS", "orders-queue", 5),
        new QueueConsumer("orders-queue", 10, 2.5, 4, 30, "orders-dlq"));
  }

  @Test
  void a_consumer_without_queue_is_refused_at_its_line() throws IOException {
    Path file = write("""
        name = "orders"
        main = "src/index.js"

        [[queues.consumers]]
        max_batch_size = 10
        """);

    assertThatThrownBy(() -> WranglerConfig.load(file))
        .hasMessageStartingWith(file + ":4:")
        .hasMessageContaining("\"queues.consumers[0]\" should have a string \"queue\" field");
  }
}
