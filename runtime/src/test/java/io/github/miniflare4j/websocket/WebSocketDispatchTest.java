package io.github.miniflare4j.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A worker's WebSocket reached from Java through dispatchFetch: directly, through a service
 * binding to another worker, and through a Durable Object's stub.
 */
class WebSocketDispatchTest {

  /** Echoes text as "echo:<text>", reverses binary messages, closes with 4001 on "close". */
  static final String ECHO = """
      function echo(server, name) {
        server.addEventListener("message", (e) => {
          if (e.data === "close") { server.close(4001, "bye from " + name); return; }
          if (typeof e.data === "string") server.send("echo:" + e.data + " by " + name);
          else server.send(new Uint8Array([...new Uint8Array(e.data)].reverse()));
        });
      }
      function upgrade(req, name) {
        if (req.headers.get("upgrade") !== "websocket") return new Response("no upgrade", { status: 426 });
        const [client, server] = Object.values(new WebSocketPair());
        server.accept();
        server.send("hello from " + name); // sent before the client is connected: waits for it
        echo(server, name);
        return new Response(null, { status: 101, webSocket: client, headers: { "x-by": name } });
      }
      """;

  static final String MAIN = ECHO + """
      import { DurableObject } from "cloudflare:workers";
      export class Room extends DurableObject { fetch(req) { return upgrade(req, "room"); } }
      export default {
        async fetch(req, env) {
          const path = new URL(req.url).pathname;
          if (path === "/direct") return upgrade(req, "main");
          if (path === "/close-report") {
            const [client, server] = Object.values(new WebSocketPair());
            server.accept();
            server.addEventListener("close", (e) => server.close(4000, e.code + "|" + e.reason));
            return new Response(null, { status: 101, webSocket: client });
          }
          if (path === "/object") return env.ROOM.getByName("r").fetch(req);
          if (path === "/binding") {
            const resp = await env.OTHER.fetch("http://other/", { headers: { Upgrade: "websocket" } });
            const ws = resp.webSocket;
            ws.accept();
            const got = [];
            const done = new Promise((resolve) => ws.addEventListener("close", (e) => resolve(e)));
            ws.addEventListener("message", (e) => { got.push(e.data); if (got.length === 2) ws.send("close"); });
            ws.send("ping");
            const closed = await done;
            return Response.json({ status: resp.status, by: resp.headers.get("x-by"), got, code: closed.code, reason: closed.reason });
          }
          return new Response("?", { status: 404 });
        }
      };
      """;

  static final String OTHER = ECHO + "export default { fetch(req) { return upgrade(req, 'other'); } };";

  static Miniflare mf;

  @BeforeAll
  static void start() {
    mf = new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(3)).dispatchTimeout(Duration.ofMinutes(2))
        .worker(WorkerOptions.builder().name("main").modules(true).script(MAIN)
            .durableObject("ROOM", "Room").serviceBinding("OTHER", "other"))
        .worker(WorkerOptions.builder().name("other").modules(true).script(OTHER))
        .build());
  }

  @AfterAll
  static void stop() {
    mf.close();
  }

  private static FetchResponse upgrade(String path) {
    return mf.dispatchFetch(FetchRequest.builder("http://localhost" + path).header("upgrade", "websocket").build());
  }

  private static String nextText(WebSocketConnection ws) {
    return ws.nextMessage(Duration.ofSeconds(10)).orElseThrow().asText();
  }

  @Test
  void dispatch_fetch_returns_the_101_with_handshake_headers_and_a_socket_to_talk_to() throws Exception {
    FetchResponse response = upgrade("/direct");
    assertThat(response.status()).isEqualTo(101);
    assertThat(response.header("upgrade")).isEqualTo("websocket");
    assertThat(response.header("sec-websocket-extensions")).isEqualTo("permessage-deflate; client_max_window_bits=15");
    assertThat(response.header("x-by")).isEqualTo("main");
    WebSocketConnection ws = response.webSocket();
    assertThat(nextText(ws)).isEqualTo("hello from main");
    ws.send("ping");
    assertThat(nextText(ws)).isEqualTo("echo:ping by main");
    ws.send(new byte[] {1, 2, 3});
    WebSocketMessage binary = ws.nextMessage(Duration.ofSeconds(10)).orElseThrow();
    assertThat(binary.isText()).isFalse();
    assertThat(binary.bytes()).containsExactly(3, 2, 1);
    ws.send("close");
    assertThat(ws.closed().get(10, TimeUnit.SECONDS)).isEqualTo(new CloseStatus(4001, "bye from main"));
    assertThat(ws.nextMessage(Duration.ofSeconds(1))).isEmpty();
  }

  @Test
  void listeners_see_every_message_and_closing_from_java_reaches_the_worker() {
    WebSocketConnection ws = upgrade("/direct").webSocket();
    List<String> heard = new CopyOnWriteArrayList<>();
    ws.onMessage((m) -> heard.add(m.asText()));
    assertThat(nextText(ws)).isEqualTo("hello from main");
    ws.send("a");
    assertThat(nextText(ws)).isEqualTo("echo:a by main");
    assertThat(heard).contains("echo:a by main");
    ws.close(1000, "done");
    assertThatThrownBy(() -> ws.send("late")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("after close()");
    assertThatThrownBy(() -> ws.close(1005, "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1005");
  }

  /** A Vitest test's {@code ws.close()} without a code: the worker's close event has 1005 and no reason. */
  @Test
  void closing_from_java_without_a_code_reaches_the_worker_as_1005() throws Exception {
    WebSocketConnection ws = upgrade("/close-report").webSocket();

    ws.close();
    ws.close();

    assertThat(ws.closed().get(10, TimeUnit.SECONDS)).isEqualTo(new CloseStatus(4000, "1005|"));
    assertThatThrownBy(() -> ws.send("late")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("after close()");
  }

  @Test
  void a_plain_response_has_no_socket() {
    FetchResponse response = mf.dispatchFetch("http://localhost/direct");
    assertThat(response.status()).isEqualTo(426);
    assertThat(response.webSocket()).isNull();
    assertThat(response.header("upgrade")).isNull();
  }

  @Test
  void a_socket_returned_through_a_service_binding_talks_to_the_other_worker() {
    FetchResponse response = mf.dispatchFetch("http://localhost/binding");
    assertThat(response.json().toString()).isEqualTo(
        "{\"status\":101,\"by\":\"other\",\"got\":[\"hello from other\",\"echo:ping by other\"],\"code\":4001,\"reason\":\"bye from other\"}");
  }

  @Test
  void a_durable_objects_socket_reaches_java_through_the_calling_worker() throws Exception {
    FetchResponse response = upgrade("/object");
    assertThat(response.status()).isEqualTo(101);
    assertThat(response.header("x-by")).isEqualTo("room");
    WebSocketConnection ws = response.webSocket();
    assertThat(nextText(ws)).isEqualTo("hello from room");
    ws.send("ping");
    assertThat(nextText(ws)).isEqualTo("echo:ping by room");
    ws.send("close");
    assertThat(ws.closed().get(10, TimeUnit.SECONDS)).isEqualTo(new CloseStatus(4001, "bye from room"));
  }
}
