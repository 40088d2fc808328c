package io.github.miniflare4j.engine;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The prelude's way to RPC capabilities of any isolate ({@code host.rpc()}): this isolate's
 * token, calls on stubs, and the counting of references. Loop thread only.
 */
public final class RpcHost {

  private final WorkerIsolate isolate;
  private final String token;

  RpcHost(WorkerIsolate isolate) {
    this.isolate = isolate;
    this.token = RpcPeers.register(isolate);
  }

  /**
   * This isolate's token, which capabilities it exports carry.
   *
   * @return the token
   */
  @HostAccess.Export
  public String token() {
    return token;
  }

  /**
   * Calls a capability; settles on this isolate's loop.
   *
   * @param owner the owner's token
   * @param id the capability id
   * @param member the member, or {@code null} to call an exported function
   * @param argsText the arguments as clone text, or {@code null} to read a property
   * @param resolve called with the result as clone text
   * @param reject called with the error's name, message and stack
   */
  @HostAccess.Export
  public void call(String owner, int id, String member, String argsText, Value resolve, Value reject) {
    isolate.settleLater(RpcPeers.call(owner, id, member, argsText), text -> text, resolve, reject);
  }

  /**
   * One more reference to a capability (a stub sent on while its dup()s stay).
   *
   * @param owner the owner's token
   * @param id the capability id
   */
  @HostAccess.Export
  public void retain(String owner, int id) {
    RpcPeers.retain(owner, id);
  }

  /**
   * One reference less (a stub disposed, or a stream read to its end).
   *
   * @param owner the owner's token
   * @param id the capability id
   */
  @HostAccess.Export
  public void release(String owner, int id) {
    RpcPeers.release(owner, id);
  }
}
