package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Header values outside ASCII cross between Java and a worker as bytes, as between Node's
 * Miniflare and workerd: UTF-8 on the worker's side, one character per byte on Java's.
 */
class HeaderBytesTest {

  private static final String ECHO =
      """
      export default { async fetch(req) {
        const seen = req.headers.get("x-in") ?? "";
        return new Response([...seen].map((c) => c.codePointAt(0).toString(16)).join(" "), { headers: { "x-out": "é😀", "x-seen": seen } });
      } };
      """;

  @Test
  void values_read_as_latin1_on_java_side_and_utf8_on_the_workers() {
    assertThat(HeaderBytes.toJava("é")).isEqualTo("\u00c3\u00a9");
    assertThat(HeaderBytes.toWorker("\u00c3\u00a9")).isEqualTo("é");
    assertThat(HeaderBytes.toWorker("é")).isEqualTo("\ufffd");
    assertThat(HeaderBytes.toWorker("€ beyond latin1")).isEqualTo("€ beyond latin1");
    String ascii = "plain value";
    assertThat(HeaderBytes.toJava(ascii)).isSameAs(ascii);
  }

  @Test
  void dispatch_fetch_sees_the_workers_utf8_bytes_one_per_character() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true).script(ECHO)).build())) {
      FetchResponse response = mf.dispatchFetch(FetchRequest.builder("http://localhost/").header("x-in", "caf\u00c3\u00a9").build());
      assertThat(response.text()).isEqualTo("63 61 66 e9");
      assertThat(response.headers().get("x-out")).isEqualTo(new String("é😀".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
      assertThat(response.headers().get("x-seen")).isEqualTo("caf\u00c3\u00a9");
    }
  }

  @Test
  void the_http_server_writes_and_reads_utf8_bytes_as_workerd_does() throws Exception {
    MiniflareOptions options = MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true).script(ECHO)).port(0).build();
    try (Miniflare mf = new Miniflare(options); Socket socket = new Socket("127.0.0.1", mf.port())) {
      OutputStream out = socket.getOutputStream();
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      request.write("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nx-in: ".getBytes(StandardCharsets.US_ASCII));
      request.write("é".getBytes(StandardCharsets.UTF_8));
      request.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.write(request.toByteArray());
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] raw = in.readAllBytes();
      String head = new String(raw, StandardCharsets.ISO_8859_1);
      assertThat(head).contains("x-out: " + new String("é😀".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1) + "\r\n");
      assertThat(head).endsWith("e9");
    }
  }
}
