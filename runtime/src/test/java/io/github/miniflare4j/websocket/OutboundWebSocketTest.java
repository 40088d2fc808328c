package io.github.miniflare4j.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A worker's outbound WebSockets ({@code fetch} with {@code Upgrade: websocket}, {@code new
 * WebSocket(url)}) answered by a Java handler through {@link WebSocketUpgrade}, or by a real
 * server over the network; failed handshakes as workerd reports them.
 */
class OutboundWebSocketTest {

  /** /fetch: fetch-upgrade, send "hi", await two messages; /new: new WebSocket, report its events. */
  static final String CLIENT = """
      function events(ws, count) {
        return new Promise((resolve) => {
          const out = [];
          ws.addEventListener("open", () => { out.push({ open: ws.readyState, protocol: ws.protocol, url: ws.url }); ws.send("from worker"); });
          ws.addEventListener("message", (e) => { out.push({ message: typeof e.data === "string" ? e.data : "bin" + e.data.byteLength }); if (out.length >= count) resolve(out); });
          ws.addEventListener("error", (e) => out.push({ error: e.message, readyState: ws.readyState }));
          ws.addEventListener("close", (e) => { out.push({ close: e.code, reason: e.reason, clean: e.wasClean }); resolve(out); });
        });
      }
      async function t(fn) {
        try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; }
        catch (e) { return { error: { name: e?.name, message: e?.message } }; }
      }
      export default { async fetch(req, env) {
        const u = new URL(req.url);
        const target = u.searchParams.get("to");
        if (u.pathname === "/fetch") {
          const r = await fetch(target, { headers: { Upgrade: "websocket" } });
          if (!r.webSocket) return Response.json({ status: r.status, body: await r.text() });
          const ws = r.webSocket;
          const seen = [];
          const two = new Promise((resolve) => ws.addEventListener("message", (e) => { seen.push(e.data); if (seen.length === 2) resolve(); }));
          ws.accept();
          ws.send("hi");
          await two;
          ws.close(1000, "done");
          return Response.json({ status: r.status, upgrade: r.headers.get("upgrade"), seen });
        }
        if (u.pathname === "/new") {
          const ws = new WebSocket(target, ["chat", "superchat"]);
          const initial = { readyState: ws.readyState, protocol: ws.protocol };
          const early = await t(() => ws.send("too early"));
          const accept = await t(() => ws.accept());
          const out = await events(ws, 3);
          if (ws.readyState === 1) ws.close();
          return Response.json({ initial, early, accept, events: out, readyState: ws.readyState });
        }
        if (u.pathname === "/close-early") {
          const ws = new WebSocket(target);
          ws.close(4000, "before open");
          const afterClose = ws.readyState;
          const seen = [];
          const closed = new Promise((resolve) => {
            ws.addEventListener("open", () => seen.push("open"));
            ws.addEventListener("error", (e) => seen.push(e.message));
            ws.addEventListener("close", (e) => { seen.push(e.code + " " + e.reason); resolve(); });
          });
          await closed;
          return Response.json({ afterClose, seen, readyState: ws.readyState });
        }
        if (u.pathname === "/invalid") {
          return Response.json({
            fragment: await t(() => new WebSocket("ws://x.example/#f")),
            token: await t(() => new WebSocket("ws://x.example/", "bad token")),
            repeated: await t(() => new WebSocket("ws://x.example/", ["a", "a"])),
            scheme: await t(() => new WebSocket("http://x.example/")),
          });
        }
        return Response.json(await t(() => fetch(target).then((r) => r.status)));
      } };
      """;

