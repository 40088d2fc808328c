/**
 * Email: the {@code send_email} binding ({@link io.github.miniflare4j.email.SendEmailBinding};
 * sent messages kept for assertions in {@link io.github.miniflare4j.email.SendEmail}), {@code
 * EmailMessage} from {@code cloudflare:email}, and a worker's {@code email()} handler run from
 * Java ({@code Miniflare.dispatchEmail}) or through Miniflare's {@code /cdn-cgi/handler/email}
 * endpoint. Checks and messages as Miniflare's.
 */
package io.github.miniflare4j.email;
