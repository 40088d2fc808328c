package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.junit.OutboundMock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outbound handler of every worker of a {@code @MiniflareTest}: asks the current test's
 * {@link OutboundMock} handler, then the class's {@code @OutboundHandler} (if any), and records
 * each request nobody answered, so the test that caused it fails. The worker's {@code fetch()}
 * rejects for such requests. Thread-safe.
 */
final class OutboundGuard implements FetchHandler, OutboundMock {

  private final FetchHandler handler;
  private final List<String> unhandled = new ArrayList<>();
  private final List<FetchRequest> sent = new ArrayList<>();
  private volatile FetchHandler perTest;

  OutboundGuard(FetchHandler handler) {
    this.handler = handler;
  }

  @Override
  public FetchResponse handle(FetchRequest request) throws Exception {
    synchronized (sent) {
      sent.add(request);
    }
    FetchHandler mock = perTest;
    FetchResponse response = mock == null ? null : mock.handle(request);
    if (response == null && handler != null) {
      response = handler.handle(request);
    }
    if (response == null) {
      synchronized (unhandled) {
        unhandled.add(request.toString());
      }
      throw new IllegalStateException("miniflare4j: no @OutboundHandler answered " + request);
    }
    return response;
  }

  @Override
  public void respondWith(FetchHandler handler) {
    this.perTest = Objects.requireNonNull(handler, "handler");
  }

  @Override
  public List<FetchRequest> requests() {
    synchronized (sent) {
      return List.copyOf(sent);
    }
  }

  /** Forgets the current test's handler and requests, before the next test. */
  void resetForTest() {
    perTest = null;
    synchronized (sent) {
      sent.clear();
    }
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
