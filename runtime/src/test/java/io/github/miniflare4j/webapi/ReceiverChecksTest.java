package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Every method and accessor of the web classes refuses a receiver of another kind with workerd's
 * Illegal invocation, thrown at the call (also by the members that return promises), before it
 * runs: a plain object, a primitive, {@code undefined} and an object made from the prototype
 * without the constructor.
 */
class ReceiverChecksTest {

  private static final String CLASSES =
      "Event, CustomEvent, EventTarget, AbortSignal, AbortController, Headers, Request, Response,"
          + " ReadableStream, ReadableStreamDefaultReader, WritableStream, TransformStream, WebSocket,"
          + " HTMLRewriter, Crypto, SubtleCrypto";

  @Test
  void every_member_of_the_web_classes_checks_its_receiver() {
    JsonNode out =
        run(
            """
            const classes = { %s };
            const unchecked = [];
            let checked = 0;
            for (const [name, Class] of Object.entries(classes)) {
              const proto = Class.prototype;
              for (const key of Reflect.ownKeys(proto)) {
                if (key === "constructor" || key === Symbol.toStringTag) continue;
                const d = Object.getOwnPropertyDescriptor(proto, key);
                // a nested class (crypto.DigestStream) is a constructor, not a member to call
                const method = typeof d.value === "function" && d.value.prototype === undefined ? d.value : undefined;
                const members = { get: d.get, set: d.set, call: method };
                for (const [kind, fn] of Object.entries(members)) {
                  if (fn === undefined) continue;
                  for (const [shown, receiver] of [["{}", {}], ["5", 5], ["undefined", undefined], ["bare", Object.create(proto)]]) {
                    let outcome;
                    try {
                      const result = fn.call(receiver, undefined);
                      if (result instanceof Promise) result.catch(() => {});
                      outcome = "no error";
                    } catch (e) {
                      outcome = e instanceof TypeError && e.message.startsWith("Illegal invocation: ") ? null : String(e);
                    }
                    if (outcome === null) checked++;
                    else unchecked.push(name + "." + String(key) + " (" + kind + " on " + shown + "): " + outcome);
                  }
                }
              }
            }
            out.checked = checked;
            out.unchecked = unchecked;
            """
                .formatted(CLASSES));

    assertThat(out.get("unchecked")).isEmpty();
    assertThat(out.get("checked").asInt()).isGreaterThan(400);
  }
}
