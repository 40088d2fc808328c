package io.github.miniflare4j.email;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.email.internal.MimeHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One message a worker sent through a {@code send_email} binding (or as a reply from its {@code
 * email()} handler).
 *
 * @param from the sender address
 * @param to the recipient addresses
 * @param messageId the id {@code send()} resolved with
 * @param raw the MIME message of an {@code EmailMessage}, or {@code null} for a message builder
 * @param message the message builder object as JSON ({@code subject}, {@code text}, {@code
 *     html}, ...; binary contents as base64 strings), or {@code null} for an {@code EmailMessage}
 */
public record SentEmail(String from, List<String> to, String messageId, byte[] raw, JsonNode message) {

  /**
   * Copies the lists.
   *
   * @param from the sender address
   * @param to the recipient addresses
   * @param messageId the id {@code send()} resolved with
   * @param raw the MIME message, or {@code null}
   * @param message the message builder object, or {@code null}
   */
  public SentEmail {
    to = List.copyOf(to);
  }

  /**
   * The MIME message as text.
   *
   * @return the raw message decoded as UTF-8, or {@code null} for a message builder
   */
  public String rawText() {
    return raw == null ? null : new String(raw, StandardCharsets.UTF_8);
  }

  /**
   * A header of the MIME message, or a top-level text member of the message builder ({@code
   * subject}, {@code text}, {@code html}).
   *
   * @param name the header or member name, case-insensitive for headers
   * @return its first value, or {@code null}
   */
  public String header(String name) {
    if (raw != null) {
      return MimeHeaders.parse(raw).first(name.toLowerCase(java.util.Locale.ROOT));
    }
    JsonNode value = message.get(name);
    return value == null || !value.isTextual() ? null : value.asText();
  }

  /**
   * The subject.
   *
   * @return the Subject header or the builder's {@code subject}, or {@code null}
   */
  public String subject() {
    return header("subject");
  }
}
