package io.github.miniflare4j.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs fixture classes through JUnit's engine, and the worker they share. */
final class Fixtures {

  /** A worker exercising KV, module globals, the clock and outbound fetch. */
  static final String SCRIPT = """
      let hits = 0;
      export default {
        async fetch(request, env) {
          const url = new URL(request.url);
          const k = url.searchParams.get("k");
          switch (url.pathname) {
            case "/put": await env.KV.put(k, url.searchParams.get("v")); return new Response("ok");
            case "/get": return new Response((await env.KV.get(k)) ?? "<none>");
            case "/hits": hits++; return new Response(String(hits));
            case "/ttl": await env.KV.put(k, "v", { expirationTtl: 60 }); return new Response("ok");
            case "/out": return new Response(await (await fetch("https://api.example.com/x")).text());
            case "/auth": return new Response(await (await env.AUTH.fetch("http://auth/")).text());
            default: return new Response("hello " + env.GREETING);
          }
        }
      };
      """;

  private Fixtures() {}

  /** The failures of the run's tests and containers, one line each, for assertion messages. */
  static String failures(EngineExecutionResults results) {
    StringBuilder out = new StringBuilder();
    results.allEvents().failed().stream().forEach(event -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
        .ifPresent(t -> out.append(event.getTestDescriptor().getDisplayName()).append(": ").append(t).append('\n')));
    return out.toString();
  }

  /** Asserts that every test of the run started and succeeded, showing the failures otherwise. */
  static void assertAllSucceeded(EngineExecutionResults results, int tests) {
    org.assertj.core.api.Assertions.assertThat(failures(results)).as("failures").isEmpty();
    results.testEvents().assertStatistics(s -> s.started(tests).succeeded(tests));
  }

  static EngineExecutionResults run(Class<?>... classes) {
    var request = EngineTestKit.engine("junit-jupiter");
    for (Class<?> c : classes) {
      request = request.selectors(selectClass(c));
    }
    return request.execute();
  }

  static EngineExecutionResults runParallel(Class<?>... classes) {
    var request = EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
        .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2");
    for (Class<?> c : classes) {
      request = request.selectors(selectClass(c));
    }
    return request.execute();
  }
}
