package io.github.miniflare4j.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.internal.JsonOptionsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service binding's {@code props} (Miniflare's {@code { name, entrypoint, props }}, Wrangler's
 * {@code props}, {@link ServiceTarget#worker(String, String, Map)}) are what the target sees as
 * {@code ctx.props}, a fresh copy per call; the recorded case {@code rpcws-service-props} covers
 * the JSON options, this test the Java and Wrangler ways in.
 */
class ServiceBindingPropsTest {

  static final String TARGET = """
      import { WorkerEntrypoint } from "cloudflare:workers";
      export default class extends WorkerEntrypoint {
        props() { const p = this.ctx.props; p.touched = true; return p; }
        fetch() { return Response.json(this.ctx.props); }
      }
      export class Named extends WorkerEntrypoint { props() { return this.ctx.props; } }
      """;

  static final String MAIN = """
      export default {
        async fetch(req, env) {
          const first = await env.B.props();
          const second = await env.B.props();
          const fetched = await (await env.B.fetch("http://b/")).json();
          return Response.json({ first, second, fetched, named: await env.N.props() });
        }
      };
      """;

  @Test
  void props_given_from_java_reach_ctx_props_for_rpc_and_fetch() {
    MiniflareOptions options = MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("main").modules(true).script(MAIN)
            .bind(new ServiceDeclaration("B", ServiceTarget.worker("target", null, Map.of("ids", List.of(1, 2)))))
            .bind(new ServiceDeclaration("N", ServiceTarget.worker("target", "Named", Map.of("role", "admin")))))
        .worker(WorkerOptions.builder().name("target").modules(true).script(TARGET))
        .build();
    try (Miniflare mf = new Miniflare(options)) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo(
          "{\"first\":{\"ids\":[1,2],\"touched\":true},\"second\":{\"ids\":[1,2],\"touched\":true},"
              + "\"fetched\":{\"ids\":[1,2]},\"named\":{\"role\":\"admin\"}}");
    }
  }

  @Test
  void wrangler_services_read_props(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("wrangler.toml");
    Files.writeString(file, """
        name = "main"
        main = "index.js"
        compatibility_date = "2025-01-01"

        [[services]]
        binding = "B"
        service = "target"
        props = { user = "u1", nested = { n = 2 } }

        [[services]]
        binding = "PLAIN"
        service = "target"
        """);
    Files.writeString(dir.resolve("index.js"), "export default { fetch() { return new Response(''); } };");
    Map<String, ServiceTarget> bindings = WranglerConfig.load(file).workerOptions().serviceBindings();
    assertThat(bindings.get("B").propsJson()).isEqualTo("{\"user\":\"u1\",\"nested\":{\"n\":2}}");
    assertThat(bindings.get("PLAIN").propsJson()).isNull();
  }

  @Test
  void json_options_read_props_and_refuse_a_non_object() {
    MiniflareOptions options = JsonOptionsReader.read("""
        { "workers": [ { "name": "main", "script": "", "serviceBindings": {
            "A": { "name": "target", "props": { "a": [1, "x"] } }, "B": "target" } } ] }
        """).build();
    assertThat(options.workers().get(0).serviceBindings().get("A").propsJson()).isEqualTo("{\"a\":[1,\"x\"]}");
    assertThat(options.workers().get(0).serviceBindings().get("B").propsJson()).isNull();
    assertThatThrownBy(() -> JsonOptionsReader.read("""
        { "workers": [ { "name": "main", "script": "", "serviceBindings": { "A": { "name": "target", "props": 1 } } } ] }
        """))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("props")
        .hasMessageContaining("must be an object");
  }
}
