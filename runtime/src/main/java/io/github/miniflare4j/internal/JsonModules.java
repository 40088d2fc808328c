package io.github.miniflare4j.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.ModuleRule;
import io.github.miniflare4j.WorkerModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Miniflare's {@code modules: [{ type, path, contents }]} and {@code modulesRules: [{ type,
 * include, fallthrough }]} options. A module's {@code contents} string stands for its UTF-8 bytes,
 * as Miniflare's TextEncoder makes them (also for Data and CompiledWasm modules); a binary module's
 * may also be an array of byte values.
 */
final class JsonModules {

  private JsonModules() {}

  /**
   * @param modulesRoot Miniflare's {@code modulesRoot}, or {@code null}: each module is named by
   *     its path relative to it (both taken from {@code rootPath} when relative)
   * @param rootPath the worker's {@code rootPath}, or {@code null} for the current directory: where
   *     relative module paths and {@code modulesRoot} start, as Miniflare's {@code PathSchema}
   *     resolves them
   */
  static List<WorkerModule> modules(JsonNode array, String path, String modulesRoot, java.nio.file.Path rootPath) {
    if (array.isEmpty()) {
      throw invalid(path + " must list at least the entry module");
    }
    // without either root a module keeps its path as its name; with one, Miniflare names it by
    // path.relative(modulesRoot, path), modulesRoot defaulting to the current directory
    java.nio.file.Path namesRoot = modulesRoot == null && rootPath == null ? null
        : modulesRoot == null ? java.nio.file.Path.of("") : resolve(rootPath, modulesRoot);
    List<WorkerModule> modules = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode node = array.get(i);
      String where = path + "[" + i + "]";
      if (!node.isObject()) {
        throw invalid(where + " must be an object { type, path, contents }, was " + node);
      }
      WorkerModule.Type type = type(node.get("type"), where + ".type");
      String given = text(node.get("path"), where + ".path");
      java.nio.file.Path file = resolve(rootPath, given);
      String name = namesRoot == null ? given : named(file, namesRoot, where + ".path");
      JsonNode contents = node.get("contents");
      byte[] bytes = contents == null || contents.isNull() ? read(file, where + ".path") : bytes(type, contents, where + ".contents");
      modules.add(WorkerModule.of(type, name, bytes));
    }
    return modules;
  }

  private static java.nio.file.Path resolve(java.nio.file.Path rootPath, String path) {
    return rootPath == null ? java.nio.file.Path.of(path) : rootPath.resolve(path);
  }

  /** A module without {@code contents}: Miniflare reads its file. */
  private static byte[] read(java.nio.file.Path file, String where) {
    try {
      return java.nio.file.Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw invalid(where + " names a module without contents whose file cannot be read: " + file.toAbsolutePath().normalize()
          + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  static List<ModuleRule> rules(JsonNode array, String path) {
    if (!array.isArray()) {
      throw invalid(path + " must be an array of { type, include, fallthrough }, was " + array);
    }
    List<ModuleRule> rules = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode node = array.get(i);
      String where = path + "[" + i + "]";
      if (!node.isObject()) {
        throw invalid(where + " must be an object { type, include, fallthrough }, was " + node);
      }
      WorkerModule.Type type = type(node.get("type"), where + ".type");
      JsonNode include = node.get("include");
      if (include == null || !include.isArray() || include.isEmpty()) {
        throw invalid(where + ".include must be a non-empty array of globs, was " + include);
      }
      List<String> globs = new ArrayList<>();
      include.forEach(g -> globs.add(text(g, where + ".include[]")));
      JsonNode fallthrough = node.get("fallthrough");
      if (fallthrough != null && !fallthrough.isBoolean()) {
        throw invalid(where + ".fallthrough must be true or false, was " + fallthrough);
      }
      rules.add(new ModuleRule(type, globs, fallthrough != null && fallthrough.asBoolean()));
    }
    return rules;
  }

  /** A module's path relative to {@code modulesRoot}, as Miniflare names it ({@code path.relative}). */
  private static String named(java.nio.file.Path modulePath, java.nio.file.Path modulesRoot, String where) {
    java.nio.file.Path root = modulesRoot.toAbsolutePath().normalize();
    java.nio.file.Path module = modulePath.toAbsolutePath().normalize();
    String name = root.relativize(module).toString().replace('\\', '/');
    if (name.equals("..") || name.startsWith("../")) {
      // workerd refuses a name that climbs out of its root: "can't use \"..\" to break out of starting directory"
      throw invalid(where + " \"" + modulePath + "\" is outside modulesRoot \"" + modulesRoot + "\"");
    }
    return name;
  }

  private static WorkerModule.Type type(JsonNode node, String path) {
    try {
      return WorkerModule.Type.fromOptionName(text(node, path));
    } catch (IllegalArgumentException e) {
      throw invalid(path + ": " + e.getMessage());
    }
  }

  private static byte[] bytes(WorkerModule.Type type, JsonNode contents, String path) {
    boolean binary = type == WorkerModule.Type.DATA || type == WorkerModule.Type.COMPILED_WASM;
    if (contents.isTextual()) {
      // Miniflare turns a string into bytes with TextEncoder, for every kind of module
      return utf8(contents.asText());
    }
    if (contents.isArray()) {
      byte[] bytes = new byte[contents.size()];
      for (int i = 0; i < bytes.length; i++) {
        JsonNode b = contents.get(i);
        if (!b.canConvertToInt() || b.asInt() < 0 || b.asInt() > 255) {
          throw invalid(path + "[" + i + "] must be a byte value 0 to 255, was " + b);
        }
        bytes[i] = (byte) b.asInt();
      }
      return bytes;
    }
    throw invalid(path + " must be a string" + (binary ? " (its UTF-8 bytes) or an array of bytes" : "") + ", was " + contents);
  }

  /** UTF-8 as TextEncoder writes it: a lone surrogate becomes U+FFFD. */
  static byte[] utf8(String text) {
    return text.codePoints()
        .map(c -> c >= 0xd800 && c <= 0xdfff ? 0xfffd : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String text(JsonNode value, String path) {
    if (value == null || !value.isTextual()) {
      throw invalid(path + " must be a string, was " + value);
    }
    return value.asText();
  }

  private static MiniflareException invalid(String message) {
    return new MiniflareException(ErrorCode.ERR_VALIDATION, "Invalid Miniflare options: " + message);
  }
}
