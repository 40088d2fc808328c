package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.error;
import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The Cache API inside a worker: Miniflare's storage rules, matching and errors. */
class CacheApiTest {

  @Test
  void stores_cacheable_responses_and_marks_hits() {
    JsonNode out =
        run(
            """
            const c = caches.default;
            await c.put("http://localhost/a", new Response("A", { headers: { "cache-control": "max-age=60" } }));
            const r = await c.match("http://localhost/a#fragment");
            out.hit = [r.status, await r.text(), r.headers.get("cf-cache-status"), /^\\d+$/.test(r.headers.get("age")), r.headers.get("content-length")];
            out.query = (await c.match("http://localhost/a?x=1")) ?? null;
            out.post = (await c.match(new Request("http://localhost/a", { method: "POST" }))) ?? null;
            out.ignoreMethod = await (await c.match(new Request("http://localhost/a", { method: "POST" }), { ignoreMethod: true })).text();
            out.deleted = [await c.delete("http://localhost/a"), await c.delete("http://localhost/a"), (await c.match("http://localhost/a")) ?? null];
            """);

    assertThat(out.get("hit")).hasToString("[200,\"A\",\"HIT\",true,\"1\"]");
    assertThat(out.get("query").isNull()).isTrue();
    assertThat(out.get("post").isNull()).isTrue();
    assertThat(out.get("ignoreMethod").asText()).isEqualTo("A");
    assertThat(out.get("deleted")).hasToString("[true,false,null]");
  }

  @Test
  void does_not_store_what_cache_control_forbids() {
    JsonNode out =
        run(
            """
            const c = caches.default;
            const cases = { none: {}, noStore: { "cache-control": "no-store" }, private: { "cache-control": "private, max-age=60" },
              cookie: { "cache-control": "max-age=60", "set-cookie": "a=b" }, zero: { "cache-control": "max-age=0" },
              noCache: { "cache-control": "no-cache, max-age=60" }, smaxage: { "cache-control": "s-maxage=60" },
              expires: { expires: new Date(Date.now() + 60000).toUTCString() } };
            out.v = {};
            for (const [name, headers] of Object.entries(cases)) {
              await c.put("http://localhost/" + name, new Response(name, { headers }));
              out.v[name] = (await c.match("http://localhost/" + name)) !== undefined;
            }
            """);

    assertThat(out.get("v"))
        .hasToString("{\"none\":false,\"noStore\":false,\"private\":false,\"cookie\":false,\"zero\":false,\"noCache\":false,\"smaxage\":true,\"expires\":true}");
  }

  @Test
  void put_rejects_what_cloudflare_cannot_cache() {
    JsonNode out =
        run(
            """
            const c = caches.default; const cc = { "cache-control": "max-age=60" };
            out.post = await t(() => c.put(new Request("http://localhost/p", { method: "POST" }), new Response("x", { headers: cc })));
            out.partial = await t(() => c.put("http://localhost/p", new Response("x", { status: 206, headers: cc })));
            out.vary = await t(() => c.put("http://localhost/p", new Response("x", { headers: { ...cc, vary: "*" } })));
            out.notResponse = await t(() => c.put("http://localhost/p", "x"));
            out.relative = await t(() => c.put("/rel", new Response("x")));
            out.keys = await t(() => c.keys());
            out.construct = await t(() => new Cache());
            """);

    assertThat(out.get("post")).hasToString(error("TypeError", "TypeError", "Cannot cache response to non-GET request."));
    assertThat(out.get("partial")).hasToString(error("TypeError", "TypeError", "Cannot cache response to a range request (206 Partial Content)."));
    assertThat(out.get("vary")).hasToString(error("TypeError", "TypeError", "Cannot cache response with 'Vary: *' header."));
    assertThat(out.get("notResponse")).hasToString(error("TypeError", "TypeError", "Failed to execute 'put' on 'Cache': parameter 2 is not of type 'Response'."));
    assertThat(out.get("relative")).hasToString(error("TypeError", "TypeError", "Invalid URL: /rel"));
    assertThat(out.get("keys")).hasToString(error("Error", "Error", "Failed to execute 'keys' on 'Cache': the method is not implemented."));
    assertThat(out.get("construct")).hasToString(error("TypeError", "TypeError", "Illegal constructor"));
  }

  @Test
  void named_caches_are_separate_from_the_default_cache() {
    JsonNode out =
        run(
            """
            const named = await caches.open("named");
            await named.put("http://localhost/n", new Response("N", { headers: { "cache-control": "max-age=60" } }));
            out.v = [(await caches.default.match("http://localhost/n")) ?? null, await (await (await caches.open("named")).match("http://localhost/n")).text()];
            out.tooLong = await t(() => caches.open("x".repeat(2000)));
            """);

    assertThat(out.get("v")).hasToString("[null,\"N\"]");
    assertThat(out.get("tooLong")).hasToString(error("TypeError", "TypeError", "Cache name is too long."));
  }
}
