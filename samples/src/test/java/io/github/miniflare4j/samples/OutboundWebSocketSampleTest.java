package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.OutboundHandler;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.websocket.WebSocketConnection;
import io.github.miniflare4j.websocket.WebSocketUpgrade;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An outbound WebSocket: the worker ({@code src/test/resources/outbound-websocket/quotes-worker.js})
 * opens {@code new WebSocket("wss://quotes.example/stream")} to ask for a price. In a {@code
 * @MiniflareTest} that handshake reaches the {@link OutboundHandler} as a {@code GET
 * https://quotes.example/stream} with {@code Upgrade: websocket}; the handler accepts it with
 * {@link WebSocketUpgrade} and plays the quote server on its end of the socket.
 */
@MiniflareTest(workers = @Worker(name = "quotes", scriptPath = "classpath:outbound-websocket/quotes-worker.js"))
class OutboundWebSocketSampleTest {

  static final Map<String, Double> PRICES = Map.of("ACME", 12.5, "GLOBEX", 99.25);

  /** The quote server: answers each subscription with one price; refuses plain HTTP. */
  @OutboundHandler
  static FetchResponse quoteServer(FetchRequest request) {
    if (!request.url().equals("https://quotes.example/stream")) {
      return null; // not ours: fails the test
    }
    if (!WebSocketUpgrade.isRequested(request)) {
      return FetchResponse.text(426, "this endpoint speaks WebSocket only");
    }
    WebSocketUpgrade upgrade = WebSocketUpgrade.accept();
    WebSocketConnection socket = upgrade.connection();
    socket.onMessage(message -> {
      String symbol = message.asText().replaceAll(".*\"subscribe\":\"([A-Z]+)\".*", "$1");
      Double price = PRICES.get(symbol);
      socket.send(price == null
          ? "{\"symbol\":\"" + symbol + "\",\"error\":\"unknown symbol\"}"
          : "{\"symbol\":\"" + symbol + "\",\"price\":" + price + "}");
    });
    return upgrade.response("quotes.v1");
  }

  @Test
  void the_worker_reads_a_price_from_the_upstream_socket(WorkerClient quotes) {
    assertThat(quotes.fetch("/quote/ACME"))
        .hasStatus(200)
        .hasJsonBody("{\"symbol\": \"ACME\", \"price\": 12.5, \"protocol\": \"quotes.v1\"}");
  }

  @Test
  void an_unknown_symbol_comes_back_as_the_upstream_says(WorkerClient quotes) {
    assertThat(quotes.fetch("/quote/INITECH"))
        .hasStatus(200)
        .hasJsonBody("{\"symbol\": \"INITECH\", \"error\": \"unknown symbol\", \"protocol\": \"quotes.v1\"}");
  }
}
