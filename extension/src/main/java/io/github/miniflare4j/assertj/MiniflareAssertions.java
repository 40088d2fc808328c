package io.github.miniflare4j.assertj;

import io.github.miniflare4j.d1.D1Database;
import io.github.miniflare4j.durable.DurableObjectStorageView;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.kv.KvNamespace;
import io.github.miniflare4j.queues.QueueProducer;
import io.github.miniflare4j.scheduled.ScheduledResult;
import org.assertj.core.api.AssertProvider;
import org.assertj.core.api.Assertions;

/**
 * The entry point of miniflare4j's AssertJ assertions. It extends AssertJ's {@link Assertions},
 * so one static import of {@code MiniflareAssertions.assertThat} covers strings, lists and the
 * rest as well. Responses returned by the extension's {@code WorkerClient} also work with the
 * plain {@code Assertions.assertThat}.
 */
public final class MiniflareAssertions extends Assertions {

  private MiniflareAssertions() {}

  /**
   * Assertions on a worker's response.
   *
   * @param actual the response
   * @return a new assertion
   */
  public static FetchResponseAssert assertThat(FetchResponse actual) {
    return new FetchResponseAssert(actual);
  }

  /**
   * Assertions on a KV namespace: keys, values, JSON values, metadata, expiration, size.
   *
   * @param actual the namespace
   * @return a new assertion
   */
  public static KvNamespaceAssert assertThat(KvNamespace actual) {
    return new KvNamespaceAssert(actual);
  }

  /**
   * Assertions on a D1 database.
   *
   * @param actual the database
   * @return the assertion
   */
  public static D1DatabaseAssert assertThat(D1Database actual) {
    return new D1DatabaseAssert(actual);
  }

  /**
   * Assertions on an R2 bucket: objects, bodies, content types, custom metadata.
   *
   * @param actual the bucket, from {@code getBinding(R2Bucket.class, ...)} or injection
   * @return a new assertion
   */
  public static R2BucketAssert assertThat(io.github.miniflare4j.r2.R2Bucket actual) {
    return new R2BucketAssert(actual);
  }

  /**
   * Assertions on one Durable Object's storage: keys, values, size, alarm.
   *
   * @param actual the storage view, from {@code DurableObjectNamespace.storage(id)}
   * @return the assertion
   */
  public static DurableObjectStorageAssert assertThat(DurableObjectStorageView actual) {
    return new DurableObjectStorageAssert(actual);
  }

  /**
   * Assertions on one run of a {@code scheduled()} handler: outcome, error, {@code noRetry()}.
   *
   * @param actual the run, from {@code Miniflare.dispatchScheduled}, {@code WorkerClient.scheduled}
   *     or {@code CronTriggers}
   * @return a new assertion
   */
  public static ScheduledResultAssert assertThat(ScheduledResult actual) {
    return new ScheduledResultAssert(actual);
  }

  /**
   * Assertions on what a queue delivered to its consumer: counts, outcomes, bodies.
   *
   * @param actual the queue's producer handle ({@code @Binding("QUEUE") QueueProducer})
   * @return a new assertion
   */
  public static QueueProducerAssert assertThat(QueueProducer actual) {
    return new QueueProducerAssert(actual);
  }

  /**
   * Assertions of anything that provides its own (such as the extension's WorkerResponse).
   *
   * @param <T> the assertion type the provider gives
   * @param provider the value under test
   * @return the provider's assertion
   */
  public static <T> T assertThat(AssertProvider<T> provider) {
    return provider.assertThat();
  }

  /**
   * Assertions on a workflow instance: status, output, error, step outputs.
   *
   * @param actual the instance, from {@code Workflow.create} or {@code Workflow.get}
   * @return a new assertion
   */
  public static WorkflowInstanceAssert assertThat(io.github.miniflare4j.workflows.WorkflowInstance actual) {
    return new WorkflowInstanceAssert(actual);
  }
}
