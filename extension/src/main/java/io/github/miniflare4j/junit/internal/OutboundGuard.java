package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbound handler of every worker of a {@code @MiniflareTest}: delegates to the test's
 * {@code @OutboundHandler} (if any) and records each request nobody answered, so the test that
 * caused it fails. The worker's {@code fetch()} rejects for such requests. Thread-safe.
 */
final class OutboundGuard implements FetchHandler {

  private final FetchHandler handler;
  private final List<String> unhandled = new ArrayList<>();

  OutboundGuard(FetchHandler handler) {
    this.handler = handler;
  }

  @Override
  public FetchResponse handle(FetchRequest request) throws Exception {
    FetchResponse response = handler == null ? null : handler.handle(request);
    if (response == null) {
      synchronized (unhandled) {
        unhandled.add(request.toString());
      }
      throw new IllegalStateException("miniflare4j: no @OutboundHandler answered " + request);
    }
    return response;
  }

  /** The requests nobody answered since the last call, and forgets them. */
  List<String> drainUnhandled() {
    synchronized (unhandled) {
      List<String> copy = List.copyOf(unhandled);
      unhandled.clear();
      return copy;
    }
  }
}
