package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import org.junit.jupiter.api.Test;

/** Content codings of a worker's response as dispatchFetch's caller reads them. */
class ResponseContentCodingTest {

  private static Miniflare coding() {
    return new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script("""
            export default { async fetch(req) {
              const p = new URL(req.url).pathname;
              const gz = (text, fmt = "gzip") => new Response(text).body.pipeThrough(new CompressionStream(fmt));
              if (p === "/auto") return new Response("auto body", { headers: { "content-encoding": "gzip" } });
              if (p === "/manual") return new Response(gz("manual body"), { encodeBody: "manual", headers: { "content-encoding": "gzip" } });
              if (p === "/raw") return new Response(gz("raw deflate", "deflate-raw"), { encodeBody: "manual", headers: { "content-encoding": "deflate" } });
              if (p === "/twice") return new Response(gz("twice").pipeThrough(new CompressionStream("deflate")), { encodeBody: "manual", headers: { "content-encoding": "gzip, deflate" } });
              if (p === "/br") return new Response(gz("left as is"), { encodeBody: "manual", headers: { "content-encoding": "gzip, br" } });
              if (p === "/bad") return new Response("not gzip", { encodeBody: "manual", headers: { "content-encoding": "gzip" } });
              return new Response("?");
            } };
            """))
        .build());
  }

  @Test
  void an_automatic_coding_leaves_the_body_as_the_worker_wrote_it_whatever_the_client_accepts() {
    try (Miniflare mf = coding()) {
      assertThat(mf.dispatchFetch("http://x/auto").text()).isEqualTo("auto body");
      FetchResponse identity = mf.dispatchFetch(FetchRequest.builder("http://x/auto").header("accept-encoding", "identity").build());
      assertThat(identity.text()).isEqualTo("auto body");
    }
  }

  @Test
  void a_body_the_worker_encoded_itself_is_decoded_for_the_caller() {
    try (Miniflare mf = coding()) {
      assertThat(mf.dispatchFetch("http://x/manual").text()).isEqualTo("manual body");
      assertThat(mf.dispatchFetch("http://x/raw").text()).isEqualTo("raw deflate");
      assertThat(mf.dispatchFetch("http://x/twice").text()).isEqualTo("twice");
      assertThat(mf.dispatchFetch(FetchRequest.builder("http://x/manual").method("HEAD").build()).bytes()).isEmpty();
    }
  }

  @Test
  void codings_the_client_does_not_decode_and_bytes_that_do_not_decode_are_kept() {
    try (Miniflare mf = coding()) {
      assertThat(mf.dispatchFetch("http://x/br").bytes()[0]).isEqualTo((byte) 0x1f);
      assertThat(mf.dispatchFetch("http://x/bad").text()).isEqualTo("not gzip");
    }
  }
}
