package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Which node:* modules and globals a worker gets, by compatibility flag and date, as in workerd. */
class NodeModuleResolutionTest {

  @Test
  void bare_specifiers_name_the_same_modules_as_the_node_prefix() {
    JsonNode out =
        NodeProbe.run(
            """
            import { Buffer as B1 } from "buffer";
            import { Buffer as B2 } from "node:buffer";
            import { join } from "path";
            import * as streams from "stream/promises";
            """,
            """
            out.same = B1 === B2 && B1 === globalThis.Buffer;
            out.join = join("a", "b");
            out.streams = typeof streams.pipeline;
            try { await import("fs"); } catch (e) { out.fs = e.message; }
            try { await import("node:http"); } catch (e) { out.http = e.message; }
            """);
    assertThat(out.get("same").asBoolean()).isTrue();
    assertThat(out.get("join").asText()).isEqualTo("a/b");
    assertThat(out.get("streams").asText()).isEqualTo("function");
    assertThat(out.get("fs").asText()).isEqualTo("No such module \"node:fs\".");
    assertThat(out.get("http").asText()).isEqualTo("No such module \"node:http\".");
  }

  @Test
  void before_2024_09_23_nodejs_compat_has_no_globals_and_no_bare_specifiers() {
    JsonNode out =
        NodeProbe.run(
            "import { Buffer } from \"node:buffer\";",
            """
            out.globals = [typeof globalThis.Buffer, typeof globalThis.process, typeof globalThis.setImmediate];
            out.imported = typeof Buffer.from;
            try { await import("buffer"); out.bare = "loaded"; } catch (e) { out.bare = "failed"; }
            """,
            "2024-09-01",
            "nodejs_compat");
    assertThat(out.get("globals").toString()).isEqualTo("[\"undefined\",\"undefined\",\"undefined\"]");
    assertThat(out.get("imported").asText()).isEqualTo("function");
    assertThat(out.get("bare").asText()).isEqualTo("failed");
  }

  @Test
  void nodejs_compat_v2_flag_gives_globals_on_an_old_date() {
    JsonNode out =
        NodeProbe.run(
            "import EventEmitter from \"events\";",
            "out.globals = [typeof Buffer, typeof process, typeof global, typeof setImmediate, typeof EventEmitter];",
            "2024-01-01",
            "nodejs_compat_v2");
    assertThat(out.get("globals").toString()).isEqualTo("[\"function\",\"object\",\"object\",\"function\",\"function\"]");
  }

  @Test
  void nodejs_als_alone_provides_only_async_hooks() {
    JsonNode out =
        NodeProbe.run(
            "import { AsyncLocalStorage } from \"node:async_hooks\";",
            """
            const als = new AsyncLocalStorage();
            out.store = await als.run(7, async () => { await scheduler.wait(1); return als.getStore(); });
            out.globals = [typeof globalThis.Buffer, typeof globalThis.process];
            try { await import("node:buffer"); out.buffer = "loaded"; } catch (e) { out.buffer = e.message; }
            """,
            "2025-01-01",
            "nodejs_als");
    assertThat(out.get("store").asInt()).isEqualTo(7);
    assertThat(out.get("globals").toString()).isEqualTo("[\"undefined\",\"undefined\"]");
    assertThat(out.get("buffer").asText()).isEqualTo("No such module \"node:buffer\".");
  }

  @Test
  void without_nodejs_compat_node_modules_do_not_exist() {
    JsonNode out =
        NodeProbe.run(
            "",
            """
            try { await import("node:crypto"); out.crypto = "loaded"; } catch (e) { out.crypto = e.message; }
            try { await import("node:zlib"); out.zlib = "loaded"; } catch (e) { out.zlib = e.message; }
            """,
            "2025-01-01");
    assertThat(out.get("crypto").asText()).isEqualTo("No such module \"node:crypto\".");
    assertThat(out.get("zlib").asText()).isEqualTo("No such module \"node:zlib\".");
  }

  @Test
  void process_env_holds_text_and_json_vars_from_2025_04_01() {
    JsonNode out =
        NodeProbe.runWithBindings(
            "out.env = { ...process.env }; out.same = process.env === process.env;",
            "2025-05-01",
            java.util.Map.of("TEXT", "hello", "NUM", 42, "OBJ", java.util.Map.of("a", 1)));
    assertThat(out.get("env").toString()).contains("\"TEXT\":\"hello\"", "\"NUM\":\"42\"", "\"OBJ\":\"{\\\"a\\\":1}\"");
    assertThat(out.get("same").asBoolean()).isTrue();
    JsonNode old = NodeProbe.runWithBindings("out.env = { ...process.env };", "2025-01-01", java.util.Map.of("TEXT", "hello"));
    assertThat(old.get("env").size()).isZero();
  }
}
