package io.github.miniflare4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Malformed HTTP from raw sockets gets an error status or a closed connection, never a broken server. */
class ServerBadInputTest {

  static String exchange(int port, byte[] request, boolean closeOutput) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      if (closeOutput) {
        socket.shutdownOutput();
      }
      InputStream in = socket.getInputStream();
      byte[] head = in.readNBytes(12);
      return new String(head, StandardCharsets.ISO_8859_1);
    }
  }

  static String ok(int port) throws IOException {
    return exchange(port, "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), false);
  }

  @Test
  void malformed_requests_are_refused_and_the_server_keeps_serving() throws IOException {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().port(0)
        .worker(WorkerOptions.builder().modules(true).script("export default { fetch() { return new Response('fine'); } };"))
        .build())) {
      int port = mf.port();
      assertThat(ok(port)).isEqualTo("HTTP/1.1 200");

      assertThat(exchange(port, "NOT A REQUEST LINE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), false)).startsWith("HTTP/1.1 4");
      assertThat(exchange(port, "GET / HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), false))
          .startsWith("HTTP/1.1 4");
      String huge = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(200 * 1024) + "\r\n\r\n";
      assertThat(exchange(port, huge.getBytes(StandardCharsets.ISO_8859_1), false)).startsWith("HTTP/1.1 431");
      // a body shorter than its Content-Length, then the client stops sending: bodies stream, so
      // a worker that never reads the body answers at once
      String truncated = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nonly a little";
      assertThat(exchange(port, truncated.getBytes(StandardCharsets.ISO_8859_1), true)).isEqualTo("HTTP/1.1 200");
      exchange(port, new byte[] {0, 1, 2, (byte) 0xFF, '\r', '\n', '\r', '\n'}, true);

      assertThat(ok(port)).isEqualTo("HTTP/1.1 200");
    }
  }
}
