package io.github.miniflare4j.engine;

import org.graalvm.polyglot.HostAccess;

/**
 * The prelude's way to RPC capabilities of any isolate ({@code host.rpc()}): this isolate's
 * token, the capabilities its stubs call ({@link RpcCapability}), and the counting of
 * references. Loop thread only.
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
   * The object through which a stub calls a capability: one per stub, so that each call passes
   * only the member and the arguments.
   *
   * @param owner the owner's token
   * @param id the capability id
   * @return the capability's call host
   */
  @HostAccess.Export
  public RpcCapability capability(String owner, int id) {
    return new RpcCapability(isolate, owner, id);
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
