package io.github.miniflare4j.email;

import io.github.miniflare4j.email.internal.SendEmailHost;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code send_email} binding of an instance: keeps the messages the worker sent, once checked as
 * Miniflare checks them, for assertions ({@link #sent()}). Thread-safe; emptied between tests.
 */
public final class SendEmail {

  private final SendEmailBinding binding;
  private List<SentEmail> sent = new ArrayList<>();

  SendEmail(SendEmailBinding binding) {
    this.binding = binding;
  }

  /**
   * The binding name.
   *
   * @return the name
   */
  public String name() {
    return binding.name();
  }

  /**
   * The messages sent so far, oldest first.
   *
   * @return an immutable copy
   */
  public synchronized List<SentEmail> sent() {
    return List.copyOf(sent);
  }

  /** Forgets every message. */
  public synchronized void clear() {
    sent = new ArrayList<>();
  }

  synchronized void restore(List<SentEmail> snapshot) {
    sent = new ArrayList<>(snapshot);
  }

  /** What the binding's script calls: it checks what the worker sends and records it here. */
  Object scriptHost() {
    return new SendEmailHost(binding, this::record);
  }

  synchronized void record(SentEmail email) {
    sent.add(email);
  }
}
