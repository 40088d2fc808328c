package io.github.miniflare4j.engine;

import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** What the prelude's request-body stream pulls from: a {@link StreamedRequestBody}. */
public final class JsBodySource {

  private final StreamedRequestBody body;
  private final WorkerIsolate isolate;

  JsBodySource(StreamedRequestBody body, WorkerIsolate isolate) {
    this.body = body;
    this.isolate = isolate;
  }

  /**
   * Resolves with the next chunk as a buffer, or {@code null} at the end of the body.
   *
   * @param resolve called on the loop thread with the chunk, or {@code null} at the end
   * @param reject called with the error when the client's body failed or was cut short
   */
  @HostAccess.Export
  public void read(Value resolve, Value reject) {
    isolate.settleLater(body.read(), (ByteBuffer chunk) -> chunk, resolve, reject);
  }

  /**
   * After a read was rejected: the error the producing worker's stream failed with, as it
   * described it for its reader.
   *
   * @return {@code [name, message, stack, flags, details]}, or {@code null} when the body was cut
   *     short otherwise
   */
  @HostAccess.Export
  public String[] failure() {
    return body instanceof WorkerBodyPipe pipe ? pipe.failure() : null;
  }

  /** The stream was cancelled: no more reads. */
  @HostAccess.Export
  public void cancel() {
    body.cancel();
  }
}
