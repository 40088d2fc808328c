package io.github.miniflare4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Dispatches per second through {@code Miniflare.dispatchFetch} for a hello-world worker and
 * for a worker that parses a JSON body, reads headers and builds a JSON response, next to
 * baselines measured in the same run: the same JSON work done by a plain Java {@link
 * FetchHandler} (no JavaScript), and hello-world as the floor of the JSON worker.
 *
 * <p>Not a test: run it with {@code ./mvnw -q -pl runtime test-compile exec:java
 * -Dexec.mainClass=io.github.miniflare4j.bench.DispatchBenchmark -Dexec.classpathScope=test}
 * (optional arguments: measurement seconds per case, default 5; warm-up seconds, default 20).
 */
public final class DispatchBenchmark {

  static final String HELLO =
      "export default { fetch() { return new Response(\"Hello World!\"); } };";

  static final String JSON_WORKER =
      """
      export default {
        async fetch(request) {
          const order = await request.json();
          const total = order.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
          return Response.json({
            customer: order.customer,
            total,
            items: order.items.length,
            agent: request.headers.get("user-agent"),
            trace: request.headers.get("x-trace-id"),
          }, { headers: { "x-handled-by": "worker" } });
        }
      };
      """;

  static final String ORDER =
      "{\"customer\":\"c-42\",\"items\":[{\"sku\":\"a\",\"price\":2.5,\"quantity\":2},"
          + "{\"sku\":\"b\",\"price\":10,\"quantity\":1},{\"sku\":\"c\",\"price\":0.99,\"quantity\":7}]}";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DispatchBenchmark() {}

  /** Runs the benchmark and prints one line per case plus the ratios. */
  public static void main(String[] args) throws Exception {
    Duration measure = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 5);
    Duration warmup = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 20);
    FetchRequest hello = FetchRequest.get("http://localhost/");
    FetchRequest order =
        FetchRequest.builder("http://localhost/orders")
            .method("POST")
            .header("content-type", "application/json")
            .header("user-agent", "bench/1.0")
            .header("x-trace-id", "t-1")
            .body(ORDER)
            .build();

    double helloJs;
    double jsonJs;
    double jsonJava;
    try (Miniflare mf = worker(HELLO)) {
      helloJs = rate(mf, hello, warmup, measure);
    }
    try (Miniflare mf = worker(JSON_WORKER)) {
      check(mf.dispatchFetch(order));
      jsonJs = rate(mf, order, warmup, measure);
    }
    FetchHandler javaJson = DispatchBenchmark::javaJson;
    check(javaJson.handle(order));
    jsonJava = rate(javaJson, order, warmup, measure);

    System.out.println();
    System.out.println("| case | dispatches/s | relative |");
    System.out.println("| --- | ---: | --- |");
    row("hello-world worker", helloJs, "baseline of the JSON worker");
    row("JSON worker (parse body, read headers, JSON response)", jsonJs,
        String.format(Locale.ROOT, "%.2f x hello-world; %.4f x plain Java", jsonJs / helloJs, jsonJs / jsonJava));
    row("plain Java handler, same JSON work (baseline)", jsonJava, "baseline");
  }

  static Miniflare worker(String script) {
    return new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("bench").modules(true).script(script))
        .build());
  }

  /** The JSON worker's work in plain Java: parse, read headers, build a JSON response. */
  static FetchResponse javaJson(FetchRequest request) throws Exception {
    JsonNode order = JSON.readTree(request.body());
    double total = 0;
    for (JsonNode item : order.get("items")) {
      total += item.get("price").asDouble() * item.get("quantity").asDouble();
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("customer", order.get("customer").asText());
    out.put("total", total);
    out.put("items", order.get("items").size());
    out.put("agent", request.header("user-agent"));
    out.put("trace", request.header("x-trace-id"));
    return FetchResponse.builder()
        .header("content-type", "application/json")
        .header("x-handled-by", "java")
        .body(JSON.writeValueAsBytes(out))
        .build();
  }

  static void check(FetchResponse response) {
    JsonNode body = response.json();
    if (response.status() != 200 || !body.get("customer").asText().equals("c-42")
        || Math.abs(body.get("total").asDouble() - 21.93) > 1e-9 || !"t-1".equals(body.get("trace").asText())) {
      throw new IllegalStateException("unexpected benchmark answer: " + response);
    }
  }

  static double rate(Miniflare mf, FetchRequest request, Duration warmup, Duration measure) {
    return rate(r -> mf.dispatchFetch(r), request, warmup, measure);
  }

  static double rate(FetchHandler handler, FetchRequest request, Duration warmup, Duration measure) {
    try {
      run(handler, request, warmup);
      return run(handler, request, measure);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Calls the handler back to back for the duration; returns calls per second. */
  static double run(FetchHandler handler, FetchRequest request, Duration duration) throws Exception {
    long end = System.nanoTime() + duration.toNanos();
    long start = System.nanoTime();
    long calls = 0;
    long now;
    do {
      for (int i = 0; i < 50; i++) {
        FetchResponse response = handler.handle(request);
        if (response.status() != 200) {
          throw new IllegalStateException("unexpected status " + response);
        }
      }
      calls += 50;
      now = System.nanoTime();
    } while (now < end);
    return calls / ((now - start) / 1e9);
  }

  private static void row(String name, double rate, String note) {
    System.out.printf(Locale.ROOT, "| %s | %,.0f | %s |%n", name, rate, note);
  }
}
