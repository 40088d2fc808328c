package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The lazy prelude modules stay unloaded until a worker uses what they implement, and the globals
 * they serve look the same before and after: plain data properties, the same names, lengths and
 * prototype members.
 */
class LazyPreludeTest {

  /** What a script can observe of the globals served by lazy modules. */
  private static final String SHAPES = """
      ["URLPattern", "HTMLRewriter", "SubtleCrypto", "CryptoKey", "crypto", "WebAssembly", "Cache"].map((name) => {
        // an API class is a member of the global's prototype, as in workerd; crypto an own global
        const d = Object.getOwnPropertyDescriptor(globalThis, name) ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), name);
        const v = d.value;
        const proto = typeof v === "function" ? v.prototype : Object.getPrototypeOf(v);
        const members = Object.getOwnPropertyNames(proto).map((m) => {
          const pd = Object.getOwnPropertyDescriptor(proto, m);
          return m + ":" + (typeof pd.value === "function" ? "f" + pd.value.length : pd.get ? "get" : typeof pd.value);
        });
        return [name, "value" in d, d.writable, d.enumerable, d.configurable, typeof v, v.name, v.length, members.join(" ")].join("|");
      }).join("\\n")
      """;

  @Test
  void aPreparedContextLoadsNoLazyModuleAndWarmingUpLoadsNone() throws Exception {
    String loaded = inFreshContext(true, LazyPreludeTest::loaded);
    assertThat(loaded).isEmpty();
  }

  @Test
  void eachLazyModuleLoadsOnFirstUseOfWhatItImplements() throws Exception {
    String loaded = inFreshContext(false, prepared -> {
      prepared.context.eval("js", "new URLPattern({ pathname: '/a/:id' }).exec('http://x/a/1').pathname.groups.id");
      String afterPattern = loaded(prepared);
      prepared.context.eval("js", "new HTMLRewriter().on('p', {})");
      String afterRewriter = loaded(prepared);
      prepared.context.eval("js", "crypto.subtle.digest('SHA-256', new Uint8Array(1))");
      return afterPattern + " / " + afterRewriter + " / " + loaded(prepared);
    });
    assertThat(loaded).isEqualTo("urlpattern-impl.js / urlpattern-impl.js,html-rewriter-impl.js / urlpattern-impl.js,html-rewriter-impl.js,crypto-subtle.js");
  }

  @Test
  void eventSourceIsBuiltOnTheFirstReadOfItsGlobalAndThenIsAPlainDataProperty() throws Exception {
    String result = inFreshContext(false, prepared -> {
      String before = loaded(prepared) + "|" + prepared.context.eval("js", "'get' in Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), 'EventSource')").asBoolean();
      String type = prepared.context.eval("js", "typeof EventSource + ' ' + EventSource.name + ' ' + EventSource.OPEN").asString();
      String descriptor = prepared.context.eval("js",
          "JSON.stringify(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), 'EventSource'), (k, v) => typeof v === 'function' ? 'f' : v)").asString();
      return before + " / " + type + " / " + loaded(prepared) + " / " + descriptor;
    });
    assertThat(result).isEqualTo("|true / function EventSource 1 / eventsource-impl.js / {\"value\":\"f\",\"writable\":true,\"enumerable\":true,\"configurable\":true}");
  }

  @Test
  void theGlobalsLookTheSameBeforeAndAfterTheirModuleLoads() throws Exception {
    String shapes = inFreshContext(false, prepared -> {
      String before = prepared.context.eval("js", SHAPES).asString();
      prepared.context.eval("js", "new URLPattern({}); new HTMLRewriter().on('p', {}); crypto.subtle.digest('SHA-256', new Uint8Array(1));"
          + " caches.default.match('http://x/').catch(() => {});");
      String after = prepared.context.eval("js", SHAPES).asString();
      assertThat(loaded(prepared)).contains("urlpattern-impl.js", "html-rewriter-impl.js", "crypto-subtle.js", "cache-impl.js");
      assertThat(after).isEqualTo(before);
      return before;
    });
    assertThat(shapes).contains(
        "URLPattern|true|true|true|true|function|URLPattern|0|",
        "HTMLRewriter|true|true|true|true|function|HTMLRewriter|0|on:f0 onDocument:f0 transform:f0 constructor:f0",
        "digest:f0", "importKey:f0", "deriveBits:f0", "timingSafeEqual:f0",
        "exec:f0", "test:f0", "protocol:get",
        "Cache|true|true|true|true|function|Cache|0|add:f0 addAll:f0 delete:f0 match:f0 put:f0 matchAll:f0 keys:f0 constructor:f0");
  }

  @Test
  void anEntryPointOnInternalsLoadsItsModuleOnItsFirstCallAndIsThenReplacedByTheRealOne() throws Exception {
    String result = inFreshContext(false, prepared -> {
      org.graalvm.polyglot.Value factories = prepared.internals.getMember("bindingFactories");
      org.graalvm.polyglot.Value entry = factories.getMember("durableObjectNamespace");
      String before = loaded(prepared) + "|" + prepared.internals.getMember("durableFetch").canExecute()
          + "|" + prepared.internals.getMember("dispatchQueue").canExecute();
      // a namespace binding's host object, as the Durable Objects plugin passes it
      org.graalvm.polyglot.Value hostObject = prepared.context.eval("js", "({ ownClass() { return null; }, unbound() { return false; } })");
      org.graalvm.polyglot.Value namespace = entry.execute(hostObject);
      String tag = prepared.context.eval("js", "(ns) => Object.prototype.toString.call(ns)").execute(namespace).asString();
      boolean replaced = !factories.getMember("durableObjectNamespace").equals(entry);
      return before + " / " + loaded(prepared) + "|" + tag + "|" + replaced;
    });
    assertThat(result).isEqualTo("|true|true / durable.js|[object DurableObjectNamespace]|true");
  }

  private static String loaded(PreparedContext prepared) {
    org.graalvm.polyglot.Value names = prepared.internals.getMember("loadedPreludeModules").execute();
    java.util.List<String> list = new java.util.ArrayList<>();
    for (long i = 0; i < names.getArraySize(); i++) {
      list.add(names.getArrayElement(i).asString());
    }
    return String.join(",", list);
  }

  private static <T> T inFreshContext(boolean warmUp, Function<PreparedContext, T> body) throws Exception {
    EventLoop loop = new EventLoop("lazy-prelude-test");
    try {
      CompletableFuture<T> result = loop.submit(() -> {
        PreparedContext prepared = PreparedContext.create(loop, warmUp);
        try {
          return body.apply(prepared);
        } finally {
          prepared.context.close(true);
        }
      });
      return result.get();
    } finally {
      loop.close();
    }
  }
}
