package io.github.miniflare4j.email.internal;

import java.security.SecureRandom;
import java.util.Collection;

/** Miniflare's email checks and messages, in one place. */
public final class EmailLimits {

  /** The largest message Cloudflare accepts. */
  public static final int PRODUCTION_MAX_BYTES = 25 * 1024 * 1024;
  /** The largest message Miniflare accepts locally. */
  public static final int LOCAL_MAX_BYTES = 1024 * 1024;

  public static final String INVALID_TRIGGER = "Invalid email. Your request must include URL parameters specifying the `from` "
      + "and `to` addresses, as well as an email in the body";
  public static final String OVER_PRODUCTION_LIMIT = "Email message size is bigger than the production size limit of 25MiB. "
      + "Local development has a lower limit of 1Mib.";
  public static final String OVER_LOCAL_LIMIT = "Email message size is within the production size limit of 25MiB, but exceeds "
      + "the lower 1Mib limit for testing locally.";
  public static final String NO_MESSAGE_ID = "Email could not be parsed: invalid or no message id provided";
  public static final String PROCESSED = "Worker successfully processed email";
  public static final String REJECTED = "Worker rejected email with the following reason: ";
  public static final String NOT_REPLYABLE = "Original email is not replyable";
  public static final String MISSING_HANDLER = "The RPC receiver does not implement the method \"email\".";

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private EmailLimits() {}

  /** Why a sender is refused by a binding, or {@code null}. */
  public static String checkSender(String from, Collection<String> allowedSenders) {
    return allowedSenders != null && !allowedSenders.contains(from) ? "email from " + from + " not allowed" : null;
  }

  /** Why a recipient is refused by a binding, or {@code null}. */
  public static String checkRecipient(String to, String destination, Collection<String> allowedDestinations) {
    if (destination != null && !to.equals(destination)) {
      return "email to " + to + " not allowed";
    }
    return allowedDestinations != null && !allowedDestinations.contains(to) ? "email to " + to + " not allowed" : null;
  }

  /** Why a raw message cannot be sent as {@code from}, or {@code null} (Miniflare's order of checks). */
  public static String checkRaw(String from, MimeHeaders headers) {
    if (headers.messageId() == null) {
      return "invalid message-id";
    }
    if (!from.equals(headers.fromAddress())) {
      return "From: header does not match mail from";
    }
    return headers.first("received") != null ? "invalid headers set" : null;
  }

  /** Why a reply to {@code incoming} is refused, or {@code null} (Miniflare's order of checks). */
  public static String checkReply(String from, MimeHeaders reply, MimeHeaders incoming) {
    if (!from.equals(reply.fromAddress())) {
      return "From: header does not match mail from";
    }
    if (reply.messageId() == null) {
      return "invalid message-id";
    }
    if (reply.first("received") != null) {
      return "invalid headers set";
    }
    if (reply.inReplyTo() == null) {
      return "no In-Reply-To header found in reply message";
    }
    if (!reply.inReplyTo().equals(incoming.messageId())) {
      return "In-Reply-To does not match original Message-ID";
    }
    String references = reply.references();
    String incomingReferences = incoming.references() == null ? "" : incoming.references();
    if (references != null && !(references.contains(incoming.messageId()) && references.contains(incomingReferences))) {
      return "provided References header is invalid";
    }
    return null;
  }

  /** A message id as the send_email binding makes them: 36 random letters and digits at the sender's domain. */
  public static String messageId(String sender) {
    StringBuilder id = new StringBuilder("<");
    for (int i = 0; i < 36; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.append('@').append(sender.substring(sender.lastIndexOf('@') + 1)).append('>').toString();
  }
}
