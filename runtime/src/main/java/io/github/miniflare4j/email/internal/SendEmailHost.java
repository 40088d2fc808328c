package io.github.miniflare4j.email.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.email.SendEmailBinding;
import io.github.miniflare4j.email.SentEmail;
import io.github.miniflare4j.engine.JsValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What the {@code send_email} binding's script calls, on the worker's loop thread: Miniflare's
 * checks of senders, recipients and MIME messages, and the hand-over of every accepted message to
 * the binding's Java handle ({@code email.SendEmail}), which keeps them for assertions.
 */
public final class SendEmailHost {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SendEmailBinding binding;
  private final Consumer<SentEmail> sent;

  /**
   * A host for one binding.
   *
   * @param binding the binding's declaration (its allowed senders and recipients)
   * @param sent receives every message the binding accepts
   */
  public SendEmailHost(SendEmailBinding binding, Consumer<SentEmail> sent) {
    this.binding = binding;
    this.sent = sent;
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
    sent.accept(new SentEmail(from, strings(toJson), messageId, bytes, null));
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
      sent.accept(new SentEmail(from, strings(toJson), messageId, null, JSON.readTree(messageJson)));
    } catch (IOException e) {
      throw new IllegalStateException("malformed message from the binding script", e);
    }
    return messageId;
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
