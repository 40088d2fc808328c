/**
 * Queues, a binding-kind plugin: producers ({@code env.QUEUE.send}, {@code sendBatch}) and
 * consumers ({@code queue(batch, env, ctx)}), as Miniflare's queue broker runs them, on the
 * instance clock.
 *
 * <ul>
 *   <li>{@link io.github.miniflare4j.queues.QueueProducerBinding} and {@link
 *       io.github.miniflare4j.queues.QueueConsumer}: the declarations ({@code queueProducers},
 *       {@code queueConsumers}, Wrangler's {@code queues}).
 *   <li>{@link io.github.miniflare4j.queues.QueueProducer}: the Java handle (send, deliveries,
 *       waiting for them), with {@link io.github.miniflare4j.queues.QueueDelivery} and {@link
 *       io.github.miniflare4j.queues.DeliveredMessage}.
 *   <li>{@link io.github.miniflare4j.queues.QueueLimits}: limits, defaults and messages.
 *   <li>{@code QueueBroker} (package-private): one queue's delays, batches, retries and dead
 *       letters; {@code QueuesInstance}: the brokers of an instance and delivery to consumers.
 * </ul>
 *
 * <p>The producer's JavaScript is {@code queues.js} beside this package; the consumer's batch
 * ({@code QueueController}, {@code QueueMessage}) is the prelude's {@code queue-event.js}.
 */
package io.github.miniflare4j.queues;
