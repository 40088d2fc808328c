package io.github.miniflare4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.Miniflare;
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
 * Kills (SIGKILL) a JVM while its worker writes to every persisted store (KV, Durable Object
 * storage, D1, R2, the Cache API), then reopens the directory with a new instance: every store opens, and every
 * write the child acknowledged on its stdout is there. (The Cache API and queues keep their
 * state in memory: nothing of theirs survives a process, crashed or not.)
 */
class PersistedStoresCrashTest {

  static final int KILL_AFTER_ACKS = 60;

  @TempDir Path dir;

  @Test
  void every_acknowledged_write_survives_a_killed_jvm_and_every_store_opens() throws Exception {
    Path root = dir.resolve("persist");
    List<Integer> acked = writeUntilKilled(root);

    try (Miniflare mf = new Miniflare(CrashWriter.options(root))) {
      JsonNode missing = new ObjectMapper().readTree(mf.dispatchFetch("http://localhost/check?n=" + acked.size()).text());

      assertThat(missing.toString())
          .as("acknowledged writes lost by the crash (of %d), by store", acked.size())
          .isEqualTo("{\"kv\":[],\"durableObject\":[],\"d1\":[],\"r2\":[],\"cache\":[]}");
    }
  }

  /** Starts the writer, kills it after {@link #KILL_AFTER_ACKS} acknowledgements, returns them. */
  private List<Integer> writeUntilKilled(Path root) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path stderr = dir.resolve("child-stderr.txt");
    Process child = new ProcessBuilder(java.toString(), "-Xss4m", "-cp", System.getProperty("java.class.path"),
            CrashWriter.class.getName(), root.toString())
        .redirectError(stderr.toFile())
        .start();
    List<Integer> acked = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          acked.add(Integer.parseInt(line.substring(4)));
          if (acked.size() == KILL_AFTER_ACKS) {
            // SIGKILL (no shutdown hooks, no close()), in the middle of the next request's
            // writes; through the handle so that the ACKs already written can still be read
            child.toHandle().destroyForcibly();
          }
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acked)
        .as("acknowledged writes before the kill; child stderr:%n%s", Files.exists(stderr) ? Files.readString(stderr) : "")
        .hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKS);
    assertThat(child.exitValue()).as("the child was killed, not ended").isNotZero();
    for (int i = 0; i < acked.size(); i++) {
      assertThat(acked.get(i)).as("acknowledgements in order").isEqualTo(i);
    }
    return acked;
  }
}
