package io.github.miniflare4j.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real WebSocket client (java.net.http) upgrading through the HTTP server to a worker's socket. */
class WebSocketHttpServerTest {

  static final String ECHO = """
      export default { fetch(req) {
        if (req.headers.get("upgrade") !== "websocket") return new Response("plain");
        const [client, server] = Object.values(new WebSocketPair());
        server.accept();
        server.send("welcome");
        server.addEventListener("message", (e) => {
          if (e.data === "bye") { server.close(4000, "bye"); return; }
          if (typeof e.data === "string") server.send("echo:" + e.data);
          else server.send(new Uint8Array([...new Uint8Array(e.data)].reverse()));
        });
        return new Response(null, { status: 101, webSocket: client, headers: { "x-worker": "echo" } });
      } };
      """;

  static Miniflare mf;

  @BeforeAll
  static void start() {
    mf = new Miniflare(MiniflareOptions.builder().port(0).startupTimeout(Duration.ofMinutes(3))
        .worker(WorkerOptions.builder().modules(true).script(ECHO)).build());
  }

  @AfterAll
  static void stop() {
    mf.close();
  }

  /** Collects what the server sends: texts, binary messages as "bin:<bytes>", the close as "close:<code>:<reason>". */
  static final class Collector implements java.net.http.WebSocket.Listener {
    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(java.net.http.WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        received.add(text.toString());
        text.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(java.net.http.WebSocket ws, ByteBuffer data, boolean last) {
      byte[] bytes = new byte[data.remaining()];
      data.get(bytes);
      received.add("bin:" + java.util.Arrays.toString(bytes));
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(java.net.http.WebSocket ws, int code, String reason) {
      received.add("close:" + code + ":" + reason);
      return null;
    }

    String next() throws InterruptedException {
      String value = received.poll(30, TimeUnit.SECONDS);
      assertThat(value).as("a message within 30 s").isNotNull();
      return value;
    }
  }

  @Test
  void a_websocket_client_talks_to_the_workers_socket() throws Exception {
    Collector collector = new Collector();
    URI uri = URI.create("ws://127.0.0.1:" + mf.port() + "/chat");
    java.net.http.WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(uri, collector).get(60, TimeUnit.SECONDS);
    assertThat(collector.next()).isEqualTo("welcome");
    ws.sendText("hi", true).get(10, TimeUnit.SECONDS);
    assertThat(collector.next()).isEqualTo("echo:hi");
    ws.sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3}), true).get(10, TimeUnit.SECONDS);
    assertThat(collector.next()).isEqualTo("bin:[3, 2, 1]");
    ws.sendText("b", false).get(10, TimeUnit.SECONDS);
    ws.sendText("ye", true).get(10, TimeUnit.SECONDS);
    assertThat(collector.next()).isEqualTo("close:4000:bye");
  }

  @Test
  void a_client_closing_first_leaves_plain_requests_answered() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    CompletableFuture<java.net.http.WebSocket> opened = client.newWebSocketBuilder()
        .buildAsync(URI.create("ws://127.0.0.1:" + mf.port() + "/"), new Collector());
    java.net.http.WebSocket ws = opened.get(60, TimeUnit.SECONDS);
    ws.sendClose(1000, "done").get(10, TimeUnit.SECONDS);
    HttpResponse<String> plain = client.send(
        java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mf.port() + "/")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(plain.body()).isEqualTo("plain");
  }
}
