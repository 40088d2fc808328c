package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A body streamed from one worker to another: one chunk in flight, the reader's cancel heard by
 * the producer before its write fails, a failure after the chunks sent before it.
 */
class WorkerBodyPipeTest {

  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(CompletableFuture<ByteBuffer> read) {
    ByteBuffer buffer = read.join();
    return buffer == null ? null : StandardCharsets.UTF_8.decode(buffer).toString();
  }

  @Test
  void a_write_completes_only_once_the_reader_took_the_chunk() {
    WorkerBodyPipe pipe = new WorkerBodyPipe();
    CompletableFuture<Void> written = pipe.write(bytes("a"));
    assertThat(written).isNotDone();
    assertThat(text(pipe.read())).isEqualTo("a");
    assertThat(written).isCompleted();
  }

  @Test
  void a_waiting_read_gets_the_next_chunk_and_the_end() {
    WorkerBodyPipe pipe = new WorkerBodyPipe();
    CompletableFuture<ByteBuffer> first = pipe.read();
    assertThat(first).isNotDone();
    assertThat(pipe.write(bytes("b"))).isCompleted();
    assertThat(text(first)).isEqualTo("b");
    CompletableFuture<ByteBuffer> last = pipe.read();
    pipe.end();
    assertThat(last.join()).isNull();
  }

  @Test
  void a_cancel_tells_the_producer_before_its_pending_write_fails() {
    WorkerBodyPipe pipe = new WorkerBodyPipe();
    List<String> seen = new ArrayList<>();
    pipe.onCancel(() -> seen.add("cancelled"));
    CompletableFuture<Void> pending = pipe.write(bytes("c"));
    pending.whenComplete((ok, error) -> seen.add("write failed: " + error.getMessage()));
    pipe.cancel();
    assertThat(seen).containsExactly("cancelled", "write failed: " + WorkerBodyPipe.CONNECTION_LOST);
    assertThat(pipe.write(bytes("d"))).isCompletedExceptionally();
  }

  @Test
  void a_failure_reaches_the_reader_after_the_chunks_before_it_with_the_described_error() {
    WorkerBodyPipe pipe = new WorkerBodyPipe();
    pipe.write(bytes("e"));
    pipe.abort("TypeError: boom", new String[] {"TypeError", "boom", "", "", ""});
    assertThat(text(pipe.read())).isEqualTo("e");
    assertThat(pipe.read()).isCompletedExceptionally();
    assertThat(pipe.failure()).containsExactly("TypeError", "boom", "", "", "");
  }
}
