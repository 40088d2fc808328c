package io.github.miniflare4j.scheduled.internal;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.email.internal.EmailTrigger;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Miniflare's {@code unsafeTriggerHandlers} paths: a request to {@code
 * /cdn-cgi/handler/scheduled?cron=<c>&time=<ms>} (or the legacy {@code /cdn-cgi/mf/scheduled})
 * runs the routed worker's {@code scheduled()} handler instead of {@code fetch()} and answers
 * {@code 200 "ok"} or {@code 500 "exception"}; {@code /cdn-cgi/handler/email?from=&to=} hands its
 * body to the {@code email()} handler (email.internal.EmailTrigger); any other {@code /cdn-cgi/handler/} path answers
 * 404. Messages as Miniflare words them.
 */
public final class TriggerEndpoint {

  private static final Logger LOG = LoggerFactory.getLogger(TriggerEndpoint.class);

  static final String HANDLER_PREFIX = "/cdn-cgi/handler/";
  static final String SCHEDULED = "/cdn-cgi/handler/scheduled";
  static final String LEGACY_SCHEDULED = "/cdn-cgi/mf/scheduled";
  static final String EMAIL = "/cdn-cgi/handler/email";
  /** The range of a JavaScript {@code Date}: 100,000,000 days either side of the epoch. */
  private static final double MAX_DATE = 8.64e15;

  private TriggerEndpoint() {}

  /**
   * Answers a trigger request.
   *
   * @param request the request, as the worker would see it
   * @param target the worker the request is routed to
   * @param clock the instance clock: a trigger without {@code time} runs at its now
   * @return the answer, or {@code null} when the path is not a trigger path and the request goes
   *     to {@code fetch()}
   */
  public static CompletableFuture<FetchResponse> handle(FetchRequest request, WorkerIsolate target, MiniflareClock clock) {
    String url = request.url();
    String path = pathOf(url);
    if (path.equals(SCHEDULED) || path.equals(LEGACY_SCHEDULED)) {
      if (path.equals(LEGACY_SCHEDULED)) {
        LOG.warn("Triggering scheduled handlers via a request to `{}` is deprecated, and will be removed in a future "
            + "version of Miniflare. Instead, send a request to `{}`", LEGACY_SCHEDULED, SCHEDULED);
      }
      return scheduled(queryOf(url), target, clock);
    }
    if (path.equals(EMAIL)) {
      String query = queryOf(url);
      return EmailTrigger.answer(request, param(query, "from"), param(query, "to"), target);
    }
    if (path.startsWith(HANDLER_PREFIX)) {
      return CompletableFuture.completedFuture(FetchResponse.text(404, "\"" + path + "\" is not a valid handler. "
          + "Did you mean to use \"" + SCHEDULED + "\" or \"" + EMAIL + "\"?"));
    }
    return null;
  }

  private static CompletableFuture<FetchResponse> scheduled(String query, WorkerIsolate target, MiniflareClock clock) {
    String time = param(query, "time");
    String cron = param(query, "cron");
    Instant scheduledTime;
    if (time == null || time.isEmpty()) {
      scheduledTime = clock.instant();
    } else {
      double millis = JsNumbers.parseInt(time);
      if (Double.isNaN(millis) || Math.abs(millis) > MAX_DATE) {
        return CompletableFuture.completedFuture(FetchResponse.text(500,
            "TypeError: The value cannot be converted because it is not a valid Date."));
      }
      scheduledTime = Instant.ofEpochMilli((long) millis);
    }
    return ScheduledInvoker.run(target, cron == null ? "" : cron, scheduledTime)
        .thenApply(result -> FetchResponse.text(result.succeeded() ? 200 : 500, result.outcome()));
  }

  /** The path of an absolute URL: after the authority, before {@code ?} or {@code #}. */
  static String pathOf(String url) {
    int scheme = url.indexOf("://");
    int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
    if (start < 0) {
      return "/";
    }
    int end = url.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = url.indexOf(stop, start);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return url.substring(start, end);
  }

  /** The query of a URL without {@code ?} (empty when none). */
  static String queryOf(String url) {
    int question = url.indexOf('?');
    if (question < 0) {
      return "";
    }
    int hash = url.indexOf('#', question);
    return url.substring(question + 1, hash < 0 ? url.length() : hash);
  }

  /** The first value of a parameter as {@code URLSearchParams.get} decodes it, or {@code null}. */
  static String param(String query, String name) {
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (key.equals(name)) {
        return decode(eq < 0 ? "" : pair.substring(eq + 1));
      }
    }
    return null;
  }

  /** application/x-www-form-urlencoded decoding: {@code +} is a space, a bad {@code %} escape stays as written. */
  private static String decode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
        bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
