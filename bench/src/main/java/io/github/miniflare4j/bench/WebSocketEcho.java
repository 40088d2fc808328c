package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.websocket.WebSocketConnection;
import io.github.miniflare4j.websocket.WebSocketMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code websocket} group: round trips over one WebSocket to a worker that echoes every
 * message ({@code workers/websocket.js}), opened through {@code dispatchFetch}: {@code rounds}
 * rounds of {@code count} sequential round trips after two warm-up rounds.
 */
final class WebSocketEcho {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private WebSocketEcho() {}

  /** Reports {@code websocket.echo.seq.{throughput,p50,p99}}. */
  static void run(int count, int rounds) {
    MiniflareOptions options = MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("echo").modules(true).script(Workers.code("websocket.js")))
        .build();
    try (Miniflare mf = new Miniflare(options)) {
      WebSocketConnection socket = mf.dispatchFetch(
          FetchRequest.builder("http://localhost/").header("upgrade", "websocket").build()).webSocket();
      if (socket == null) {
        throw new IllegalStateException("the echo worker did not answer with a WebSocket");
      }
      for (int i = 0; i < 2; i++) {
        round(socket, count, new ArrayList<>());
      }
      List<Double> rates = new ArrayList<>();
      List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
      for (int i = 0; i < rounds; i++) {
        rates.add(round(socket, count, latencies));
      }
      socket.close(1000, "done");
      Figures.Stats r = Figures.Stats.of(rates);
      Figures.Stats l = Figures.Stats.of(latencies);
      Figures.emit("websocket.echo.seq.throughput", r.median(), r.min(), r.max(), "req/s");
      Figures.emit("websocket.echo.seq.p50", l.p50(), "ms");
      Figures.emit("websocket.echo.seq.p99", l.p99(), "ms");
    }
  }

  /** One round of sequential round trips; returns round trips per second. */
  private static double round(WebSocketConnection socket, int count, List<Double> latencies) {
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      String message = "ping " + i;
      long t = System.nanoTime();
      socket.send(message);
      String echoed = socket.nextMessage(WAIT).map(WebSocketMessage::asText).orElse(null);
      if (!message.equals(echoed)) {
        throw new IllegalStateException("sent " + message + ", received " + echoed);
      }
      latencies.add(Figures.millisSince(t));
    }
    return count / (Figures.millisSince(start) / 1000);
  }
}
