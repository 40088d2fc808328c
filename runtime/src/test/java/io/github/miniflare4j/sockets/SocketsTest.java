package io.github.miniflare4j.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code connect()} from {@code cloudflare:sockets} against a Java TCP server. */
class SocketsTest {

  private static final String WORKER = """
      import { connect } from "cloudflare:sockets";
      export default { async fetch(req) {
        const url = new URL(req.url);
        const address = url.searchParams.get("address");
        const halfOpen = url.searchParams.has("halfOpen");
        const socket = connect(address, { allowHalfOpen: halfOpen });
        const info = await socket.opened;
        const writer = socket.writable.getWriter();
        await writer.write(new TextEncoder().encode(url.searchParams.get("say") ?? "hello"));
        if (url.searchParams.has("end")) await writer.close();
        const reader = socket.readable.getReader();
        let text = "";
        const decoder = new TextDecoder();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          text += decoder.decode(value, { stream: true });
          if (!url.searchParams.has("end")) break;
        }
        if (!url.searchParams.has("end")) await socket.close();
        await socket.closed;
        return Response.json({ text, remote: info.remoteAddress, secure: socket.secureTransport });
      } };
      """;

  private static Miniflare start() {
    return new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(WORKER).compatibilityDate("2025-01-01")).build());
  }

  @Test
  void a_worker_talks_to_a_java_echo_server_and_closes_the_socket() throws Exception {
    try (TcpTestServer echo = new TcpTestServer(TcpTestServer.ECHO); Miniflare mf = start()) {
      String body = mf.dispatchFetch("http://x/?address=127.0.0.1:" + echo.port() + "&say=ping").text();
      assertThat(body).isEqualTo("{\"text\":\"ping\",\"remote\":\"127.0.0.1:" + echo.port() + "\",\"secure\":\"off\"}");
    }
  }

  @Test
  void closing_the_writable_side_lets_the_server_finish_and_closed_resolve() throws Exception {
    try (TcpTestServer echo = new TcpTestServer(TcpTestServer.ECHO); Miniflare mf = start()) {
      String body = mf.dispatchFetch("http://x/?address=localhost:" + echo.port() + "&say=one%20two&end").text();
      assertThat(body).contains("\"text\":\"one two\"");
    }
  }

  @Test
  void a_server_that_answers_and_hangs_up_ends_the_readable_stream() throws Exception {
    TcpTestServer.Protocol greet = (in, out) -> {
      in.read(new byte[16]);
      out.write("HELLO FROM JAVA".getBytes(StandardCharsets.UTF_8));
    };
    try (TcpTestServer server = new TcpTestServer(greet); Miniflare mf = start()) {
      String body = mf.dispatchFetch("http://x/?address=127.0.0.1:" + server.port() + "&end").text();
      assertThat(body).contains("\"text\":\"HELLO FROM JAVA\"");
    }
  }

  @Test
  void a_refused_connection_rejects_opened_with_workerds_message() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true).script("""
        import { connect } from "cloudflare:sockets";
        export default { async fetch() {
          const socket = connect({ hostname: "127.0.0.1", port: 1 });
          try { await socket.opened; return new Response("opened"); } catch (e) { return new Response(e.message); }
        } };
        """)).build())) {
      assertThat(mf.dispatchFetch("http://x/").text()).isEqualTo("proxy request failed, cannot connect to the specified address");
    }
  }
}
