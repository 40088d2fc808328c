package io.github.miniflare4j.kv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a JVM while its worker is writing to a persisted namespace, then reopens the
 * directory: every {@code put} the child acknowledged on its stdout must be there.
 */
class KvCrashTest {

  static final int KILL_AFTER_ACKS = 150;

  @TempDir Path dir;

  @Test
  void every_acknowledged_put_survives_a_killed_jvm() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path stderr = dir.resolve("child-stderr.txt");
    Process child = new ProcessBuilder(java.toString(), "-Xss4m", "-cp", System.getProperty("java.class.path"),
            KvCrashWriter.class.getName(), dir.resolve("kv").toString())
        .redirectError(stderr.toFile())
        .start();
    List<Integer> acked = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          acked.add(Integer.parseInt(line.substring(4)));
          if (acked.size() == KILL_AFTER_ACKS) {
            // SIGKILL (no shutdown hooks, no close()); through the handle so that our end of the
            // pipe stays open and the ACKs already written can still be read
            child.toHandle().destroyForcibly();
          }
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acked)
        .as("acknowledged puts before the kill; child stderr:%n%s", Files.exists(stderr) ? Files.readString(stderr) : "")
        .hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKS);
    assertThat(child.exitValue()).as("the child was killed, not ended").isNotZero();

    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .kvPersist(dir.resolve("kv"))
        .worker(WorkerOptions.builder().modules(true).script(KvCrashWriter.WORKER).kvNamespace("KV", "crash"))
        .build())) {
      KvNamespace kv = mf.getKVNamespace("KV");
      List<String> missing = new ArrayList<>();
      for (int i : acked) {
        if (!("value-key-" + i).equals(kv.get("key-" + i))) {
          missing.add("key-" + i);
        }
      }
      assertThat(missing).as("acknowledged puts lost by the crash (of %d)", acked.size()).isEmpty();
    }
  }
}
