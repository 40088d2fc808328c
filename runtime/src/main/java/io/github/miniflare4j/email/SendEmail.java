package io.github.miniflare4j.email;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.email.internal.EmailLimits;
import io.github.miniflare4j.email.internal.MimeHeaders;
import io.github.miniflare4j.engine.JsValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A {@code send_email} binding of an instance: checks what the worker sends as Miniflare does and
 * keeps the messages for assertions ({@link #sent()}). Thread-safe; emptied between tests.
 */
public final class SendEmail {

  private static final ObjectMapper JSON = new ObjectMapper();

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

  /**
   * Why the binding refuses this sender, or {@code null}.
   *
   * @param from the sender address
   * @return Miniflare's message, or {@code null}
   */
  @HostAccess.Export
  public String checkSender(String from) {
    return EmailLimits.checkSender(from, binding.allowedSenderAddresses());
  }

  /**
   * Why the binding refuses one of these recipients, or {@code null}.
   *
   * @param toJson the recipient addresses as a JSON array of strings
   * @return Miniflare's message for the first refused one, or {@code null}
   */
  @HostAccess.Export
  public String checkRecipients(String toJson) {
    for (String to : strings(toJson)) {
      String problem = EmailLimits.checkRecipient(to, binding.destinationAddress(), binding.allowedDestinationAddresses());
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /**
   * Sends an {@code EmailMessage}: checks the MIME message and keeps it.
   *
   * @param from the envelope sender
   * @param toJson the envelope recipients as a JSON array
   * @param raw the MIME message bytes
   * @return {@code {"messageId": ...}} or {@code {"error": message}} as JSON
   */
  @HostAccess.Export
  public String sendRaw(String from, String toJson, Value raw) {
    byte[] bytes = JsValues.bytesOrNull(raw);
    MimeHeaders headers;
    try {
      headers = MimeHeaders.parse(bytes);
    } catch (IllegalArgumentException e) {
      return outcome("error", "could not parse email: " + e.getMessage());
    }
    String problem = EmailLimits.checkRaw(from, headers);
    if (problem != null) {
      return outcome("error", problem);
    }
    String messageId = EmailLimits.messageId(from);
    record(new SentEmail(from, strings(toJson), messageId, bytes, null));
    return outcome("messageId", messageId);
  }

  /**
   * Sends a message builder object (already checked by the script) and keeps it.
   *
   * @param from the sender address
   * @param toJson the recipient addresses as a JSON array
   * @param messageJson the builder object as JSON
   * @return the message id
   */
  @HostAccess.Export
  public String sendMessage(String from, String toJson, String messageJson) {
    String messageId = EmailLimits.messageId(from);
    try {
      record(new SentEmail(from, strings(toJson), messageId, null, JSON.readTree(messageJson)));
    } catch (IOException e) {
      throw new IllegalStateException("malformed message from the binding script", e);
    }
    return messageId;
  }

  synchronized void record(SentEmail email) {
    sent.add(email);
  }

  private static String outcome(String key, String value) {
    return JSON.createObjectNode().put(key, value).toString();
  }

  private static List<String> strings(String json) {
    try {
      List<String> values = new ArrayList<>();
      for (JsonNode node : JSON.readTree(json)) {
        values.add(node.asText());
      }
      return values;
    } catch (IOException e) {
      throw new IllegalStateException("malformed addresses from the binding script: " + json, e);
    }
  }
}