  private static Miniflare client(FetchHandler outbound) {
    MiniflareOptions.Builder options = MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(3))
        .dispatchTimeout(Duration.ofMinutes(1))
        .worker(WorkerOptions.builder().modules(true).script(CLIENT));
    if (outbound != null) {
      options.outboundService(outbound);
    }
    return new Miniflare(options.build());
  }

  private static JsonNode get(Miniflare mf, String path) {
    return mf.dispatchFetch(FetchRequest.get("http://localhost" + path)).json();
  }

  /** Greets, echoes each message, closes when told "bye". */
  private static FetchResponse echoServer(FetchRequest request) {
    if (!WebSocketUpgrade.isRequested(request)) {
      return FetchResponse.text(426, "expected a WebSocket");
    }
    WebSocketUpgrade upgrade = WebSocketUpgrade.accept();
    WebSocketConnection socket = upgrade.connection();
    socket.send("welcome " + request.url());
    socket.onMessage(message -> socket.send("echo: " + message.asText()));
    String offered = request.header("sec-websocket-protocol");
    return upgrade.response(offered == null ? null : offered.split(",")[0].strip());
  }

  @Test
  void a_java_handler_accepts_a_fetch_upgrade_and_talks_to_the_worker() {
    try (Miniflare mf = client(OutboundWebSocketTest::echoServer)) {
      JsonNode result = get(mf, "/fetch?to=https://chat.example/room");

      assertThat(result.get("status").asInt()).isEqualTo(101);
      assertThat(result.get("upgrade").asText()).isEqualTo("websocket");
      assertThat(result.get("seen")).extracting(JsonNode::asText)
          .containsExactly("welcome https://chat.example/room", "echo: hi");
    }
  }

  @Test
  void a_java_handler_sees_the_close_of_the_worker() {
    List<CloseStatus> closes = new CopyOnWriteArrayList<>();
    FetchHandler recording = request -> {
      WebSocketUpgrade upgrade = WebSocketUpgrade.accept();
      WebSocketConnection socket = upgrade.connection();
      socket.onMessage(m -> socket.send("echo: " + m.asText()));
      socket.send("welcome");
      socket.closed().thenAccept(closes::add);
      return upgrade.response();
    };
    try (Miniflare mf = client(recording)) {
      get(mf, "/fetch?to=https://chat.example/");
    }
    assertThat(closes).containsExactly(new CloseStatus(1000, "done"));
  }

  @Test
  void close_while_connecting_gives_up_the_connection_before_the_handshake() {
    List<FetchRequest> handshakes = new CopyOnWriteArrayList<>();
    FetchHandler recording = request -> {
      handshakes.add(request);
      return WebSocketUpgrade.accept().response();
    };
    try (Miniflare mf = client(recording)) {
      JsonNode result = get(mf, "/close-early?to=ws://chat.example/");

      // as workerd (recorded): OPEN right after close(), then the failure of a lost connection
      assertThat(result.get("afterClose").asInt()).isEqualTo(1);
      assertThat(result.get("seen").toString())
          .isEqualTo("[\"Uncaught Error: Network connection lost.\",\"1006 Failed to establish websocket connection\"]");
      assertThat(result.get("readyState").asInt()).isEqualTo(3);
    }
    assertThat(handshakes).isEmpty();
  }

  @Test
  void new_websocket_opens_through_the_handler_with_the_chosen_protocol() {
    List<FetchRequest> seen = new CopyOnWriteArrayList<>();
    try (Miniflare mf = client(request -> {
      seen.add(request);
      return echoServer(request);
    })) {
      JsonNode result = get(mf, "/new?to=wss://chat.example/live?x=1");

      assertThat(result.get("initial").toString()).isEqualTo("{\"readyState\":0,\"protocol\":\"\"}");
      assertThat(result.get("early").toString()).contains(
          "You must call one of accept() or state.acceptWebSocket() on this WebSocket before sending messages.");
      assertThat(result.get("accept").toString()).contains(
          "Websockets obtained from the 'new WebSocket()' constructor cannot call accept");
      assertThat(result.get("events").toString()).isEqualTo("[{\"open\":1,\"protocol\":\"chat\",\"url\":\"wss://chat.example/live?x=1\"},"
          + "{\"message\":\"welcome https://chat.example/live?x=1\"},{\"message\":\"echo: from worker\"}]");
      assertThat(result.get("readyState").asInt()).isEqualTo(2);
    }
    assertThat(seen).singleElement().satisfies(request -> {
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.url()).isEqualTo("https://chat.example/live?x=1");
      assertThat(request.header("upgrade")).isEqualTo("websocket");
      assertThat(request.header("sec-websocket-protocol")).isEqualTo("chat, superchat");
    });
  }

  @Test
  void a_handshake_answered_without_101_fails_new_websocket_and_passes_through_fetch() {
    try (Miniflare mf = client(request -> FetchResponse.text(400, "no sockets here"))) {
      JsonNode opened = get(mf, "/new?to=ws://plain.example/");
      JsonNode fetched = get(mf, "/fetch?to=http://plain.example/");

      assertThat(opened.get("events").toString()).isEqualTo("[{\"error\":\"Uncaught TypeError: Failed to establish the WebSocket "
          + "connection: expected server to reply with HTTP status code 101 (switching protocols), but received 400 instead.\","
          + "\"readyState\":3},{\"close\":1006,\"reason\":\"Failed to establish websocket connection\",\"clean\":false}]");
      assertThat(opened.get("readyState").asInt()).isEqualTo(3);
      assertThat(fetched.toString()).isEqualTo("{\"status\":400,\"body\":\"no sockets here\"}");
    }
  }

  @Test
  void a_failing_handler_fails_new_websocket_with_its_message() {
    try (Miniflare mf = client(request -> {
      throw new IllegalStateException("chat service down");
    })) {
      JsonNode opened = get(mf, "/new?to=ws://down.example/");

      assertThat(opened.get("events").get(0).get("error").asText()).isEqualTo("Uncaught Error: chat service down");
      assertThat(opened.get("events").get(1).get("close").asInt()).isEqualTo(1006);
    }
  }

  @Test
  void a_java_service_binding_can_answer_with_a_websocket_too() {
    String worker = """
        export default { async fetch(req, env) {
          const r = await env.CHAT.fetch("http://chat/", { headers: { Upgrade: "websocket" } });
          const ws = r.webSocket;
          const first = new Promise((resolve) => ws.addEventListener("message", (e) => resolve(e.data), { once: true }));
          ws.accept();
          const greeting = await first;
          ws.close(1000, "bye");
          return new Response(r.status + " " + greeting);
        } };
        """;
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(3))
        .worker(WorkerOptions.builder().modules(true).script(worker).serviceBinding("CHAT", OutboundWebSocketTest::echoServer))
        .build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("101 welcome http://chat/");
    }
  }

  @Test
  void invalid_urls_and_protocols_throw_workerds_errors() {
    try (Miniflare mf = client(null)) {
      JsonNode result = get(mf, "/invalid");

      assertThat(result.get("fragment").toString()).isEqualTo(
          "{\"error\":{\"name\":\"SyntaxError\",\"message\":\"WebSocket Constructor: The url fragment must be empty.\"}}");
      assertThat(result.get("token").toString()).isEqualTo(
          "{\"error\":{\"name\":\"SyntaxError\",\"message\":\"WebSocket Constructor: The protocol header token is invalid.\"}}");
      assertThat(result.get("repeated").toString()).isEqualTo(
          "{\"error\":{\"name\":\"SyntaxError\",\"message\":\"WebSocket Constructor: The protocols header cannot have repeating values.\"}}");
      assertThat(result.get("scheme").toString()).isEqualTo(
          "{\"error\":{\"name\":\"SyntaxError\",\"message\":\"WebSocket Constructor: The url scheme must be ws or wss.\"}}");
    }
  }

  @Test
  void real_servers_are_reached_over_the_network() {
    try (Miniflare server = new Miniflare(MiniflareOptions.builder().port(0).startupTimeout(Duration.ofMinutes(3))
            .worker(WorkerOptions.builder().modules(true).script(WebSocketHttpServerTest.ECHO)).build());
        Miniflare mf = client(null)) {
      String ws = "ws://127.0.0.1:" + server.port() + "/";

      JsonNode opened = get(mf, "/new?to=" + ws);
      JsonNode fetched = get(mf, "/fetch?to=http://127.0.0.1:" + server.port() + "/");
      JsonNode plain = get(mf, "/fetch?to=http://127.0.0.1:" + server.port() + "/");

      assertThat(opened.get("events").toString()).isEqualTo("[{\"open\":1,\"protocol\":null,\"url\":\"" + ws + "\"},"
          + "{\"message\":\"welcome\"},{\"message\":\"echo:from worker\"}]");
      assertThat(fetched.get("seen")).extracting(JsonNode::asText).containsExactly("welcome", "echo:hi");
      assertThat(plain.get("status").asInt()).isEqualTo(101);
    }
  }

  @Test
  void unreachable_servers_fail_with_network_connection_lost() {
    try (Miniflare mf = client(null)) {
      JsonNode opened = get(mf, "/new?to=ws://127.0.0.1:1/");
      JsonNode fetched = get(mf, "/plain?to=http://127.0.0.1:1/");

      assertThat(opened.get("events").toString()).isEqualTo("[{\"error\":\"Uncaught Error: Network connection lost.\",\"readyState\":3},"
          + "{\"close\":1006,\"reason\":\"Failed to establish websocket connection\",\"clean\":false}]");
      assertThat(fetched.toString()).isEqualTo("{\"error\":{\"name\":\"Error\",\"message\":\"Network connection lost.\"}}");
    }
  }
}
