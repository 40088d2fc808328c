/**
 * RPC values seen from Java: {@link io.github.miniflare4j.rpc.CloneCodec} reads and writes the
 * structured-clone text that RPC arguments and results and Durable Object storage values are
 * kept as, and {@link io.github.miniflare4j.rpc.RpcStub} calls a function or {@code RpcTarget}
 * that a worker returned.
 */
package io.github.miniflare4j.rpc;
