package io.github.miniflare4j;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One module of a worker given as a list of modules (Miniflare's {@code modules: [{ type, path,
 * contents }]}): JavaScript, or data a JavaScript module imports by path. The first module of a
 * worker's list is its entry.
 *
 * <pre>{@code
 * WorkerOptions.builder().modules(List.of(
 *     WorkerModule.esModule("index.mjs", "import add from './add.wasm'; ..."),
 *     WorkerModule.compiledWasm("add.wasm", Files.readAllBytes(Path.of("add.wasm")))));
 * }</pre>
 */
public final class WorkerModule {

  /** The module types of Miniflare and Wrangler, and what importing one gives. */
  public enum Type {
    /** An ES module. */
    ES_MODULE("ESModule"),
    /** A CommonJS module: its {@code module.exports} is the default export. */
    COMMON_JS("CommonJS"),
    /** UTF-8 text: the default export is a string. */
    TEXT("Text"),
    /** Bytes: the default export is an {@code ArrayBuffer}. */
    DATA("Data"),
    /** A WebAssembly binary: the default export is a {@code WebAssembly.Module}. */
    COMPILED_WASM("CompiledWasm");

    private final String optionName;

    Type(String optionName) {
      this.optionName = optionName;
    }

    /**
     * The name Miniflare's options and Wrangler's {@code rules} use, such as {@code "CompiledWasm"}.
     *
     * @return the name
     */
    public String optionName() {
      return optionName;
    }

    /**
     * The type of a Miniflare / Wrangler type name.
     *
     * @param name a name such as {@code "Text"}
     * @return the type
     * @throws IllegalArgumentException naming the accepted names when {@code name} is none of them
     */
    public static Type fromOptionName(String name) {
      for (Type type : values()) {
        if (type.optionName.equals(name)) {
          return type;
        }
      }
      throw new IllegalArgumentException(
          "unknown module type \"" + name + "\"; expected one of ESModule, CommonJS, Text, Data, CompiledWasm");
    }
  }

  private final Type type;
  private final String path;
  private final byte[] contents;

  private WorkerModule(Type type, String path, byte[] contents) {
    this.type = Objects.requireNonNull(type, "type");
    this.path = Objects.requireNonNull(path, "path");
    this.contents = Objects.requireNonNull(contents, "contents").clone();
    if (path.isBlank()) {
      throw new IllegalArgumentException("a module's path must not be empty");
    }
  }

  /**
   * A module of any type.
   *
   * @param type the type
   * @param path its path, relative to the worker's virtual root (as imports name it: {@code
   *     "./add.wasm"} from the entry imports {@code "add.wasm"})
   * @param contents the bytes (UTF-8 for JavaScript and text); copied
   * @return the module
   */
  public static WorkerModule of(Type type, String path, byte[] contents) {
    return new WorkerModule(type, path, contents);
  }

  /**
   * An ES module.
   *
   * @param path its path
   * @param code the JavaScript source
   * @return the module
   */
  public static WorkerModule esModule(String path, String code) {
    return new WorkerModule(Type.ES_MODULE, path, code.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A CommonJS module.
   *
   * @param path its path
   * @param code the JavaScript source, using {@code module.exports} / {@code require}
   * @return the module
   */
  public static WorkerModule commonJs(String path, String code) {
    return new WorkerModule(Type.COMMON_JS, path, code.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A text module: importing it gives the string.
   *
   * @param path its path
   * @param text the text
   * @return the module
   */
  public static WorkerModule text(String path, String text) {
    return new WorkerModule(Type.TEXT, path, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A data module: importing it gives an {@code ArrayBuffer} of the bytes.
   *
   * @param path its path
   * @param bytes the bytes; copied
   * @return the module
   */
  public static WorkerModule data(String path, byte[] bytes) {
    return new WorkerModule(Type.DATA, path, bytes);
  }

  /**
   * A WebAssembly module: importing it gives a compiled {@code WebAssembly.Module}.
   *
   * @param path its path, usually ending in {@code .wasm}
   * @param wasm the WebAssembly binary; copied
   * @return the module
   */
  public static WorkerModule compiledWasm(String path, byte[] wasm) {
    return new WorkerModule(Type.COMPILED_WASM, path, wasm);
  }

  /**
   * The type.
   *
   * @return the type
   */
  public Type type() {
    return type;
  }

  /**
   * The path, as given.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The contents.
   *
   * @return a copy of the bytes
   */
  public byte[] contents() {
    return contents.clone();
  }

  /**
   * The contents as UTF-8 text (JavaScript and text modules).
   *
   * @return the text
   */
  public String text() {
    return new String(contents, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkerModule m && m.type == type && m.path.equals(path) && Arrays.equals(m.contents, contents);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, path, Arrays.hashCode(contents));
  }

  @Override
  public String toString() {
    return "WorkerModule[" + type.optionName() + " " + path + ", " + contents.length + " bytes]";
  }
}
