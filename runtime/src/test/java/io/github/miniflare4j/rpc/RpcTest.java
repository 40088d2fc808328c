package io.github.miniflare4j.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.durable.DurableObjectStub;
import io.github.miniflare4j.service.WorkerEntrypointStub;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RPC between workers and from Java: RpcTargets and functions by reference, promise pipelining,
 * property reads, disposal, streams, Request and Response, ctx.exports.
 */
class RpcTest {

  static final String CALLEE = """
      import { WorkerEntrypoint, RpcTarget, DurableObject } from "cloudflare:workers";
      class Counter extends RpcTarget {
        #n;
        constructor(start) { super(); this.#n = start; }
        increment(by = 1) { this.#n += by; return this.#n; }
        get value() { return this.#n; }
        child(label) { return new Counter(label.length); }
      }
      export class Room extends DurableObject {
        counter(start) { return new Counter(start); }
        get title() { return "room " + this.ctx.id.name; }
        async useTarget(t) { return (await t.greet("room")) + " " + (await t.count); }
      }
      export default class extends WorkerEntrypoint {
        get greeting() { return "hello"; }
        makeCounter(start) { return new Counter(start); }
        makeFunction(prefix) { return (x) => prefix + x; }
        async useTarget(t) { return (await t.greet("b")) + " " + (await t.count); }
        async forward(stub) { return await stub.increment(10); }
        async callBack(fn, x) { return "got " + (await fn(x)); }
        nested() { return { counter: new Counter(5), list: [new Counter(1)] }; }
        async sumStream(s) { let n = 0; for await (const c of s) n += c.length; return n; }
        makeStream() { return new Response("streamed body").body; }
        async readRequest(r) { return [r.method, r.url, r.headers.get("x-a"), await r.text()]; }
        makeResponse() { return new Response("resp body", { status: 201, headers: { "x-a": "1" } }); }
        throwsSubclass() { class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } } throw new MyErr("sub"); }
        throwsDom() { throw new DOMException("gone", "AbortError"); }
        echo(v) { return v; }
      }
      """;

  static final String CALLER = """
      import { RpcTarget } from "cloudflare:workers";
      class Greeter extends RpcTarget {
        #count = 0;
        greet(who) { this.#count++; return "hi " + who; }
        get count() { return this.#count; }
      }
      async function t(fn) {
        try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; }
        catch (e) { return { error: { name: e?.name, ctor: e?.constructor?.name, message: e?.message } }; }
      }
      const tests = {
        async targetArgument(env) { return env.B.useTarget(new Greeter()); },
        async forwardedStub(env) {
          const c = await env.B.makeCounter(1);
          return [await env.B.forward(c), await t(async () => await c.value)];
        },
        async nestedTargets(env) {
          const n = await env.B.nested();
          return [await n.counter.increment(2), await n.list[0].value];
        },
        async callback(env) { return env.B.callBack((x) => x * 2, 21); },
        async pipelining(env) {
          return [await env.B.makeCounter(1).increment(41), await env.B.makeCounter(0).child("abc").increment(1), await env.B.makeCounter(7).value];
        },
        async functionResult(env) { const f = await env.B.makeFunction("p-"); return [typeof f, await f("x")]; },
        async propertyRead(env) { return [await env.B.greeting, await t(async () => await env.B.missing)]; },
        async dispose(env) {
          const c = await env.B.makeCounter(3);
          c[Symbol.dispose]();
          c[Symbol.dispose]();
          return t(() => c.increment());
        },
        async streamArgument(env) {
          const s = new ReadableStream({ start(c) { c.enqueue(new Uint8Array(3)); c.enqueue(new Uint8Array(4)); c.close(); } });
          return env.B.sumStream(s);
        },
        async streamResult(env) { const s = await env.B.makeStream(); return [s.constructor.name, await new Response(s).text()]; },
        async requestArgument(env) {
          return env.B.readRequest(new Request("http://q/p", { method: "PUT", headers: { "x-a": "h" }, body: "rb" }));
        },
        async responseResult(env) { const r = await env.B.makeResponse(); return [r.constructor.name, r.status, r.headers.get("x-a"), await r.text()]; },
        async errors(env) {
          return [await t(() => env.B.throwsSubclass()), await t(() => env.B.throwsDom()), await t(() => env.B.echo(new (class Foo {})())),
            await t(() => env.B.echo(Object.create(null))), await t(() => env.B.echo(new Blob(["x"])))];
        },
        async durableObject(env) {
          const room = env.ROOM.getByName("r1");
          return [await room.title, await room.counter(3).increment(1), await room.useTarget(new Greeter())];
        },
      };
      export default { async fetch(req, env) {
        const name = new URL(req.url).pathname.slice(1);
        return Response.json(await tests[name](env));
      } };
      """;

