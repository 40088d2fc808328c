package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.websocket.CloseStatus;
import io.github.miniflare4j.websocket.WebSocketConnection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The WebSocket client of {@link WorkerClient}: connect, send, await the next message, close. */
@MiniflareTest(workers = @Worker(name = "chat", script = WebSocketClientTest.SCRIPT))
class WebSocketClientTest {

  static final String SCRIPT = """
      export default { fetch(req) {
        if (new URL(req.url).pathname === "/plain") return new Response("plain");
        const [client, server] = Object.values(new WebSocketPair());
        server.accept();
        server.addEventListener("message", (e) => server.send("you said " + e.data));
        server.addEventListener("close", (e) => server.close(e.code, "ok " + e.reason));
        return new Response(null, { status: 101, webSocket: client });
      } };
      """;

  @Test
  void connects_sends_and_awaits_the_reply(WorkerClient chat) throws Exception {
    WebSocketConnection ws = chat.connectWebSocket("/room");
    ws.send("hi");
    assertThat(ws.nextMessage(Duration.ofSeconds(30)).orElseThrow().asText()).isEqualTo("you said hi");
    ws.close(1000, "done");
    assertThat(ws.closed().get(30, TimeUnit.SECONDS)).isEqualTo(new CloseStatus(1000, "ok done"));
  }

  @Test
  void a_worker_that_answers_without_a_socket_is_a_clear_failure(WorkerClient chat) {
    assertThatThrownBy(() -> chat.connectWebSocket("/plain"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("/plain")
        .hasMessageContaining("200: plain");
  }
}
