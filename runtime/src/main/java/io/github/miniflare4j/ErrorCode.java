package io.github.miniflare4j;

/**
 * The error codes of Miniflare's {@code MiniflareCoreError}, carried by {@link
 * MiniflareException}. Names and meanings follow Miniflare's {@code src/shared/error.ts}; the
 * codes the Java port adds say so.
 */
public enum ErrorCode {
  /** A worker failed to start: its script threw, or a binding points nowhere. */
  ERR_RUNTIME_FAILURE,
  /** The instance was used after {@code close()}. */
  ERR_DISPOSED,
  /** A module could not be parsed or located. */
  ERR_MODULE_PARSE,
  /** An options object was missing or malformed. */
  ERR_VALIDATION,
  /** No workers were defined. */
  ERR_NO_WORKERS,
  /** Two workers share a name, or several have none. */
  ERR_DUPLICATE_NAME,
  /** The HTTP server could not bind its port. */
  ERR_ADDRESS_IN_USE,
  /** A route pattern has a query string (Miniflare's {@code RouterError}). */
  ERR_QUERY_STRING,
  /** A route pattern has a {@code *} elsewhere than host start or path end ({@code RouterError}). */
  ERR_INFIX_WILDCARD,
  /** A request did not finish within its wall-clock limit (Java port). */
  ERR_TIMEOUT,
  /** A worker's code raised an error that the caller awaited (Java port). */
  ERR_SCRIPT,
  /** Two workers consume the same queue (Miniflare's {@code QueuesError}). */
  ERR_MULTIPLE_CONSUMERS,
  /** A queue is its own dead letter queue (Miniflare's {@code QueuesError}). */
  ERR_DEAD_LETTER_QUEUE_CYCLE,
  /** A persist option is a URL of a protocol other than {@code file:} and {@code memory:}. */
  ERR_PERSIST_UNSUPPORTED,
  /** A worker named by a wrapped binding cannot be one (Miniflare's {@code ERR_INVALID_WRAPPED}). */
  ERR_INVALID_WRAPPED,
  /** Wrapped bindings that lead back to their own worker (Miniflare's {@code ERR_CYCLIC}). */
  ERR_CYCLIC,
  /** A worker's compatibility date is after today's (Miniflare's {@code ERR_FUTURE_COMPATIBILITY_DATE}). */
  ERR_FUTURE_COMPATIBILITY_DATE
}
