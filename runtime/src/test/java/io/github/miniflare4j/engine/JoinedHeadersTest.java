package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.http.Headers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Header fields crossing between Java and the prelude as one NUL-joined string: Java joins only
 * fields the prelude's checks would pass as they are, so a worker sees the same headers, and the
 * same errors, whichever way they crossed.
 */
class JoinedHeadersTest {

  @Test
  void joins_fields_that_pass_the_preludes_checks_and_reads_them_back() {
    List<Map.Entry<String, String>> fields =
        List.of(Map.entry("x-a", "1"), Map.entry("x-empty", ""), Map.entry("x-a", "two words"), Map.entry("x-b", "v"));

    String joined = JoinedHeaders.joinChecked(fields);

    assertThat(joined).isEqualTo("x-a\0001\0x-empty\0\0x-a\0two words\0x-b\0v");
    assertThat(JoinedHeaders.parse(joined).entries()).isEqualTo(fields);
    assertThat(JoinedHeaders.joinChecked(List.of())).isEmpty();
    assertThat(JoinedHeaders.parse("").size()).isZero();
    assertThat(JoinedHeaders.parse("x\0").entries()).containsExactly(Map.entry("x", ""));
  }

  @Test
  void leaves_fields_the_prelude_must_check_or_normalize_to_the_prelude() {
    assertThat(JoinedHeaders.joinChecked(List.of(Map.entry("bad name", "v")))).isNull();
    assertThat(JoinedHeaders.joinChecked(List.of(Map.entry("Upper", "v")))).isNull();
    assertThat(JoinedHeaders.joinChecked(List.of(Map.entry("", "v")))).isNull();
    assertThat(JoinedHeaders.joinChecked(List.of(Map.entry("x", " padded")))).isNull();
    assertThat(JoinedHeaders.joinChecked(List.of(Map.entry("x", "padded\t")))).isNull();
    assertThat(JoinedHeaders.joinChecked(List.of(Map.entry("x", "a\nb")))).isNull();
    assertThat(JoinedHeaders.joinChecked(List.of(Map.entry("x", "a\0b")))).isNull();
    assertThat(JoinedHeaders.joinChecked(List.of(Map.entry("x", "ok"), Map.entry("é", "v")))).isNull();
    assertThatThrownBy(() -> JoinedHeaders.parse("name-only")).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * An incoming request's headers as the worker reads them (sorted, repeated names joined,
   * values trimmed, immutable), and the worker's response headers as Java reads them back,
   * through both paths: fields Java could join and fields the prelude checks one by one. A
   * response that came through a service binding has immutable headers too, as in workerd.
   */
  @Test
  void a_worker_sees_the_same_headers_whichever_way_they_crossed() {
    String script =
        """
        export default {
          async fetch(request, env) {
            const url = new URL(request.url);
            if (url.pathname === "/echo") {
              const seen = [...request.headers].filter(([name]) => name.startsWith("x-"));
              let immutable;
              try { request.headers.set("x-new", "1"); immutable = "no"; } catch (e) { immutable = e.message; }
              return new Response(JSON.stringify({ seen, immutable }), { headers: [["X-Out", "b"], ["x-out", "a"], ["content-type", "application/json"]] });
            }
            const answer = await env.JAVA.fetch("http://java/");
            let immutable;
            try { answer.headers.set("x-z", "1"); immutable = "no"; } catch (e) { immutable = e.message; }
            return Response.json({ seen: [...answer.headers], immutable });
          },
        };
        """;
    FetchResponse fromJava = FetchResponse.builder()
        .header("x-java", "2").header("X-Java", "1").header("x-pad", " p ").body("x").build();
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("w").modules(true).script(script).serviceBinding("JAVA", request -> fromJava))
        .build())) {
      FetchResponse plain = mf.dispatchFetch(FetchRequest.builder("http://localhost/echo")
          .header("x-b", "1").header("X-A", "2").header("x-a", "3").build());
      FetchResponse padded = mf.dispatchFetch(FetchRequest.builder("http://localhost/echo")
          .header("x-b", "1").header("X-A", "2").header("x-a", " 3\t").build());
      FetchResponse bad = mf.dispatchFetch(FetchRequest.builder("http://localhost/echo").header("x bad", "1").build());
      FetchResponse viaBinding = mf.dispatchFetch("http://localhost/binding");

      String expected = "{\"seen\":[[\"x-a\",\"2, 3\"],[\"x-b\",\"1\"]],\"immutable\":\"Can't modify immutable headers.\"}";
      assertThat(plain.text()).isEqualTo(expected);
      assertThat(padded.text()).isEqualTo(expected);
      assertThat(plain.headers().all("x-out")).containsExactly("b, a");
      assertThat(plain.headers().entries()).extracting(Map.Entry::getKey).containsExactly("content-type", "x-out");
      assertThat(bad.status()).isEqualTo(500);
      assertThat(bad.text()).contains("TypeError: Invalid header name.");
      assertThat(viaBinding.text()).isEqualTo(
          "{\"seen\":[[\"content-type\",\"text/plain;charset=UTF-8\"],[\"x-java\",\"2, 1\"],[\"x-pad\",\"p\"]],"
              + "\"immutable\":\"Can't modify immutable headers.\"}");
    }
  }

  @Test
  void a_response_with_no_headers_crosses_as_none() {
    assertThat(JoinedHeaders.parse(JoinedHeaders.joinChecked(Headers.empty().entries())).size()).isZero();
  }
}
