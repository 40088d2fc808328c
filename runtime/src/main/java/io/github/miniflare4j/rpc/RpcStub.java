package io.github.miniflare4j.rpc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.miniflare4j.engine.CallResults;
import io.github.miniflare4j.engine.RpcPeers;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Java's stub of a value a worker sent by reference over RPC: an {@code RpcTarget} (call its
 * methods, read its getters), a function (invoke it), or a ReadableStream (read it). Calls go to
 * the worker that owns the value, on its event loop, as calls on the stub would from another
 * worker; arguments and results convert as {@link CloneCodec} describes. {@link #close()}
 * disposes the stub as {@code stub[Symbol.dispose]()} does: the owner may then forget the value.
 * Passing the stub as an argument moves it to the callee, as in workerd: it is disposed here and
 * the callee's copy is disposed when its call ends. Thread-safe; the waiting methods
 * must not be called on a worker's event-loop thread.
 */
public final class RpcStub implements AutoCloseable {

  /** What the stub refers to. */
  public enum Kind {
    /** An object of a class extending {@code RpcTarget}. */
    TARGET,
    /** A function. */
    FUNCTION,
    /** A ReadableStream of bytes. */
    STREAM,
    /** A WritableStream (Java can only close the stub). */
    WRITABLE;

    static Kind of(String tag) {
      return "f".equals(tag) ? FUNCTION : TARGET;
    }
  }

  private static final String DISPOSED = "RPC stub used after being disposed.";

  private final String owner;
  private final int id;
  private final Kind kind;
  private final Duration timeout;
  private final AtomicBoolean disposed = new AtomicBoolean();

  RpcStub(String owner, int id, Kind kind, Duration timeout) {
    this.owner = owner;
    this.id = id;
    this.kind = kind;
    this.timeout = timeout;
  }

  /**
   * What the stub refers to.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Calls a method of the target and waits for its result, at most the timeout of the stub the
   * value came through.
   *
   * @param method the method name
   * @param args the arguments, converted as {@link CloneCodec} describes
   * @return the decoded result, or {@code null} for undefined
   * @throws io.github.miniflare4j.WorkerException when the method throws or does not exist
   * @throws IllegalStateException when the stub was closed
   */
  public Object call(String method, Object... args) {
    return await(callAsync(method, args), method + "()");
  }

  /**
   * Calls a method without waiting.
   *
   * @param method the method name
   * @param args the arguments, converted as {@link CloneCodec} describes
   * @return the future decoded result
   */
  public CompletableFuture<Object> callAsync(String method, Object... args) {
    return send(method, CloneCodec.encode(Arrays.asList(args)));
  }

  /**
   * Reads a property (a getter of the target's class) and waits for its value.
   *
   * @param property the property name
   * @return the decoded value
   * @throws io.github.miniflare4j.WorkerException ({@code TypeError}) when the target has no such
   *     getter
   */
  public Object get(String property) {
    return await(getAsync(property), property);
  }

  /**
   * Reads a property without waiting.
   *
   * @param property the property name
   * @return the future decoded value
   */
  public CompletableFuture<Object> getAsync(String property) {
    return send(property, null);
  }

  /**
   * Calls the function the stub refers to and waits for its result.
   *
   * @param args the arguments, converted as {@link CloneCodec} describes
   * @return the decoded result
   */
  public Object invoke(Object... args) {
    return await(send(null, CloneCodec.encode(Arrays.asList(args))), "the function");
  }

  /**
   * Reads the stream the stub refers to to its end (this consumes it and closes the stub).
   *
   * @return the bytes
   * @throws IllegalStateException when the stub is not a stream, or was closed
   */
  public byte[] readAllBytes() {
    if (kind != Kind.STREAM) {
      throw new IllegalStateException("readAllBytes() reads a ReadableStream, but this stub refers to a " + kind);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      Object chunk = await(send("read", null), "read()");
      Map<?, ?> result = (Map<?, ?>) chunk;
      if (Boolean.TRUE.equals(result.get("done"))) {
        close();
        return out.toByteArray();
      }
      out.writeBytes((byte[]) result.get("value"));
    }
  }

  /** Disposes the stub; later calls fail. Closing twice does nothing. */
  @Override
  public void close() {
    if (disposed.compareAndSet(false, true)) {
      RpcPeers.release(owner, id);
    }
  }

  /**
   * This stub as clone text's reference, for sending it on. As in workerd the reference moves:
   * this stub is disposed (without releasing what the receiver now holds).
   */
  ArrayNode reference(ArrayNode tag) {
    if (!disposed.compareAndSet(false, true)) {
      throw new IllegalStateException(DISPOSED);
    }
    tag.add(owner).add(id);
    if (kind == Kind.TARGET || kind == Kind.FUNCTION) {
      tag.add(kind == Kind.FUNCTION ? "f" : "t");
    }
    return tag;
  }

  private CompletableFuture<Object> send(String member, String argsText) {
    if (disposed.get()) {
      return CompletableFuture.failedFuture(new IllegalStateException(DISPOSED));
    }
    return RpcPeers.call(owner, id, member, argsText).thenApply(text -> text == null ? null : CloneCodec.decode(text, timeout));
  }

  private Object await(CompletableFuture<Object> result, String what) {
    return CallResults.await(result, timeout, "RPC " + what + " on " + this);
  }

  @Override
  public String toString() {
    return "RpcStub[" + kind + " " + id + " of isolate " + owner + (disposed.get() ? ", disposed" : "") + "]";
  }
}
