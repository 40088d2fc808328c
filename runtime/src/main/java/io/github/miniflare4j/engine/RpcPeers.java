package io.github.miniflare4j.engine;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The isolates that own RPC capabilities, by token: a function or {@code RpcTarget} sent over RPC
 * travels as (owner token, capability id), and every call on its stub, from any isolate or from
 * Java, goes to the owner through here. Tokens are unique in the JVM; an isolate is held weakly,
 * and a closed one answers every call with {@code ERR_DISPOSED}. Thread-safe.
 */
public final class RpcPeers {

  private static final AtomicLong NEXT = new AtomicLong();
  private static final Map<String, WeakReference<WorkerIsolate>> PEERS = new ConcurrentHashMap<>();

  private RpcPeers() {}

  /** Registers an isolate; returns its token. */
  static String register(WorkerIsolate isolate) {
    PEERS.values().removeIf(ref -> ref.get() == null);
    String token = "i" + NEXT.incrementAndGet();
    PEERS.put(token, new WeakReference<>(isolate));
    return token;
  }

  /**
   * Calls a capability of its owner: {@code internals.capabilityCall(id, member, argsText)}.
   *
   * @param owner the owner's token
   * @param id the capability id in the owner
   * @param member the method or property name, or {@code null} to call an exported function
   * @param argsText the arguments as clone text, or {@code null} to read the property {@code member}
   * @return the result as clone text, or a failed future with the callee's {@link
   *     io.github.miniflare4j.WorkerException}, or {@code ERR_DISPOSED} when the owner is gone
   */
  public static CompletableFuture<String> call(String owner, int id, String member, String argsText) {
    WorkerIsolate isolate = find(owner);
    if (isolate == null) {
      return CompletableFuture.failedFuture(gone(owner));
    }
    return isolate.invoke("capabilityCall", id, member, argsText);
  }

  /**
   * Drops one reference to a capability (a stub disposed); the owner forgets the capability when
   * none is left. Fire and forget.
   *
   * @param owner the owner's token
   * @param id the capability id
   */
  public static void release(String owner, int id) {
    WorkerIsolate isolate = find(owner);
    if (isolate != null) {
      isolate.invoke("capabilityRelease", id);
    }
  }

  /**
   * Adds one reference to a capability (a stub sent on while copies made by {@code dup()} stay).
   * Fire and forget; posted before the receiver can see the reference, so it counts first.
   *
   * @param owner the owner's token
   * @param id the capability id
   */
  public static void retain(String owner, int id) {
    WorkerIsolate isolate = find(owner);
    if (isolate != null) {
      isolate.invoke("capabilityRetain", id);
    }
  }

  private static WorkerIsolate find(String owner) {
    WeakReference<WorkerIsolate> ref = owner == null ? null : PEERS.get(owner);
    return ref == null ? null : ref.get();
  }

  private static MiniflareException gone(String owner) {
    return new MiniflareException(ErrorCode.ERR_DISPOSED,
        "Cannot use an RPC stub whose worker (" + owner + ") was closed or restarted");
  }
}
