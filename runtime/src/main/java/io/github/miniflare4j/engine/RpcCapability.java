package io.github.miniflare4j.engine;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One capability of some isolate as a stub of this isolate calls it ({@code
 * host.rpc().capability(owner, id)}, made once per stub): the owner's token and the capability id
 * are fixed, so a call passes only what changes. Loop thread only.
 */
public final class RpcCapability {

  private final WorkerIsolate isolate;
  private final String owner;
  private final int id;

  RpcCapability(WorkerIsolate isolate, String owner, int id) {
    this.isolate = isolate;
    this.owner = owner;
    this.id = id;
  }

  /**
   * Calls the capability; settles on this isolate's loop.
   *
   * @param member the member, or {@code null} to call an exported function
   * @param argsText the arguments as clone text, or {@code null} to read a property
   * @param resolve called with the result as clone text
   * @param reject called with the error's name, message and stack
   */
  @HostAccess.Export
  public void call(String member, String argsText, Value resolve, Value reject) {
    isolate.settleLater(RpcPeers.call(owner, id, member, argsText), text -> text, resolve, reject);
  }
}
