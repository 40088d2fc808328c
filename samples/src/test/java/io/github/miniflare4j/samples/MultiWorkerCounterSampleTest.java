package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.ServiceBindingHandler;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerResponse;
import org.junit.jupiter.api.Test;

/**
 * Two workers in one instance, as in Miniflare's "multiple workers" guide: a modules worker
 * calls a Java service binding once and a service-worker-format worker three times; both share
 * one KV namespace by id ("counts").
 */
@MiniflareTest(workers = {
    @Worker(
        name = "worker",
        scriptPath = "classpath:counter/worker.js",
        kvNamespaces = "COUNTS=counts",
        serviceBindings = "INCREMENTER=incrementer"),
    @Worker(
        name = "incrementer",
        scriptPath = "classpath:counter/incrementer.js",
        kvNamespaces = "NUMBERS=counts")
})
class MultiWorkerCounterSampleTest {

  /** env.CUSTOM of the entry worker, implemented in Java. */
  @ServiceBindingHandler(value = "CUSTOM", workers = "worker")
  static FetchResponse custom(FetchRequest request) {
    return FetchResponse.text("The count is ");
  }

  @Test
  void the_entry_worker_reports_three_increments(WorkerClient worker) {
    WorkerResponse response = worker.fetch("http://localhost");

    System.out.println("[sample multi-worker counter] GET http://localhost -> " + response.text());
    assertThat(response).hasStatus(200).hasBody("The count is 3");
  }

  @Test
  void every_test_starts_from_an_empty_counter(WorkerClient worker) {
    // the previous test's increments were rolled back: this one counts to 3 again
    assertThat(worker.fetch("/")).hasBody("The count is 3");
  }
}
