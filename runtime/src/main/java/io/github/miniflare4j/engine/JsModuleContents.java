package io.github.miniflare4j.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.graalvm.polyglot.HostAccess;

/**
 * What the prelude reads the bytes of a Data or CompiledWasm module through: the synthetic
 * JavaScript module that stands for such a file asks for its bytes by path. Loop thread only.
 */
public final class JsModuleContents {

  private final ModuleFileSystem files;

  JsModuleContents(ModuleFileSystem files) {
    this.files = files;
  }

  /**
   * The bytes of a Data or CompiledWasm module of this worker.
   *
   * @param path the module's absolute path, as its synthetic source names it
   * @return a read-only buffer over the bytes
   * @throws IllegalArgumentException when the worker has no such module
   */
  @HostAccess.Export
  public ByteBuffer bytes(String path) {
    try {
      return ByteBuffer.wrap(files.moduleBytes(Path.of(path))).asReadOnlyBuffer();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read module " + path + ": " + e.getMessage(), e);
    }
  }
}
