package io.github.miniflare4j.bench;

/**
 * The HTTP server under a bounded loopback load (keep-alive client; sequential and 16
 * connections). The runtime has no HTTP server yet: the group reports nothing and says so.
 */
final class HttpLoad {

  private HttpLoad() {}

  /** Reports {@code http.hello.{seq,c16}.{throughput,p50,p99}} once the server exists. */
  static void run(int rounds) {
    System.err.println("bench: group http skipped: this build of the runtime has no HTTP server yet");
  }
}
