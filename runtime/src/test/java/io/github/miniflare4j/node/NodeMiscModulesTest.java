package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** node:string_decoder, timers, diagnostics_channel, net, module, constants and process. */
class NodeMiscModulesTest {

  @Test
  void string_decoder_keeps_characters_whole() {
    JsonNode out =
        NodeProbe.run(
            "import { StringDecoder } from \"node:string_decoder\";",
            """
            const d = new StringDecoder("utf8"); const bytes = Buffer.from("a€😀");
            out.pieces = Array.from(bytes, (b) => d.write(Buffer.from([b]))).filter(Boolean).concat(d.end());
            const b64 = new StringDecoder("base64"); out.base64 = b64.write(Buffer.from("ab")) + b64.write(Buffer.from("c")) + b64.end();
            out.bad = await t(() => new StringDecoder("klingon"));
            """);
    assertThat(out.get("pieces").toString()).isEqualTo("[\"a\",\"€\",\"😀\",\"\"]");
    assertThat(out.get("base64").asText()).isEqualTo("YWJj");
    assertThat(out.get("bad").get("error").get("message").asText()).isEqualTo("Unknown encoding: klingon");
  }

  @Test
  void timers_and_timer_promises() {
    JsonNode out =
        NodeProbe.run(
            "import timers from \"node:timers\"; import { setTimeout as sleep, setInterval as every, scheduler } from \"node:timers/promises\";",
            """
            out.timeout = await new Promise((r) => { const t = timers.setTimeout((v) => r([v, typeof t.ref, typeof +t]), 1, "fired"); });
            const cancelled = timers.setTimeout(() => { out.cancelledRan = true; }, 1); timers.clearTimeout(cancelled);
            out.sleep = await sleep(1, "value");
            const ticks = []; for await (const v of every(1, "tick")) { ticks.push(v); if (ticks.length === 3) break; } out.ticks = ticks;
            await scheduler.wait(2);
            const ac = new AbortController(); const pending = sleep(1000, null, { signal: ac.signal }); ac.abort();
            out.aborted = await t(() => pending);
            """);
    assertThat(out.get("timeout").toString()).isEqualTo("[\"fired\",\"function\",\"number\"]");
    assertThat(out.has("cancelledRan")).isFalse();
    assertThat(out.get("sleep").asText()).isEqualTo("value");
    assertThat(out.get("ticks").toString()).isEqualTo("[\"tick\",\"tick\",\"tick\"]");
    assertThat(out.get("aborted").get("error").get("name").asText()).isEqualTo("AbortError");
  }

  @Test
  void diagnostics_channel_net_module_constants_and_process() {
    JsonNode out =
        NodeProbe.run(
            "import dc from \"node:diagnostics_channel\"; import net from \"node:net\"; import { isBuiltin, builtinModules } from \"node:module\"; import constants from \"node:constants\"; import process from \"node:process\";",
            """
            const ch = dc.channel("app"); const got = []; ch.subscribe((m, name) => got.push([m, name]));
            ch.publish("hello"); out.dc = [got, ch.hasSubscribers(), dc.hasSubscribers("app")];
            out.net = [net.isIP("10.0.0.1"), net.isIP("::1"), net.isIP("nope"), net.isIPv6("fe80::1%eth0")];
            out.netError = await new Promise((r) => net.connect(80, "example.com").on("error", (e) => r(e.message.includes("not emulated"))));
            out.server = await t(() => net.createServer());
            out.module = [isBuiltin("node:zlib"), isBuiltin("fs"), builtinModules.includes("crypto")];
            out.constants = [constants.O_RDONLY, constants.SIGTERM, constants.ENOENT];
            out.process = [process === globalThis.process, process.platform, typeof process.nextTick, Object.keys(process).sort().join(",")];
            out.tick = await new Promise((r) => process.nextTick((a, b) => r(a + b), 1, 2));
            """);
    assertThat(out.get("dc").toString()).isEqualTo("[[[\"hello\",\"app\"]],true,true]");
    assertThat(out.get("net").toString()).isEqualTo("[4,6,0,true]");
    assertThat(out.get("netError").asBoolean()).isTrue();
    assertThat(out.get("server").get("error").get("message").asText()).isEqualTo("createServer() is not implemented");
    // workerd's isBuiltin knows bare names too (recorded: nodemod2-module-api)
    assertThat(out.get("module").toString()).isEqualTo("[true,true,true]");
    assertThat(out.get("constants").toString()).isEqualTo("[0,15,2]");
    assertThat(out.get("process").toString())
        .isEqualTo("[true,\"linux\",\"function\",\"env,exit,features,getBuiltinModule,nextTick,platform\"]");
    assertThat(out.get("tick").asInt()).isEqualTo(3);
  }
}
