package io.github.miniflare4j.bench;

import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.d1.D1Databases;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.r2.R2Buckets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The workers of the scenarios. Their code lives in {@code bench/workers/*.js} resources, which
 * {@code bench/node/bench.mjs} reads too, so both sides run the same JavaScript.
 */
final class Workers {

  private Workers() {}

  /** {@code new Response("Hello World!")}. */
  static MiniflareOptions hello() {
    return MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("hello").modules(true).script(code("hello.js")))
        .build();
  }

  /** Hello-world served over HTTP on 127.0.0.1 and a free port. */
  static MiniflareOptions helloServed() {
    return MiniflareOptions.builder()
        .port(0)
        .worker(WorkerOptions.builder().name("hello").modules(true).script(code("hello.js")))
        .build();
  }

  /** One KV get and one KV put per request. */
  static MiniflareOptions kv() {
    return MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("kv").modules(true).script(code("kv.js")).kvNamespace("KV", "kv"))
        .build();
  }

  /**
   * The "multiple workers" example of Miniflare's guide (as in MultiWorkerScenarioTest): a
   * host-function binding, three service-binding calls to a service-worker-format worker, KV.
   */
  static MiniflareOptions multi() {
    return MiniflareOptions.builder()
        .worker(
            WorkerOptions.builder()
                .name("worker")
                .modules(true)
                .script(code("multi-worker.js"))
                .kvNamespace("COUNTS", "counts")
                .serviceBinding("INCREMENTER", "incrementer")
                .serviceBinding("CUSTOM", request -> FetchResponse.text("The count is ")))
        .worker(
            WorkerOptions.builder()
                .name("incrementer")
                .script(code("multi-incrementer.js"))
                .kvNamespace("NUMBERS", "counts"))
        .build();
  }

  /** Seeds, touches and counts keys of its KV namespace (see seed.js). */
  static MiniflareOptions seed() {
    return MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("seed").modules(true).script(code("seed.js")).kvNamespace("KV", "kv"))
        .build();
  }

  /** A D1 database with 1000 users: GET /select reads one by id, GET /insert adds a row (see d1.js). */
  static MiniflareOptions d1() {
    return MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("d1").modules(true).script(code("d1.js"))
            .bind(D1Databases.database("DB", "bench-db")))
        .build();
  }

  /**
   * An R2 bucket: GET /roundtrip puts and gets 1 MiB, PUT and GET /key stream objects (see r2.js).
   *
   * @param persist the r2Persist directory, or {@code null} for a bucket in memory
   * @param served whether the HTTP server runs (on 127.0.0.1 and a free port)
   */
  static MiniflareOptions r2(java.nio.file.Path persist, boolean served) {
    MiniflareOptions.Builder options = MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("r2").modules(true).script(code("r2.js")).bind(R2Buckets.bucket("B", "bench")));
    if (persist != null) {
      options.persist("r2", persist);
    }
    if (served) {
      options.port(0);
    }
    return options.build();
  }

  static String code(String name) {
    try (InputStream in = Workers.class.getResourceAsStream("workers/" + name)) {
      if (in == null) {
        throw new IllegalStateException("worker script missing from the bench jar: workers/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
