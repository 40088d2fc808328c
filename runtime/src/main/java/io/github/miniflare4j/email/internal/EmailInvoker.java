package io.github.miniflare4j.email.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.email.EmailResult;
import io.github.miniflare4j.engine.PendingWork;
import io.github.miniflare4j.engine.WorkerIsolate;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs a worker's {@code email()} handler once with a raw message, through {@code
 * cloudflare:email}'s {@code dispatchEmail}, after Miniflare's checks of the message.
 */
public final class EmailInvoker {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EmailInvoker() {}

  /**
   * Miniflare's checks of an incoming message: its size and its headers.
   *
   * @param raw the message
   * @return the headers, or the problem in Miniflare's words (as its endpoint answers with 400)
   */
  public static Checked check(byte[] raw) {
    if (raw.length > EmailLimits.PRODUCTION_MAX_BYTES) {
      return new Checked(null, EmailLimits.OVER_PRODUCTION_LIMIT);
    }
    if (raw.length > EmailLimits.LOCAL_MAX_BYTES) {
      return new Checked(null, EmailLimits.OVER_LOCAL_LIMIT);
    }
    MimeHeaders headers;
    try {
      headers = MimeHeaders.parse(raw);
    } catch (IllegalArgumentException e) {
      return new Checked(null, "Email could not be parsed: TypeError: " + e.getMessage());
    }
    return headers.messageId() == null ? new Checked(null, EmailLimits.NO_MESSAGE_ID) : new Checked(headers, null);
  }

  /**
   * An incoming message after the checks.
   *
   * @param headers its headers, or {@code null} when refused
   * @param problem why it is refused, or {@code null}
   */
  public record Checked(MimeHeaders headers, String problem) {}

  /**
   * Starts one run of the handler.
   *
   * @param worker the worker whose handler runs
   * @param from the envelope sender
   * @param to the envelope recipient
   * @param raw the message
   * @param headers its checked headers ({@link #check})
   * @param awaitWaitUntil {@code true} for Java callers: wait for the handler's {@code
   *     ctx.waitUntil} promises too, and count a rejection made just before the handler returned
   *     (which Miniflare's endpoint, {@code false}, misses)
   * @return completes with the result once the handler settled; fails only when the worker is gone
   */
  public static CompletableFuture<EmailResult> run(
      WorkerIsolate worker, String from, String to, byte[] raw, MimeHeaders headers, boolean awaitWaitUntil) {
    String displayName = worker.spec().displayName();
    logMismatches(worker, from, to, headers);
    EmailDelivery delivery = new EmailDelivery(from, to, raw, headers, !awaitWaitUntil);
    PendingWork work = PendingWork.forInvocation(displayName, "email(from " + from + " to " + to + ")");
    CompletableFuture<WorkerException> handled = worker
        .invoke("builtinEntry", "cloudflare:email", "dispatchEmail", delivery, work)
        .handle((value, error) -> {
          if (error == null) {
            return thrown(value, displayName);
          }
          Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
          if (cause instanceof WorkerException) {
            return (WorkerException) cause;
          }
          throw new CompletionException(cause);
        });
    CompletableFuture<WorkerException> settled =
        awaitWaitUntil ? handled.thenCompose(e -> work.whenIdle().thenApply(idle -> e)) : handled;
    return settled.thenApply(error -> new EmailResult(delivery.rejection(), error, delivery.forwards(), delivery.replies()));
  }

  /** Miniflare warns, and still delivers, when the envelope and the headers disagree. */
  private static void logMismatches(WorkerIsolate worker, String from, String to, MimeHeaders headers) {
    if (!from.equals(headers.fromAddress())) {
      worker.console().warn("Provided MAIL FROM address doesn't match the email message's \"From\" header:\n  MAIL FROM: {}\n"
          + "  \"From\" header: {}", from, headers.fromAddress());
    }
    if (!headers.toAddresses().contains(to)) {
      worker.console().warn("Provided RCPT TO address doesn't match any \"To\" header in the email message:\n  RCPT TO: {}\n"
          + "  \"To\" header: {}", to, String.join(", ", headers.toAddresses()));
    }
  }

  private static WorkerException thrown(String json, String displayName) {
    try {
      JsonNode error = JSON.readTree(json).get("error");
      return error == null ? null : new WorkerException(displayName,
          error.path("name").asText("Error"), error.path("message").asText(""), error.path("stack").asText(""));
    } catch (IOException e) {
      throw new IllegalStateException("unreadable outcome of dispatchEmail: " + json, e);
    }
  }
}
