package io.github.miniflare4j.vars;

import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.vars.internal.BlobHost;

/** The {@code env} entry of a data or WebAssembly blob binding: {@code vars/blobs.js} makes its value. */
record BlobBinding(String name, byte[] contents, boolean wasm) implements JsBinding {

  static final String KIND = "blob";
  private static final String SCRIPT = "/io/github/miniflare4j/vars/blobs.js";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return new BlobHost(contents, wasm);
  }

  @Override
  public String factoryScript() {
    return SCRIPT;
  }

  @Override
  public boolean needsWebAssembly() {
    return wasm;
  }
}
