package io.github.miniflare4j.email;

import io.github.miniflare4j.WorkerException;
import java.util.List;

/**
 * What a worker's {@code email()} handler did with one message.
 *
 * @param rejection the reason given to {@code message.setReject(reason)}, or {@code null}
 * @param error what the handler threw (or a missing handler), or {@code null}
 * @param forwards the {@code message.forward(...)} calls, in order
 * @param replies the {@code message.reply(...)} messages that passed Miniflare's checks
 */
public record EmailResult(String rejection, WorkerException error, List<ForwardedEmail> forwards, List<SentEmail> replies) {

  /**
   * Copies the lists.
   *
   * @param rejection the reason given to {@code setReject}, or {@code null}
   * @param error what the handler threw, or {@code null}
   * @param forwards the forwards
   * @param replies the replies
   */
  public EmailResult {
    forwards = List.copyOf(forwards);
    replies = List.copyOf(replies);
  }

  /**
   * Whether the handler returned without throwing and without rejecting the message.
   *
   * @return {@code true} when accepted
   */
  public boolean accepted() {
    return error == null && rejection == null;
  }

  /**
   * Whether the handler called {@code setReject}.
   *
   * @return {@code true} when rejected
   */
  public boolean rejected() {
    return rejection != null;
  }
}
