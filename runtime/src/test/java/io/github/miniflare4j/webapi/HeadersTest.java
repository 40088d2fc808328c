package io.github.miniflare4j.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Headers as workerd has them: case-insensitive, sorted, set-cookie apart, guarded; recorded with the oracle. */
class HeadersTest {

  /** Iteration order, combined values, getSetCookie, validation and the immutable headers of the incoming request. */
  @Test
  void headers_are_case_insensitive_sorted_and_keep_set_cookie_apart() {
    JsonNode out =
        WorkerProbe.run(
            """
            const h = new Headers({ "Content-Type": "text/plain", "X-B": "2", "x-a": "1" });
            h.append("Set-Cookie", "a=1"); h.append("set-cookie", "b=2"); h.append("X-A", "3");
            out.order = [...h];
            out.get = [h.get("CONTENT-TYPE"), h.get("x-a"), h.get("set-cookie"), h.has("X-b"), h.get("missing")];
            out.cookies = h.getSetCookie();
            out.noCookies = new Headers().getSetCookie();
            h.delete("X-B"); out.afterDelete = [...h.keys()];
            out.badName = await t(() => new Headers({ "bad name": "x" }));
            out.badValue = await t(() => new Headers().set("x", "a\\nb"));
            out.badInit = await t(() => new Headers([["a"]]));
            out.getNoArg = await t(() => h.get());
            out.trim = new Headers({ a: "  v \\t" }).get("a");
            out.incoming = await t(() => req.headers.set("x", "y"));
            out.incomingAppend = await t(() => req.headers.append("x", "y"));
            out.incomingDelete = await t(() => req.headers.delete("host"));
            out.copyIsMutable = await t(() => { const c = new Headers(req.headers); c.set("x", "y"); return c.get("x"); });
            out.requestCopyIsMutable = await t(() => { const c = new Request(req); c.headers.set("x", "y"); return c.headers.get("x"); });
            """);

    assertThat(out.get("order")).hasToString("[[\"content-type\",\"text/plain\"],[\"set-cookie\",\"a=1\"],[\"set-cookie\",\"b=2\"],[\"x-a\",\"1, 3\"],[\"x-b\",\"2\"]]");
    assertThat(out.get("get")).hasToString("[\"text/plain\",\"1, 3\",\"a=1, b=2\",true,null]");
    assertThat(out.get("cookies")).hasToString("[\"a=1\",\"b=2\"]");
    assertThat(out.get("noCookies")).hasToString("[]");
    assertThat(out.get("afterDelete")).hasToString("[\"content-type\",\"set-cookie\",\"set-cookie\",\"x-a\"]");
    assertThat(out.get("badName")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Invalid header name.\"}}");
    assertThat(out.get("badValue")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Invalid header value.\"}}");
    assertThat(out.get("badInit")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"To initialize a Headers object from a sequence, each inner sequence must have exactly two elements.\"}}");
    assertThat(out.get("getNoArg")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to execute 'get' on 'Headers': parameter 1 is not of type 'string'.\"}}");
    assertThat(out.get("trim")).hasToString("\"v\"");
    assertThat(out.get("incoming")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Can't modify immutable headers.\"}}");
    assertThat(out.get("incomingAppend")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Can't modify immutable headers.\"}}");
    assertThat(out.get("incomingDelete")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Can't modify immutable headers.\"}}");
    assertThat(out.get("copyIsMutable")).hasToString("{\"ok\":\"y\"}");
    assertThat(out.get("requestCopyIsMutable")).hasToString("{\"ok\":\"y\"}");
  }

  /** Argument checks of every method and of the constructor. */
  @Test
  void missing_arguments_and_bad_initializers_throw_workerds_type_errors() {
    JsonNode out =
        WorkerProbe.run(
            """
            const h = new Headers();
            out.missing = {};
            for (const [m, args] of [["get", []], ["has", []], ["delete", []], ["set", ["a"]], ["append", ["a"]], ["set", []], ["getAll", []]]) out.missing[m + args.length] = await t(() => h[m](...args));
            out.initVariants = [await t(() => new Headers([["a", "1", "2"]])), await t(() => new Headers(["ab"])), await t(() => new Headers(5)), await t(() => new Headers("x"))];
            """);

    assertThat(out.get("missing")).hasToString("{\"get0\":{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to execute 'get' on 'Headers': parameter 1 is not of type 'string'.\"}},\"has0\":{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to execute 'has' on 'Headers': parameter 1 is not of type 'string'.\"}},\"delete0\":{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to execute 'delete' on 'Headers': parameter 1 is not of type 'string'.\"}},\"set1\":{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to execute 'set' on 'Headers': parameter 2 is not of type 'string'.\"}},\"append1\":{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to execute 'append' on 'Headers': parameter 2 is not of type 'string'.\"}},\"set0\":{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to execute 'set' on 'Headers': parameter 1 is not of type 'string'.\"}},\"getAll0\":{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to execute 'getAll' on 'Headers': parameter 1 is not of type 'string'.\"}}}");
    assertThat(out.get("initVariants")).hasToString("[{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"To initialize a Headers object from a sequence, each inner sequence must have exactly two elements.\"}},{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Incorrect type: the provided value is not of type 'Sequence'.\"}},{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to construct 'Headers': constructor parameter 1 is not of type 'Headers or Sequence or object'.\"}},{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to construct 'Headers': constructor parameter 1 is not of type 'Headers or Sequence or object'.\"}}]");
  }
}
