package io.github.miniflare4j.email.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.email.ForwardedEmail;
import io.github.miniflare4j.email.SentEmail;
import io.github.miniflare4j.engine.JsValues;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One incoming message on its way through a worker's {@code email()} handler: what the script's
 * ForwardableEmailMessage reads, and what the handler did with it (rejection, forwards, replies).
 * Used on the worker's loop thread only, then read by Java once the handler settled.
 */
public final class EmailDelivery {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String from;
  private final String to;
  private final byte[] raw;
  private final MimeHeaders headers;
  private volatile String rejection;
  /** The rejection when the handler settled; what a deferred-rejection caller reports. */
  private volatile String rejectionWhenSettled;
  private final List<ForwardedEmail> forwards = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final List<SentEmail> replies = new java.util.concurrent.CopyOnWriteArrayList<>();

  private final boolean deferRejection;

  /**
   * A delivery.
   *
   * @param deferRejection whether {@code setReject} takes effect late, as through Miniflare's
   *     RPC (see {@link #deferRejection()})
   */
  EmailDelivery(String from, String to, byte[] raw, MimeHeaders headers, boolean deferRejection) {
    this.deferRejection = deferRejection;
    this.from = from;
    this.to = to;
    this.raw = raw;
    this.headers = headers;
  }

  /**
   * The envelope sender.
   *
   * @return {@code MAIL FROM}
   */
  @HostAccess.Export
  public String from() {
    return from;
  }

  /**
   * The envelope recipient.
   *
   * @return {@code RCPT TO}
   */
  @HostAccess.Export
  public String to() {
    return to;
  }

  /**
   * The raw message.
   *
   * @return a read-only view of the bytes
   */
  @HostAccess.Export
  public ByteBuffer raw() {
    return ByteBuffer.wrap(raw).asReadOnlyBuffer();
  }

  /**
   * The headers, for the message's {@code Headers}.
   *
   * @return a JSON array of {@code [name, value]} pairs
   */
  @HostAccess.Export
  public String headers() {
    var pairs = JSON.createArrayNode();
    headers.headers().forEach(h -> pairs.addArray().add(h[0]).add(h[1]));
    return pairs.toString();
  }

  /**
   * {@code setReject(reason)}.
   *
   * @param reason the reason
   */
  @HostAccess.Export
  public void reject(String reason) {
    rejection = reason;
  }

  /**
   * Whether {@code setReject} takes effect a little later, as Miniflare's endpoint sees it through
   * its RPC: missed when the handler returns right after calling it, seen when the handler awaits
   * anything afterwards (recorded: email-handler-trigger, email-handler-reject-awaited).
   *
   * @return {@code true} for the HTTP endpoint, {@code false} for Java callers (every rejection counts)
   */
  @HostAccess.Export
  public boolean deferRejection() {
    return deferRejection;
  }

  /**
   * {@code forward(rcptTo, headers)}.
   *
   * @param rcptTo the address forwarded to
   * @param headersJson the extra headers as JSON pairs, or {@code null}
   */
  @HostAccess.Export
  public void forward(String rcptTo, String headersJson) {
    List<List<String>> extra = new ArrayList<>();
    if (headersJson != null) {
      try {
        for (JsonNode pair : JSON.readTree(headersJson)) {
          extra.add(List.of(pair.get(0).asText(), pair.get(1).asText()));
        }
      } catch (IOException e) {
        throw new IllegalStateException("malformed headers from the email script", e);
      }
    }
    forwards.add(new ForwardedEmail(rcptTo, extra));
  }

  /**
   * {@code reply(message)}: checks the reply as Miniflare does and keeps it.
   *
   * @param replyFrom the reply's envelope sender
   * @param toJson the reply's recipients as a JSON array
   * @param bytes the reply's MIME message
   * @return Miniflare's message when the reply is refused, else {@code null}
   */
  @HostAccess.Export
  public String reply(String replyFrom, String toJson, Value bytes) {
    if (!replyable()) {
      return EmailLimits.NOT_REPLYABLE;
    }
    byte[] message = JsValues.bytesOrNull(bytes);
    MimeHeaders reply;
    try {
      reply = MimeHeaders.parse(message);
    } catch (IllegalArgumentException e) {
      return "could not parse email: " + e.getMessage();
    }
    String problem = EmailLimits.checkReply(replyFrom, reply, headers);
    if (problem != null) {
      return problem;
    }
    if (reply.references() == null) {
      String references = headers.references() == null ? "" : headers.references();
      byte[] prefix = ("References: " + headers.messageId() + (references.isEmpty() ? "" : " ") + references + "\r\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] joined = new byte[prefix.length + message.length];
      System.arraycopy(prefix, 0, joined, 0, prefix.length);
      System.arraycopy(message, 0, joined, prefix.length, message.length);
      message = joined;
    }
    List<String> recipients = new ArrayList<>();
    try {
      JSON.readTree(toJson).forEach(n -> recipients.add(n.asText()));
    } catch (IOException e) {
      throw new IllegalStateException("malformed recipients from the email script", e);
    }
    replies.add(new SentEmail(replyFrom, recipients, EmailLimits.messageId(replyFrom), message, null));
    return null;
  }

  /** Miniflare's rule: no auto-responses, and a thread reference that is complete and not too long. */
  private boolean replyable() {
    String suppress = headers.first("x-auto-response-suppress");
    if (suppress != null && !suppress.equalsIgnoreCase("none")) {
      return false;
    }
    String autoSubmitted = headers.first("auto-submitted");
    if (autoSubmitted != null && !autoSubmitted.equalsIgnoreCase("no")) {
      return false;
    }
    String inReplyTo = headers.inReplyTo();
    String references = headers.references();
    if (inReplyTo == null && references == null) {
      return true;
    }
    return inReplyTo != null && references != null && references.chars().filter(c -> c == '@').count() < 100;
  }

  /**
   * The handler has settled: the rejection made so far is the one a {@linkplain #deferRejection()
   * deferred-rejection} caller reports, whichever thread reads the result later. Called on the
   * worker's loop thread just before the outcome is handed to Java.
   */
  @HostAccess.Export
  public void settled() {
    rejectionWhenSettled = rejection;
  }

  /** The rejection to report: as it was when the handler settled when deferred, else the latest. */
  String rejection() {
    return deferRejection ? rejectionWhenSettled : rejection;
  }

  List<ForwardedEmail> forwards() {
    return forwards;
  }

  List<SentEmail> replies() {
    return replies;
  }
}
