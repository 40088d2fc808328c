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

/**
 * Content-Encoding on the wire: the client's Accept-Encoding picks the coding as Miniflare's entry
 * worker does, and the server compresses what the worker left to the runtime.
 */
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
          if (p === "/png") return new Response("png body", { headers: { "content-type": "image/png" } });
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
  void a_compressible_body_is_gzipped_for_a_client_that_asks_and_an_unlisted_type_is_not() throws Exception {
    HttpResponse<byte[]> text = get("/plain", "gzip, deflate");
    assertThat(text.headers().firstValue("content-encoding")).hasValue("gzip");
    assertThat(gunzip(text.body())).isEqualTo("?");
    HttpResponse<byte[]> png = get("/png", "gzip");
    assertThat(png.headers().firstValue("content-encoding")).isEmpty();
    assertThat(new String(png.body(), StandardCharsets.UTF_8)).isEqualTo("png body");
    assertThat(get("/plain", null).headers().firstValue("content-encoding")).as("no Accept-Encoding, no coding").isEmpty();
  }

  @Test
  void a_client_that_refuses_identity_and_accepts_no_coding_gets_miniflares_415() throws Exception {
    HttpResponse<byte[]> refused = get("/plain", "identity;q=0");
    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(refused.headers().firstValue("accept-encoding")).hasValue("br, gzip");
    assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo("Unsupported Media Type");
  }

  @Test
  void accept_encoding_is_read_as_miniflare_reads_it() {
    // the most wanted of gzip and br, in order among equal weights; identity first stops the search
    assertThat(ResponseCoding.choose(null, "text/plain", "deflate, gzip, br").header()).isEqualTo("gzip");
    assertThat(ResponseCoding.choose(null, "text/plain", "gzip;q=0.5, identity").changesHeader()).isFalse();
    assertThat(ResponseCoding.choose("gzip", null, "gzip;q=0.5, identity").changesHeader()).as("gzip dropped").isTrue();
    assertThat(ResponseCoding.choose("gzip", null, "gzip;q=0.5, identity").header()).isNull();
    // codings are matched in lower case only, and an unreadable header changes nothing
    assertThat(ResponseCoding.choose(null, "text/plain", "GZIP")).isSameAs(ResponseCoding.IDENTITY);
    // types are matched exactly before any parameter
    assertThat(ResponseCoding.choose(null, "Text/Plain", "gzip")).isSameAs(ResponseCoding.IDENTITY);
    assertThat(ResponseCoding.choose(null, "application/json; charset=utf-8", "gzip").header()).isEqualTo("gzip");
    // a refused gzip turns into the accepted br, which goes out plain here
    assertThat(ResponseCoding.choose("gzip", "text/plain", "br, gzip;q=0").header()).isNull();
    assertThat(ResponseCoding.choose(null, "text/plain", "*;q=0")).isSameAs(ResponseCoding.UNACCEPTABLE);
  }
}
