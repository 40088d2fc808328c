package io.github.miniflare4j.scheduled.internal;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * {@code wrangler dev --test-scheduled}: Wrangler bundles a middleware into the worker that turns
 * a request to {@code /__scheduled?cron=<c>} (any method, any host) into one run of the worker's
 * {@code scheduled()} handler at the current time and answers {@code 200 "Ran scheduled event"}
 * when the handler has returned; an error the handler throws leaves {@code fetch()} uncaught (the
 * usual 500); a worker without a scheduled handler runs nothing and still gets the 200. A
 * browser showing that page asks for {@code /favicon.ico} with it as the referrer: when the
 * worker answers that with a 500 (a worker without {@code fetch()}), the middleware answers 404.
 */
public final class TestScheduledEndpoint {

  static final String PATH = "/__scheduled";
  static final String RAN = "Ran scheduled event";

  private TestScheduledEndpoint() {}

  /**
   * The answer to a request for {@code /__scheduled}, or {@code null} for any other path.
   *
   * @param request the request, as the worker would see it
   * @param target the worker the request is routed to
   * @param clock the instance clock: the handler's {@code scheduledTime} is its now
   * @return the answer, or {@code null} when the request goes to {@code fetch()}
   */
  public static CompletableFuture<FetchResponse> handle(FetchRequest request, WorkerIsolate target, MiniflareClock clock) {
    String url = request.url();
    if (!TriggerEndpoint.pathOf(url).equals(PATH)) {
      return null;
    }
    String cron = TriggerEndpoint.param(TriggerEndpoint.queryOf(url), "cron");
    return ScheduledInvoker.runHandler(target, cron == null ? "" : cron, clock.instant())
        .thenApply(error -> error == null ? FetchResponse.text(RAN) : uncaught(error, request.method()));
  }

  /**
   * The worker's answer as the middleware passes it on: a 500 to a {@code /favicon.ico} request
   * from the {@code /__scheduled} page becomes an empty 404.
   *
   * @param request the request the worker answered
   * @param response the worker's answer
   * @return the answer to send
   */
  public static FetchResponse afterFetch(FetchRequest request, FetchResponse response) {
    String referer = request.headers().get("referer");
    if (response.status() == 500 && referer != null && referer.endsWith(PATH)
        && TriggerEndpoint.pathOf(request.url()).equals("/favicon.ico")) {
      return FetchResponse.builder().status(404).build();
    }
    return response;
  }

  /** The 500 of an error left uncaught by {@code fetch()}: its headline and frames as text. */
  private static FetchResponse uncaught(WorkerException error, String method) {
    String stack = error.jsStack();
    String text = error.errorName() + ": " + error.errorMessage() + (stack.isEmpty() ? "" : "\n" + stack);
    FetchResponse.Builder response = FetchResponse.builder().status(500).statusText("")
        .header("content-type", "text/plain;charset=UTF-8");
    if (!method.equals("HEAD")) {
      response.body(text.getBytes(StandardCharsets.UTF_8));
    }
    return response.build();
  }
}
