package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.http.FetchRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What Miniflare's entry adds to a request: CF-Connecting-IP, Accept-Encoding and request.cf. */
class IncomingRequestTest {

  private static final String ECHO = """
      export default { fetch(req) {
        return Response.json({ ip: req.headers.get("cf-connecting-ip"), ae: req.headers.get("accept-encoding"),
          client: req.cf.clientAcceptEncoding, country: req.cf.country, colo: req.cf.colo, custom: req.cf.custom ?? null });
      } };
      """;

  @Test
  void the_instance_cf_option_replaces_the_local_object_and_a_request_cf_goes_over_the_local_one() throws Exception {
    ObjectNode cf = (ObjectNode) new ObjectMapper().readTree("{\"country\": \"GB\"}");
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().cf(cf)
        .worker(WorkerOptions.builder().modules(true).script(ECHO)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("{\"ip\":\"127.0.0.1\",\"ae\":\"br, gzip\",\"client\":\"gzip, deflate\",\"country\":\"GB\",\"custom\":null}");
      FetchRequest withCf = FetchRequest.builder("http://localhost/").cf("{\"custom\": 1, \"colo\": \"LHR\"}")
          .header("accept-encoding", "identity").build();
      assertThat(mf.dispatchFetch(withCf).text())
          .isEqualTo("{\"ip\":\"127.0.0.1\",\"ae\":\"br, gzip\",\"country\":\"US\",\"colo\":\"LHR\",\"custom\":1}");
    }
  }

  @Test
  void requests_over_http_get_the_same_entry_treatment() throws Exception {
    try (Miniflare mf = new Miniflare(MiniflareOptions.fromJson(
        "{\"modules\": true, \"cf\": {\"country\": \"DE\"}, \"script\": " + new ObjectMapper().writeValueAsString(ECHO) + "}")
        .toBuilder().port(0).build())) {
      HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(mf.url() + "x")).header("accept-encoding", "gzip").build(),
          HttpResponse.BodyHandlers.ofByteArray());
      // the JSON answer goes out gzipped to a client that asks for gzip, as Miniflare sends it
      assertThat(response.headers().firstValue("content-encoding")).hasValue("gzip");
      String body;
      try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
        body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      assertThat(body)
          .isEqualTo("{\"ip\":\"127.0.0.1\",\"ae\":\"br, gzip\",\"client\":\"gzip\",\"country\":\"DE\",\"custom\":null}");
    }
  }
}
