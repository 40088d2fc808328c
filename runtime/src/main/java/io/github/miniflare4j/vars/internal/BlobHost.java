package io.github.miniflare4j.vars.internal;

import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;

/** The contents of one data or WebAssembly blob binding, as its script ({@code vars/blobs.js}) reads them. */
public final class BlobHost {

  private final byte[] contents;
  private final boolean wasm;

  /**
   * Serves the given bytes.
   *
   * @param contents the file's bytes (not copied; never changed here)
   * @param wasm whether the worker sees a {@code WebAssembly.Module} rather than an {@code ArrayBuffer}
   */
  public BlobHost(byte[] contents, boolean wasm) {
    this.contents = contents;
    this.wasm = wasm;
  }

  /**
   * The bytes; the script copies them into an {@code ArrayBuffer} of the isolate's own.
   *
   * @return a read-only buffer over them
   */
  @HostAccess.Export
  public ByteBuffer bytes() {
    return ByteBuffer.wrap(contents).asReadOnlyBuffer();
  }

  /**
   * Whether the binding is a {@code WebAssembly.Module}.
   *
   * @return {@code true} for a wasm binding
   */
  @HostAccess.Export
  public boolean wasm() {
    return wasm;
  }
}
