package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import java.io.IOException;
import java.util.List;

/**
 * The HTTP server under a bounded loopback load: hello-world on 127.0.0.1 and a free port, driven
 * by {@link HttpLoadClient} in a JVM of its own (as the Node side's client runs in the node
 * process, apart from workerd's server): {@code rounds} rounds of {@code count} requests after
 * two warm-up rounds, sequential (one keep-alive connection) and 16 in flight (16 connections).
 */
final class HttpLoad {

  private HttpLoad() {}

  /** Reports {@code http.hello.{seq,c16}.{throughput,p50,p99}}. */
  static void run(int count, int rounds) throws IOException, InterruptedException {
    try (Miniflare mf = new Miniflare(Workers.helloServed())) {
      List<String> command = List.of(Bench.javaExecutable(), "-cp", System.getProperty("java.class.path"),
          HttpLoadClient.class.getName(), mf.url().toString(), String.valueOf(count), String.valueOf(rounds));
      int code = new ProcessBuilder(command).inheritIO().start().waitFor();
      if (code != 0) {
        throw new IllegalStateException("the HTTP load client failed with exit code " + code);
      }
    }
  }
}
