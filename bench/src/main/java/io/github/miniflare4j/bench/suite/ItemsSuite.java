package io.github.miniflare4j.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerResponse;
import io.github.miniflare4j.kv.KvNamespace;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The base of the suite benchmark's test classes: one instance shared by every class of the run
 * (each class starts from its own baseline, each test from the class's baseline unless marked
 * {@code @KeepStorage}), the worker {@link #WORKER_SCRIPT} with the KV binding {@code KV},
 * and the request helpers every class uses. Tests run in declaration order ({@code @Order}), as
 * the Vitest files of the same suite do.
 */
@MiniflareTest(
    workers = @Worker(
        name = "items-audit",
        scriptPath = ItemsSuite.WORKER_SCRIPT,
        compatibilityDate = "2025-01-01",
        kvNamespaces = "KV"),
    shared = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ItemsSuite {

  /**
   * The worker, a file relative to the repository's root (the working directory of SuiteMain).
   * Not a class-path resource: the suite also runs from jars only (for the JDK's ahead-of-time
   * cache) and the extension reads {@code classpath:} scripts from directories only.
   */
  static final String WORKER_SCRIPT = "bench/suite/items-audit-worker.js";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The entry worker; set before each test. */
  WorkerClient api;

  /** The worker's KV namespace; set before each test. */
  KvNamespace kv;

  @BeforeEach
  void bind(WorkerClient api, KvNamespace kv) {
    this.api = api;
    this.kv = kv;
  }

  /** {@code PUT /items/<id>} with {@code value} as its JSON body. */
  WorkerResponse putItem(String id, Object value) {
    return api.put(itemPath(id)).json(value).send();
  }

  WorkerResponse getItem(String id) {
    return api.fetch(itemPath(id));
  }

  WorkerResponse deleteItem(String id) {
    return api.delete(itemPath(id)).send();
  }

  /** The body of {@code GET /items?prefix=<prefix>}, after checking its status is 200. */
  JsonNode listItems(String prefix) {
    WorkerResponse response = api.fetch("/items?prefix=" + encode(prefix));
    if (response.status() != 200) {
      throw new AssertionError("GET /items?prefix=" + prefix + " answered " + response.status() + ": " + response.text());
    }
    return response.json();
  }

  /** Parses JSON text written in a test, for comparing with a response or a stored value. */
  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored value of a KV key parsed as JSON, or {@code null} when absent. */
  JsonNode storedJson(String key) {
    String text = kv.get(key);
    return text == null ? null : json(text);
  }

  /** encodeURIComponent for the characters the tests use. */
  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String itemPath(String id) {
    return "/items/" + encode(id);
  }
}
