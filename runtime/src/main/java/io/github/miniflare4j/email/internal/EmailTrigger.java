package io.github.miniflare4j.email.internal;

import io.github.miniflare4j.email.EmailResult;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Miniflare's {@code /cdn-cgi/handler/email?from=<a>&to=<b>} endpoint (with {@code
 * unsafeTriggerHandlers}): the body is the raw message, handed to the worker's {@code email()}
 * handler; the answers are Miniflare's (recorded: email-handler-*).
 */
public final class EmailTrigger {

  private EmailTrigger() {}

  /**
   * Answers a request to the endpoint.
   *
   * @param request the request
   * @param from the {@code from} parameter, or {@code null}
   * @param to the {@code to} parameter, or {@code null}
   * @param worker the worker the request is routed to
   * @return the answer
   */
  public static CompletableFuture<FetchResponse> answer(FetchRequest request, String from, String to, WorkerIsolate worker) {
    boolean bodyless = request.method().equals("GET") || request.method().equals("HEAD");
    if (bodyless || from == null || from.isEmpty() || to == null || to.isEmpty()) {
      return CompletableFuture.completedFuture(FetchResponse.text(400, EmailLimits.INVALID_TRIGGER));
    }
    byte[] raw = request.body() == null ? new byte[0] : request.body();
    EmailInvoker.Checked checked = EmailInvoker.check(raw);
    if (checked.problem() != null) {
      return CompletableFuture.completedFuture(FetchResponse.text(400, checked.problem()));
    }
    return EmailInvoker.run(worker, from, to, raw, checked.headers(), false).thenApply(EmailTrigger::response);
  }

  private static FetchResponse response(EmailResult result) {
    if (result.error() != null) {
      String stack = result.error().jsStack();
      return FetchResponse.text(500, result.error().errorName() + ": " + result.error().errorMessage()
          + (stack == null || stack.isEmpty() ? "" : "\n" + stack));
    }
    return result.rejected()
        ? FetchResponse.text(400, EmailLimits.REJECTED + result.rejection())
        : FetchResponse.text(200, EmailLimits.PROCESSED);
  }
}
