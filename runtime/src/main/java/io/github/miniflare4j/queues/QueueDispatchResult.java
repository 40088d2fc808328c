package io.github.miniflare4j.queues;

import io.github.miniflare4j.WorkerException;
import java.util.List;
import java.util.Optional;

/**
 * What a consumer's {@code queue()} handler decided about a batch handed to it by {@code
 * Miniflare.dispatchQueue}, in the shape of workerd's {@code FetcherQueueResult} (what Miniflare's
 * {@code Fetcher.queue()} and Vitest's {@code getQueueResult()} answer): nothing is retried or
 * acknowledged on a real queue, the decisions are only reported.
 *
 * @param outcome {@code "ok"}, {@code "exception"} when the handler threw or a {@code
 *     ctx.waitUntil} promise rejected, or {@code "exceededCpu"} when the handler or a {@code
 *     waitUntil} promise hung (waited on nothing that could settle it) and the run was canceled
 * @param ackAll whether it called {@code batch.ackAll()}
 * @param retryBatch whether it called {@code batch.retryAll()}
 * @param retryBatchDelaySeconds the delay given to {@code retryAll}, or {@code null}
 * @param explicitAcks the ids of the messages it called {@code ack()} on, in order
 * @param retryMessages the messages it called {@code retry()} on, in order
 * @param error what the handler threw (workerd's hung error for a canceled run), or {@code null}
 */
public record QueueDispatchResult(String outcome, boolean ackAll, boolean retryBatch, Integer retryBatchDelaySeconds,
    List<String> explicitAcks, List<RetriedMessage> retryMessages, WorkerException error) {

  /**
   * Copies the lists.
   *
   * @param outcome {@code "ok"}, {@code "exception"} or {@code "exceededCpu"}
   * @param ackAll whether it called {@code batch.ackAll()}
   * @param retryBatch whether it called {@code batch.retryAll()}
   * @param retryBatchDelaySeconds the delay given to {@code retryAll}, or {@code null}
   * @param explicitAcks the acknowledged ids
   * @param retryMessages the retried messages
   * @param error what the handler threw, or {@code null}
   */
  public QueueDispatchResult {
    explicitAcks = List.copyOf(explicitAcks);
    retryMessages = List.copyOf(retryMessages);
  }

  /**
   * One {@code message.retry()}.
   *
   * @param msgId the message's id
   * @param delaySeconds the delay it asked for, or {@code null}
   */
  public record RetriedMessage(String msgId, Integer delaySeconds) {}

  /**
   * Whether the handler returned and its {@code waitUntil} work settled without an error.
   *
   * @return {@code outcome().equals("ok")}
   */
  public boolean isOk() {
    return "ok".equals(outcome);
  }

  /**
   * What the handler threw.
   *
   * @return the error, empty when it returned
   */
  public Optional<WorkerException> handlerError() {
    return Optional.ofNullable(error);
  }
}
