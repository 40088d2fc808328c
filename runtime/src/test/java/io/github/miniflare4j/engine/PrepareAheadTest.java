package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link Miniflare#prepareInBackground()} prepares the JVM's first worker Context ahead, and the
 * first instance takes it (waiting for it when it is not ready yet). Each case runs in a fresh JVM
 * ({@link #main}), since only a JVM's first start can take it.
 */
class PrepareAheadTest {

  @Test
  void theFirstInstanceTakesTheContextPreparedAhead() throws Exception {
    assertThat(runChild()).isEqualTo("ok took-ahead=1");
  }

  @Test
  void theSystemPropertyTurnsPreparingAheadOff() throws Exception {
    assertThat(runChild("-Dminiflare4j.prepareAhead=false")).isEqualTo("ok took-ahead=0");
  }

  @Test
  void withoutTheCallTheFirstInstanceBuildsItsOwnContext() throws Exception {
    assertThat(runChild("-Dminiflare4j.prepareAheadProbe.call=false")).isEqualTo("ok took-ahead=0");
  }

  /** The child: asks for preparing ahead (unless told not to), then starts one instance at once. */
  public static void main(String[] args) {
    if (Boolean.parseBoolean(System.getProperty("miniflare4j.prepareAheadProbe.call", "true"))) {
      Miniflare.prepareInBackground();
    }
    MiniflareOptions options = MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script("export default { fetch() { return new Response('ok'); } };"))
        .build();
    try (Miniflare mf = new Miniflare(options)) {
      System.out.println(mf.dispatchFetch("http://localhost/").text() + " took-ahead=" + SpareContexts.takenAhead());
    }
    System.exit(0);
  }

  private static String runChild(String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss4m"));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), PrepareAheadTest.class.getName()));
    Process child = new ProcessBuilder(command).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(child.exitValue()).as("exit code; output: " + out).isZero();
    return out;
  }
}
