package io.github.miniflare4j.vars;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * A binding whose value is a file's contents: Miniflare's {@code textBlobBindings} (a string),
 * {@code dataBlobBindings} (an {@code ArrayBuffer}) and {@code wasmBindings} (a {@code
 * WebAssembly.Module}, service-worker scripts only), Wrangler's {@code text_blobs}, {@code
 * data_blobs} and {@code wasm_modules}. They are variables: {@code env} lists them after the
 * plain ones (text before data), and a service-worker script's WebAssembly globals come before
 * every other binding, as in workerd.
 *
 * @param name the binding name
 * @param type what the worker sees
 * @param contents the file's bytes (not copied: do not change them afterwards)
 */
public record BlobDeclaration(String name, Type type, byte[] contents) implements BindingDeclaration {

  /** What a blob binding gives the worker. */
  public enum Type {
    /** A {@code WebAssembly.Module}: only service-worker scripts may have one. */
    WASM,
    /** The file as UTF-8 text. */
    TEXT,
    /** The file's bytes as an {@code ArrayBuffer}, one per isolate (changes to it stay). */
    DATA
  }

  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param type what the worker sees
   * @param contents the file's bytes
   */
  public BlobDeclaration {
    Objects.requireNonNull(name, "binding name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(contents, "contents");
  }

  @Override
  public String kind() {
    return VarDeclaration.KIND;
  }

  @Override
  public int rankInKind() {
    return type == Type.WASM ? -1 : type == Type.TEXT ? 1 : 2;
  }
}
