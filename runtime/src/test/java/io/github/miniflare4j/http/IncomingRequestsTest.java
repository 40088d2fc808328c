package io.github.miniflare4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The cf object a request gets: built as text when neither the instance nor the request adds
 * fields, it is exactly what merging the objects gives (Jackson's tree, as before).
 */
class IncomingRequestsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode localCf() throws Exception {
    try (InputStream in = IncomingRequests.class.getResourceAsStream("local-cf.json")) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  @Test
  void thePlainCfIsTheLocalObjectWithTheClientsAcceptEncodingAppended() throws Exception {
    assertThat(localCf().has("clientAcceptEncoding")).as("local-cf.json must not have clientAcceptEncoding").isFalse();
    IncomingRequests incoming = new IncomingRequests(null);
    for (String encoding : new String[] {"gzip, deflate", "br", "", "q\"uote\\back\u0001ctl\b\t\n\f\r é \u2028"}) {
      FetchRequest request = FetchRequest.builder("http://localhost/").header("accept-encoding", encoding).build();
      ObjectNode expected = localCf().put("clientAcceptEncoding", encoding);

      assertThat(incoming.prepare(request, "localhost", null).cf()).isEqualTo(expected.toString());
    }
    ObjectNode withoutEncoding = localCf();
    assertThat(incoming.prepare(FetchRequest.builder("http://localhost/").build(), "localhost", null).cf())
        .isEqualTo(withoutEncoding.toString());
  }

  @Test
  void theInstanceCfReplacesTheLocalOneAndARequestCfGoesOverTheLocalOneAlone() throws Exception {
    ObjectNode instance = JSON.createObjectNode().put("colo", "LHR").put("extra", 1);
    IncomingRequests incoming = new IncomingRequests(instance);

    ObjectNode plain = (ObjectNode) JSON.readTree(
        incoming.prepare(FetchRequest.builder("http://localhost/").build(), "localhost", "gzip").cf());
    assertThat(plain.toString()).isEqualTo("{\"colo\":\"LHR\",\"extra\":1,\"clientAcceptEncoding\":\"gzip\"}");

    FetchRequest request = FetchRequest.builder("http://localhost/").cf("{\"city\":\"London\",\"extra\":2}").build();
    ObjectNode cf = (ObjectNode) JSON.readTree(incoming.prepare(request, "localhost", "gzip").cf());
    assertThat(cf.get("colo").asText()).isEqualTo(localCf().get("colo").asText());
    assertThat(cf.get("city").asText()).isEqualTo("London");
    assertThat(cf.get("extra").asInt()).isEqualTo(2);
    assertThat(cf.has("clientAcceptEncoding")).isFalse();
    assertThat(cf.get("country").asText()).isEqualTo(localCf().get("country").asText());
  }

  @Test
  void fieldsWithoutAValueAreDropped() {
    FetchRequest request = FetchRequest.builder("http://localhost/")
        .header("x-empty", "")
        .header("x-kept", "v")
        .header("x-mixed", "")
        .header("x-mixed", "m")
        .build();

    Headers seen = new IncomingRequests(null).prepare(request, "localhost", null).headers();

    assertThat(seen.has("x-empty")).isFalse();
    assertThat(seen.get("x-kept")).isEqualTo("v");
    assertThat(seen.all("x-mixed")).containsExactly("m");
  }

  @Test
  void aConditionalRequestFromNodeFetchGetsNoCacheHeadersUnlessItHasItsOwn() {
    IncomingRequests incoming = new IncomingRequests(null);
    FetchRequest conditional = FetchRequest.builder("http://localhost/").header("if-none-match", "\"e\"").build();
    FetchRequest ownCacheControl =
        FetchRequest.builder("http://localhost/").header("if-modified-since", "x").header("cache-control", "max-age=0").build();
    FetchRequest plain = FetchRequest.builder("http://localhost/").build();

    Headers first = incoming.prepareFromNodeFetch(conditional, "127.0.0.1:1").headers();
    Headers second = incoming.prepareFromNodeFetch(ownCacheControl, "127.0.0.1:1").headers();
    Headers third = incoming.prepareFromNodeFetch(plain, "127.0.0.1:1").headers();

    assertThat(first.get("pragma")).isEqualTo("no-cache");
    assertThat(first.get("cache-control")).isEqualTo("no-cache");
    assertThat(second.get("pragma")).isEqualTo("no-cache");
    assertThat(second.get("cache-control")).isEqualTo("max-age=0");
    assertThat(third.has("pragma")).isFalse();
    assertThat(third.has("cache-control")).isFalse();
  }

  @Test
  void nodeFetchDropsTheCallersKeepAlive() {
    FetchRequest request = FetchRequest.builder("http://localhost/").header("keep-alive", "timeout=5").build();

    Headers seen = new IncomingRequests(null).prepareFromNodeFetch(request, "127.0.0.1:1").headers();

    assertThat(seen.has("keep-alive")).isFalse();
    assertThat(seen.get("connection")).isEqualTo("close");
  }

  @Test
  void nodeFetchOfAWebSocketUpgradeSendsTheWsClientsHandshake() {
    FetchRequest request = FetchRequest.builder("http://localhost/")
        .header("upgrade", "websocket").header("x-client", "c").header("sec-websocket-protocol", "a, b").build();

    Headers seen = new IncomingRequests(null).prepareFromNodeFetch(request, "127.0.0.1:1").headers();

    assertThat(seen.get("connection")).isEqualTo("Upgrade");
    assertThat(seen.get("sec-websocket-version")).isEqualTo("13");
    assertThat(seen.get("sec-websocket-key")).hasSize(24);
    assertThat(seen.get("sec-websocket-extensions")).isEqualTo("permessage-deflate; client_max_window_bits");
    assertThat(seen.get("sec-websocket-protocol")).isEqualTo("a,b");
    assertThat(seen.get("x-client")).isEqualTo("c");
    assertThat(seen.get("accept-encoding")).isEqualTo("br, gzip");
    assertThat(seen.has("user-agent")).isFalse();
    assertThat(seen.has("sec-fetch-mode")).isFalse();
    assertThat(seen.has("accept")).isFalse();
  }
}
