package io.github.miniflare4j.modules;

import java.nio.file.Path;

/**
 * How files of a kind that is not JavaScript, TypeScript or JSON become an ES module (the seam
 * for Wrangler's module rules such as {@code Text}, {@code Data} and {@code CompiledWasm}).
 * Registered by file-name suffix with {@link ModuleOptions.Builder#moduleType(String, ModuleType)}.
 */
@FunctionalInterface
public interface ModuleType {

  /**
   * The ES module source that stands for a file.
   *
   * @param file the file (real path)
   * @param bytes its content
   * @return JavaScript module source; its default export is what importers get
   */
  String moduleSource(Path file, byte[] bytes);
}