  static Miniflare mf;

  @BeforeAll
  static void start() {
    mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("a").modules(true).script(CALLER)
            .serviceBinding("B", "b").durableObject("ROOM", "Room", "b"))
        .worker(WorkerOptions.builder().name("b").modules(true).script(CALLEE).durableObject("ROOM", "Room"))
        .build());
  }

  @AfterAll
  static void stop() {
    mf.close();
  }

  static JsonNode run(String test) {
    return mf.dispatchFetch("http://localhost/" + test).json();
  }

  @Test
  void an_rpc_target_passed_as_argument_is_called_back_and_keeps_its_state() {
    assertThat(run("targetArgument").asText()).isEqualTo("hi b 1");
  }

  @Test
  void a_stub_passed_on_reaches_the_same_target_and_moves_to_the_callee() {
    assertThat(run("forwardedStub").toString()).isEqualTo(
        "[11,{\"error\":{\"name\":\"Error\",\"ctor\":\"Error\",\"message\":\"RPC stub used after being disposed.\"}}]");
  }

  @Test
  void rpc_targets_nested_in_a_result_become_stubs() {
    assertThat(run("nestedTargets").toString()).isEqualTo("[7,1]");
  }

  @Test
  void a_function_argument_is_a_callback() {
    assertThat(run("callback").asText()).isEqualTo("got 42");
  }

  @Test
  void calls_and_reads_pipeline_on_unawaited_results() {
    assertThat(run("pipelining").toString()).isEqualTo("[42,4,7]");
  }

  @Test
  void a_returned_function_is_a_callable_stub() {
    assertThat(run("functionResult").toString()).isEqualTo("[\"function\",\"p-x\"]");
  }

  @Test
  void awaiting_a_member_reads_a_getter_and_a_missing_one_fails_as_in_workerd() {
    assertThat(run("propertyRead").toString()).isEqualTo(
        "[\"hello\",{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"The RPC receiver does not implement the method \\\"missing\\\".\"}}]");
  }

  @Test
  void a_disposed_stub_refuses_calls_and_disposing_twice_is_harmless() {
    assertThat(run("dispose").toString()).isEqualTo(
        "{\"error\":{\"name\":\"Error\",\"ctor\":\"Error\",\"message\":\"RPC stub used after being disposed.\"}}");
  }

  @Test
  void readable_streams_cross_in_both_directions() {
    assertThat(run("streamArgument").asInt()).isEqualTo(7);
    assertThat(run("streamResult").toString()).isEqualTo("[\"ReadableStream\",\"streamed body\"]");
  }

  @Test
  void requests_and_responses_cross_with_their_bodies() {
    assertThat(run("requestArgument").toString()).isEqualTo("[\"PUT\",\"http://q/p\",\"h\",\"rb\"]");
    assertThat(run("responseResult").toString()).isEqualTo("[\"Response\",201,\"1\",\"resp body\"]");
  }

  @Test
  void errors_and_unserializable_values_fail_as_in_workerd() {
    JsonNode errors = run("errors");
    assertThat(errors.get(0).toString()).isEqualTo("{\"error\":{\"name\":\"Error\",\"ctor\":\"Error\",\"message\":\"MyErr: sub\"}}");
    assertThat(errors.get(1).toString()).isEqualTo("{\"error\":{\"name\":\"AbortError\",\"ctor\":\"DOMException\",\"message\":\"gone\"}}");
    assertThat(errors.get(2).get("error").get("message").asText())
        .isEqualTo("Could not serialize object of type \"Foo\". This type does not support serialization.");
    assertThat(errors.get(3).get("error").get("message").asText())
        .isEqualTo("Could not serialize object of type \"Object\". This type does not support serialization.");
    assertThat(errors.get(4).get("error").get("message").asText())
        .isEqualTo("Could not serialize object of type \"Blob\". This type does not support serialization.");
  }

  @Test
  void durable_objects_return_and_take_rpc_targets_and_answer_property_reads() {
    assertThat(run("durableObject").toString()).isEqualTo("[\"room r1\",4,\"hi room 1\"]");
  }

  @Test
  void java_reads_a_property_of_an_entrypoint_and_of_a_durable_object() {
    WorkerEntrypointStub b = mf.getWorkerEntrypoint("b", null);
    assertThat(b.get("greeting")).isEqualTo("hello");
    assertThatThrownBy(() -> b.get("missing")).isInstanceOfSatisfying(WorkerException.class,
        e -> assertThat(e.errorMessage()).isEqualTo("The RPC receiver does not implement the method \"missing\"."));
    DurableObjectStub room = mf.getDurableObjectNamespace("ROOM", "b").getByName("r2");
    assertThat(room.get("title")).isEqualTo("room r2");
  }

  @Test
  void java_calls_an_rpc_target_result_through_its_stub() {
    RpcStub counter = (RpcStub) mf.getWorkerEntrypoint("b", null).call("makeCounter", 10);
    assertThat(counter.kind()).isEqualTo(RpcStub.Kind.TARGET);
    assertThat(counter.call("increment", 5)).isEqualTo(15.0);
    assertThat(counter.get("value")).isEqualTo(15.0);
    RpcStub child = (RpcStub) counter.call("child", "four");
    assertThat(child.call("increment")).isEqualTo(5.0);
    counter.close();
    assertThatThrownBy(() -> counter.call("increment")).hasMessage("RPC stub used after being disposed.");
  }

  @Test
  void java_passes_a_stub_back_and_calls_a_returned_function_and_stream() {
    WorkerEntrypointStub b = mf.getWorkerEntrypoint("b", null);
    RpcStub counter = (RpcStub) b.call("makeCounter", 1);
    assertThat(b.call("forward", counter)).isEqualTo(11.0);
    assertThatThrownBy(() -> counter.get("value")).hasMessage("RPC stub used after being disposed.");
    RpcStub function = (RpcStub) b.call("makeFunction", "j-");
    assertThat(function.kind()).isEqualTo(RpcStub.Kind.FUNCTION);
    assertThat(function.invoke("x")).isEqualTo("j-x");
    RpcStub stream = (RpcStub) b.call("makeStream");
    assertThat(new String(stream.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("streamed body");
  }

  @Test
  void java_reads_a_returned_response_as_a_map_with_a_streamed_body() {
    @SuppressWarnings("unchecked")
    Map<String, Object> response = (Map<String, Object>) mf.getWorkerEntrypoint("b", null).call("makeResponse");
    assertThat(response).containsEntry("status", 201).containsEntry("headers", Map.of("content-type", "text/plain;charset=UTF-8", "x-a", "1"));
    assertThat(new String(((RpcStub) response.get("body")).readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("resp body");
  }

  @Test
  void java_values_round_trip_through_echo() {
    Object value = mf.getWorkerEntrypoint("b", null).call("echo", Map.of("list", List.of(1, "x")));
    assertThat(value).isEqualTo(Map.of("list", List.of(1.0, "x")));
  }
}
