package io.github.miniflare4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Content-Encoding on the wire: the server compresses what the worker left to the runtime. */
class ResponseCodingTest {

  private static Miniflare mf;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    mf = new Miniflare(MiniflareOptions.builder().port(0).worker(WorkerOptions.builder().modules(true).script("""
        export default { async fetch(req) {
          const p = new URL(req.url).pathname;
          const gz = (text) => new Response(text).body.pipeThrough(new CompressionStream("gzip"));
          if (p === "/auto") return new Response("auto gzip body", { headers: { "content-encoding": "gzip" } });
          if (p === "/stream") return new Response(new Response("stream gzip body").body, { headers: { "content-encoding": "gzip" } });
          if (p === "/manual") return new Response(gz("manual gzip body"), { encodeBody: "manual", headers: { "content-encoding": "gzip" } });
          if (p === "/br") return new Response("br body", { headers: { "content-encoding": "br" } });
          if (p === "/other") return new Response("other body", { headers: { "content-encoding": "x-custom" } });
          return new Response("?");
        } };
        """)).build());
  }

  @AfterAll
  static void close() {
    mf.close();
  }

  private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(mf.url().resolve(path));
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void gzip_bodies_are_compressed_for_clients_that_accept_them_buffered_streamed_or_encoded_by_the_worker() throws Exception {
    for (String path : new String[] {"/auto", "/stream", "/manual"}) {
      HttpResponse<byte[]> response = get(path, "gzip, deflate");
      assertThat(response.headers().firstValue("content-encoding")).hasValue("gzip");
      assertThat(gunzip(response.body())).isEqualTo(path.substring(1) + " gzip body");
    }
    assertThat(gunzip(get("/auto", null).body())).isEqualTo("auto gzip body");
  }

  @Test
  void a_coding_the_client_refuses_or_the_server_cannot_write_goes_out_plain_without_the_header() throws Exception {
    HttpResponse<byte[]> identity = get("/auto", "identity");
    assertThat(identity.headers().firstValue("content-encoding")).isEmpty();
    assertThat(new String(identity.body(), StandardCharsets.UTF_8)).isEqualTo("auto gzip body");
    HttpResponse<byte[]> br = get("/br", "br");
    assertThat(br.headers().firstValue("content-encoding")).isEmpty();
    assertThat(new String(br.body(), StandardCharsets.UTF_8)).isEqualTo("br body");
  }

  @Test
  void other_codings_are_sent_as_the_worker_set_them() throws Exception {
    HttpResponse<byte[]> other = get("/other", "gzip");
    assertThat(other.headers().firstValue("content-encoding")).hasValue("x-custom");
    assertThat(new String(other.body(), StandardCharsets.UTF_8)).isEqualTo("other body");
  }

  @Test
  void accept_encoding_weights_and_wildcards_are_read() {
    assertThat(ResponseCoding.accepts("br;q=1, gzip;q=0", "gzip")).isFalse();
    assertThat(ResponseCoding.accepts("*;q=0.5", "gzip")).isTrue();
    assertThat(ResponseCoding.accepts("identity", "gzip")).isFalse();
    assertThat(ResponseCoding.accepts("GZIP; q=0.8", "gzip")).isTrue();
  }
}
