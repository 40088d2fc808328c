package io.github.miniflare4j.images.internal;

import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;

/**
 * What Miniflare's local images service answers the binding: a status, the {@code
 * cf-images-binding: err=<code>} code of a refusal (or {@code 0}), a content type and a body.
 * The binding's script turns a refusal into workerd's {@code ImagesError}.
 */
public final class ImagesReply {

  private final int status;
  private final int code;
  private final String contentType;
  private final byte[] body;

  private ImagesReply(int status, int code, String contentType, byte[] body) {
    this.status = status;
    this.code = code;
    this.contentType = contentType;
    this.body = body;
  }

  static ImagesReply ok(String contentType, byte[] body) {
    return new ImagesReply(200, 0, contentType, body);
  }

  /** A refusal with Miniflare's code: body {@code ERROR <code>: <message>}. */
  static ImagesReply refused(int status, int code, String message) {
    return new ImagesReply(status, code, "text/plain", ("ERROR " + code + ": " + message).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** An uncaught failure of the local service (sharp throwing): status 500, the error's text. */
  static ImagesReply failed(String errorText) {
    return new ImagesReply(500, 0, "text/plain", errorText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** @return the HTTP status */
  @HostAccess.Export
  public int status() {
    return status;
  }

  /** @return the refusal code, or 0 */
  @HostAccess.Export
  public int code() {
    return code;
  }

  /** @return the content type */
  @HostAccess.Export
  public String contentType() {
    return contentType;
  }

  /** @return the body as text (refusals, JSON) */
  @HostAccess.Export
  public String text() {
    return new String(body, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** @return a read-only view of the body */
  @HostAccess.Export
  public ByteBuffer body() {
    return ByteBuffer.wrap(body).asReadOnlyBuffer();
  }
}
