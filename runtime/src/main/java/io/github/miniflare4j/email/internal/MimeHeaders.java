package io.github.miniflare4j.email.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The header block of a raw email (RFC 5322), read as Miniflare's parser reads it: folded lines
 * joined, runs of white space collapsed, names lower-cased, and the fields Miniflare checks
 * (Message-ID, In-Reply-To, References, From, To).
 *
 * @param headers every header in order, as {@code [name, value]}
 */
public record MimeHeaders(List<String[]> headers) {

  /**
   * Parses the headers of a raw message.
   *
   * @param raw the whole message
   * @return its headers
   * @throws IllegalArgumentException with the message Miniflare's parser gives, when the message
   *     is empty
   */
  public static MimeHeaders parse(byte[] raw) {
    if (raw.length == 0) {
      throw new IllegalArgumentException("Cannot read properties of undefined (reading 'value')");
    }
    String text = new String(raw, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\r?\n", -1)) {
      if (line.isEmpty()) {
        break;
      }
      if (!lines.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\n" + line);
      } else {
        lines.add(line);
      }
    }
    List<String[]> headers = new ArrayList<>();
    for (String line : lines) {
      String flat = line.replaceAll("\\s+", " ");
      int colon = flat.indexOf(':');
      String name = (colon < 0 ? flat : flat.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
      String value = colon < 0 ? "" : flat.substring(colon + 1).trim();
      headers.add(new String[] {name, value});
    }
    return new MimeHeaders(List.copyOf(headers));
  }

  /**
   * The first value of a header.
   *
   * @param name the lower-case name
   * @return the value, or {@code null}
   */
  public String first(String name) {
    for (String[] header : headers) {
      if (header[0].equals(name)) {
        return header[1];
      }
    }
    return null;
  }

  /**
   * The Message-ID.
   *
   * @return the id in angle brackets, or {@code null} when there is none
   */
  public String messageId() {
    return messageIdOf(first("message-id"));
  }

  /**
   * The In-Reply-To message id.
   *
   * @return the id in angle brackets, or {@code null}
   */
  public String inReplyTo() {
    return messageIdOf(first("in-reply-to"));
  }

  /**
   * The References header.
   *
   * @return its value, or {@code null}
   */
  public String references() {
    return first("references");
  }

  /**
   * The address of the From header.
   *
   * @return the address, or {@code null} when there is none
   */
  public String fromAddress() {
    List<String> from = addresses(first("from"));
    return from.isEmpty() ? null : from.get(0);
  }

  /**
   * The addresses of the To header.
   *
   * @return the addresses, possibly empty
   */
  public List<String> toAddresses() {
    return addresses(first("to"));
  }

  private static String messageIdOf(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String id = value.trim();
    return (id.startsWith("<") ? "" : "<") + id + (id.endsWith(">") ? "" : ">");
  }

  /**
   * The addresses of an address-list header: {@code Name <a@b>, c@d} gives {@code [a@b, c@d]}.
   *
   * @param value the header value, or {@code null}
   * @return the addresses, possibly empty
   */
  public static List<String> addresses(String value) {
    List<String> addresses = new ArrayList<>();
    if (value == null) {
      return addresses;
    }
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    int angle = 0;
    for (char c : (value + ",").toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '<') {
        angle++;
      } else if (!quoted && c == '>') {
        angle = Math.max(0, angle - 1);
      }
      if (c == ',' && !quoted && angle == 0) {
        String one = address(current.toString());
        if (!one.isEmpty()) {
          addresses.add(one);
        }
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    return addresses;
  }

  private static String address(String mailbox) {
    int open = mailbox.lastIndexOf('<');
    int close = mailbox.indexOf('>', Math.max(open, 0));
    String address = open >= 0 && close > open ? mailbox.substring(open + 1, close) : mailbox;
    return address.trim();
  }
}
