package io.github.miniflare4j.email.internal;

import java.security.SecureRandom;
import java.util.Collection;

/** Miniflare's email checks and messages, in one place. */
public final class EmailLimits {

  /** The largest message Cloudflare accepts. */
  public static final int PRODUCTION_MAX_BYTES = 25 * 1024 * 1024;
  /** The largest message Miniflare accepts locally. */
  public static final int LOCAL_MAX_BYTES = 1024 * 1024;

  /** The endpoint's answer to a request without {@code from}, {@code to} or a body. */
  public static final String INVALID_TRIGGER = "Invalid email. Your request must include URL parameters specifying the `from` "
      + "and `to` addresses, as well as an email in the body";
  /** A message over {@link #PRODUCTION_MAX_BYTES}. */
  public static final String OVER_PRODUCTION_LIMIT = "Email message size is bigger than the production size limit of 25MiB. "
      + "Local development has a lower limit of 1Mib.";
  /** A message over {@link #LOCAL_MAX_BYTES}. */
  public static final String OVER_LOCAL_LIMIT = "Email message size is within the production size limit of 25MiB, but exceeds "
      + "the lower 1Mib limit for testing locally.";
  /** An incoming message without a Message-ID. */
  public static final String NO_MESSAGE_ID = "Email could not be parsed: invalid or no message id provided";
  /** The endpoint's answer when the handler accepted the message. */
  public static final String PROCESSED = "Worker successfully processed email";
  /** The endpoint's answer when the handler rejected the message, before the reason. */
  public static final String REJECTED = "Worker rejected email with the following reason: ";
  /** {@code reply()} on an automatic or badly threaded message. */
  public static final String NOT_REPLYABLE = "Original email is not replyable";
  /** A worker without an {@code email()} handler. */
  public static final String MISSING_HANDLER = "The RPC receiver does not implement the method \"email\".";

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private EmailLimits() {}

  /**
   * Why a binding refuses a sender.
   *
   * @param from the sender address
   * @param allowedSenders the senders allowed, or {@code null} for any
   * @return Miniflare's message, or {@code null} when allowed
   */
  public static String checkSender(String from, Collection<String> allowedSenders) {
    return allowedSenders != null && !allowedSenders.contains(from) ? "email from " + from + " not allowed" : null;
  }

  /**
   * Why a binding refuses a recipient.
   *
   * @param to the recipient address
   * @param destination the only recipient allowed, or {@code null}
   * @param allowedDestinations the recipients allowed, or {@code null} for any
   * @return Miniflare's message, or {@code null} when allowed
   */
  public static String checkRecipient(String to, String destination, Collection<String> allowedDestinations) {
    if (destination != null && !to.equals(destination)) {
      return "email to " + to + " not allowed";
    }
    return allowedDestinations != null && !allowedDestinations.contains(to) ? "email to " + to + " not allowed" : null;
  }

  /**
   * Why a raw message cannot be sent, in Miniflare's order of checks.
   *
   * @param from the envelope sender
   * @param headers the message's headers
   * @return Miniflare's message, or {@code null} when it can be sent
   */
  public static String checkRaw(String from, MimeHeaders headers) {
    if (headers.messageId() == null) {
      return "invalid message-id";
    }
    if (!from.equals(headers.fromAddress())) {
      return "From: header does not match mail from";
    }
    return headers.first("received") != null ? "invalid headers set" : null;
  }

  /**
   * Why a reply is refused, in Miniflare's order of checks.
   *
   * @param from the reply's envelope sender
   * @param reply the reply's headers
   * @param incoming the headers of the message replied to
   * @return Miniflare's message, or {@code null} when the reply is fine
   */
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

  /**
   * A message id as the send_email binding makes them.
   *
   * @param sender the sender address
   * @return {@code <36 random letters and digits@the sender's domain>}
   */
  public static String messageId(String sender) {
    StringBuilder id = new StringBuilder("<");
    for (int i = 0; i < 36; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.append('@').append(sender.substring(sender.lastIndexOf('@') + 1)).append('>').toString();
  }
}
