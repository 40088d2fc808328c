package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.error;
import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.cache.CacheStorage;
import java.time.Duration;
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

  /** Worker "a" fills caches.default and caches.open("x") on /put; worker "b" reads them on /. */
  private static MiniflareOptions twoWorkers() {
    String writer =
        """
        export default { async fetch(req) {
          const cc = { headers: { "cache-control": "max-age=60" } };
          await caches.default.put("http://localhost/shared", new Response("S", cc));
          await (await caches.open("x")).put("http://localhost/named", new Response("N", cc));
          return new Response("put");
        } };
        """;
    String reader =
        """
        export default { async fetch(req) {
          const text = async (r) => (r ? await r.text() : null);
          return Response.json({
            d: await text(await caches.default.match("http://localhost/shared")),
            x: await text(await (await caches.open("x")).match("http://localhost/named")),
            y: await text(await (await caches.open("y")).match("http://localhost/named")),
            dn: await text(await caches.default.match("http://localhost/named")),
            xs: await text(await (await caches.open("x")).match("http://localhost/shared")),
          });
        } };
        """;
    return MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("a").modules(true).routes("a.mf/*").script(writer))
        .worker(WorkerOptions.builder().name("b").modules(true).routes("b.mf/*").script(reader))
        .build();
  }

  @Test
  void workers_of_one_instance_share_the_default_and_the_named_caches() {
    // recorded with the oracle: B matches what A put, in caches.default and caches.open("x")
    try (Miniflare mf = new Miniflare(twoWorkers())) {
      assertThat(mf.dispatchFetch("http://a.mf/put").text()).isEqualTo("put");

      assertThat(mf.dispatchFetch("http://b.mf/").json())
          .hasToString("{\"d\":\"S\",\"x\":\"N\",\"y\":null,\"dn\":null,\"xs\":null}");
      assertThat(mf.cacheStorage().cacheNames()).containsExactly(CacheStorage.DEFAULT, "x");
    }
  }

  @Test
  void instances_do_not_share_caches() {
    try (Miniflare first = new Miniflare(twoWorkers()); Miniflare second = new Miniflare(twoWorkers())) {
      first.dispatchFetch("http://a.mf/put");

      assertThat(second.dispatchFetch("http://b.mf/").json().get("d").isNull()).isTrue();
    }
  }

  @Test
  void caches_survive_restart_and_roll_back_to_a_snapshot() {
    try (Miniflare mf = new Miniflare(twoWorkers())) {
      CacheStorage.Snapshot empty = mf.cacheStorage().snapshot();
      mf.dispatchFetch("http://a.mf/put");
      mf.restartWorkers();
      assertThat(mf.dispatchFetch("http://b.mf/").json().get("d").asText()).isEqualTo("S");

      mf.cacheStorage().restore(empty);

      assertThat(mf.dispatchFetch("http://b.mf/").json())
          .hasToString("{\"d\":null,\"x\":null,\"y\":null,\"dn\":null,\"xs\":null}");
      assertThat(mf.cacheStorage().size("x")).isZero();
    }
  }

  @Test
  void entries_expire_on_the_instance_clock() {
    try (Miniflare mf = new Miniflare(twoWorkers())) {
      mf.dispatchFetch("http://a.mf/put");
      mf.clock().advance(Duration.ofSeconds(59));
      assertThat(mf.dispatchFetch("http://b.mf/").json().get("d").asText()).isEqualTo("S");

      mf.clock().advance(Duration.ofSeconds(1));

      assertThat(mf.dispatchFetch("http://b.mf/").json().get("d").isNull()).isTrue();
      assertThat(mf.cacheStorage().size(CacheStorage.DEFAULT)).isZero();
    }
  }

  @Test
  void the_default_cache_is_the_one_named_empty_not_default() {
    // recorded with the oracle: caches.open("") reaches caches.default, caches.open("default") does not
    JsonNode out =
        run(
            """
            const cc = { headers: { "cache-control": "max-age=60" } };
            await caches.default.put("http://localhost/a", new Response("A", cc));
            await (await caches.open("")).put("http://localhost/e", new Response("E", cc));
            out.v = [(await (await caches.open("default")).match("http://localhost/a")) ?? null,
              await (await caches.default.match("http://localhost/e")).text(),
              (await caches.open("x")) === (await caches.open("x"))];
            """);

    assertThat(out.get("v")).hasToString("[null,\"E\",false]");
  }
}
