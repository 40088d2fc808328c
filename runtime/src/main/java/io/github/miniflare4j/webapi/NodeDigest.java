package io.github.miniflare4j.webapi;

import io.github.miniflare4j.interop.JsBytes;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import javax.crypto.Mac;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One running {@code node:crypto} {@code Hash} or {@code Hmac}: bytes go in with {@link
 * #update}, the result comes out once with {@link #digest}. The JavaScript side enforces Node's
 * "Digest already called" rule; loop thread only.
 */
public final class NodeDigest {

  private final MessageDigest hash;
  private final Mac mac;

  NodeDigest(MessageDigest hash) {
    this.hash = hash;
    this.mac = null;
  }

  NodeDigest(Mac mac) {
    this.hash = null;
    this.mac = mac;
  }

  /**
   * Adds bytes.
   *
   * @param data a Uint8Array or ArrayBuffer, copied in bulk
   */
  @HostAccess.Export
  public void update(Value data) {
    byte[] bytes = JsBytes.bytesOrNull(data);
    if (hash != null) {
      hash.update(bytes);
    } else {
      mac.update(bytes);
    }
  }

  /**
   * The digest of everything added; the object is spent afterwards.
   *
   * @return the digest bytes
   */
  @HostAccess.Export
  public ByteBuffer digest() {
    return ByteBuffer.wrap(hash != null ? hash.digest() : mac.doFinal());
  }

  /**
   * An independent copy of a running hash ({@code hash.copy()}).
   *
   * @return the copy
   * @throws IllegalStateException when the algorithm cannot be copied
   */
  @HostAccess.Export
  public NodeDigest copy() {
    try {
      return hash != null ? new NodeDigest((MessageDigest) hash.clone()) : new NodeDigest((Mac) mac.clone());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("this hash cannot be copied", e);
    }
  }
}
