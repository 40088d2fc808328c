package io.github.miniflare4j.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.BindingPlugins;
import io.github.miniflare4j.plugin.OptionReader;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Reads Node Miniflare's JSON option shape into {@link MiniflareOptions.Builder}. */
public final class JsonOptionsReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> WORKER_FIELDS =
      Set.of(
          "name", "script", "scriptPath", "modules", "modulesRules", "modulesRoot", "compatibilityDate", "compatibilityFlags",
          "routes", "crons", "outboundService",
          "unsafeTriggerHandlers");

  private static final String PROTO = "__proto__";

  private JsonOptionsReader() {}

  /**
   * Parses JSON text.
   *
   * @param json a JSON object of options, with a {@code workers} array or a single worker's
   *     settings
   * @return a builder with the workers read
   * @throws MiniflareException {@code ERR_VALIDATION} when the text is not JSON or a setting has
   *     the wrong shape
   */
  public static MiniflareOptions.Builder read(String json) {
    try {
      return read(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw invalid("options are not valid JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * Reads a parsed tree.
   *
   * @param given the parsed options
   * @return a builder with the workers read
   * @throws MiniflareException {@code ERR_VALIDATION} when the tree is not an object or a setting
   *     has the wrong shape
   */
  public static MiniflareOptions.Builder read(JsonNode given) {
    if (given == null || !given.isObject()) {
      throw invalid("options must be a JSON object");
    }
    JsonNode root = withoutProtoMembers(given);
    MiniflareOptions.Builder builder = MiniflareOptions.builder();
    if (root.has("unsafeTriggerHandlers")) {
      builder.unsafeTriggerHandlers(bool(root.get("unsafeTriggerHandlers"), "options.unsafeTriggerHandlers"));
    }
    JsonNode workers = root.get("workers");
    // Miniflare resolves the top level's rootPath for the instance-wide options in the workers[]
    // form only; a single worker's rootPath applies to its own options
    readShared(root, builder, workers != null && workers.isArray() ? rootPath(root, "options", null) : null);
    JsonSharedOptions.read(root, "options", builder);
    if (root.get("cf") != null && root.get("cf").isObject()) {
      builder.cf((com.fasterxml.jackson.databind.node.ObjectNode) root.get("cf"));
    }
    if (workers == null) {
      builder.worker(readWorker(root, "options", null));
      return builder;
    }
    if (!workers.isArray()) {
      throw invalid("\"workers\" must be an array of worker options");
    }
    java.nio.file.Path sharedRoot = rootPath(root, "options", null);
    for (int i = 0; i < workers.size(); i++) {
      builder.worker(readWorker(workers.get(i), "workers[" + i + "]", sharedRoot));
    }
    return builder;
  }

  /**
   * Miniflare's {@code rootPath} of an options object, resolved against {@code parent}: the
   * folder its relative file paths start from ({@code scriptPath}, blob bindings, {@code
   * sitePath}, the assets' directory); {@code parent} when it has none. The top level's applies
   * to every worker of a {@code workers} array, each worker's own within it.
   */
  private static java.nio.file.Path rootPath(JsonNode node, String where, java.nio.file.Path parent) {
    JsonNode value = node.isObject() ? node.get("rootPath") : null;
    if (value == null || value.isNull()) {
      return parent;
    }
    java.nio.file.Path own = java.nio.file.Path.of(text(value, where + ".rootPath"));
    return parent == null ? own : parent.resolve(own);
  }

  /**
   * Instance-wide options of plugin kinds: {@code d1Persist}, {@code r2Persist}, ... as Miniflare
   * reads them: {@code true} persists under {@code defaultPersistRoot} (else {@code .mf}) in the
   * kind's folder, a path or {@code file:} URL there, {@code false} or {@code memory:} in memory;
   * an absent option persists under {@code defaultPersistRoot} when that is set. A path (a string
   * that is not a URL) starts from {@code sharedRoot} when given; {@code defaultPersistRoot} does
   * not (recorded against Miniflare's PersistenceSchema).
   */
  private static void readShared(JsonNode root, MiniflareOptions.Builder builder, java.nio.file.Path sharedRoot) {
    JsonNode defaultRoot = root.get("defaultPersistRoot");
    String persistRoot = defaultRoot == null || defaultRoot.isNull() ? null : text(defaultRoot, "options.defaultPersistRoot");
    BindingPlugins.all().forEach(plugin -> {
      if (plugin.persistOption() == null) {
        return;
      }
      JsonNode value = root.get(plugin.persistOption());
      String path = "options." + plugin.persistOption();
      if (value == null || value.isNull()) {
        if (persistRoot != null) {
          builder.persist(plugin.kind(), java.nio.file.Path.of(persistRoot, plugin.kind()));
        }
      } else if (value.isBoolean()) {
        builder.persist(plugin.kind(), value.asBoolean()
            ? java.nio.file.Path.of(persistRoot == null ? ".mf" : persistRoot, plugin.kind()) : null);
      } else {
        builder.persist(plugin.kind(), persistPath(text(value, path), sharedRoot));
      }
    });
  }

  /**
   * A persist option's string: a {@code file:} URL, or a path from {@code root} (the working
   * folder when {@code null}); {@code null} for {@code memory:}.
   */
  private static java.nio.file.Path persistPath(String text, java.nio.file.Path root) {
    int colon = text.indexOf(':');
    String scheme = colon > 1 ? text.substring(0, colon) : "";
    boolean url = !scheme.isEmpty() && scheme.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')
        && Character.isLetter(scheme.charAt(0));
    if (!url) {
      return root == null ? java.nio.file.Path.of(text) : root.resolve(text);
    }
    return switch (scheme.toLowerCase(java.util.Locale.ROOT)) {
      case "memory" -> null;
      case "file" -> java.nio.file.Path.of(java.net.URI.create(text));
      default -> throw new MiniflareException(ErrorCode.ERR_PERSIST_UNSUPPORTED,
          "Unsupported \"" + scheme + ":\" persistence protocol for storage: " + text);
    };
  }

  private static WorkerOptions readWorker(JsonNode node, String where, java.nio.file.Path sharedRoot) {
    if (!node.isObject()) {
      throw invalid(where + " must be an object");
    }
    java.nio.file.Path root = rootPath(node, where, sharedRoot);
    WorkerOptions.Builder w = WorkerOptions.builder();
    // binding options are read in the registry's order, whatever their order in the JSON: of a
    // name that several kinds bind, env holds the kind listed last, as in workerd
    java.util.List<Runnable> bindingReads = new java.util.ArrayList<>();
    java.util.List<Integer> bindingPositions = new java.util.ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      String path = where + "." + key;
      switch (key) {
        case "workers", "cf" -> { }
        // an instance-wide option, read at the top level; Miniflare ignores it inside workers[]
        case "unsafeTriggerHandlers" -> { }
        case "crons" -> {
          requireArray(value, path);
          value.forEach(c -> w.crons(text(c, path + "[]")));
        }
        case "name" -> w.name(text(value, path));
        case "outboundService" -> w.outboundService(outbound(value, path));
        case "script" -> w.script(text(value, path));
        case "scriptPath" -> w.scriptPath(new OptionReader(path, root).file(value));
        // read above: where relative file paths start
        case "rootPath" -> { }
        case "modules" -> {
          if (value.isArray()) {
            JsonNode modulesRoot = node.get("modulesRoot");
            w.modules(JsonModules.modules(value, path,
                modulesRoot == null || modulesRoot.isNull() ? null : text(modulesRoot, where + ".modulesRoot"), root));
          } else {
            w.modules(bool(value, path));
          }
        }
        case "modulesRules" -> w.modulesRules(JsonModules.rules(value, path));
        // names the modules of a modules array (read there); a worker from files names its
        // modules from its own directory
        case "modulesRoot" -> text(value, path);
        case "compatibilityDate" -> w.compatibilityDate(text(value, path));
        case "compatibilityFlags" -> {
          requireArray(value, path);
          java.util.List<String> flags = new java.util.ArrayList<>();
          value.forEach(flag -> flags.add(text(flag, path + "[]")));
          w.compatibilityFlags(flags);
        }
        case "routes" -> {
          requireArray(value, path);
          value.forEach(r -> w.routes(text(r, path + "[]")));
        }
        default -> {
          if (JsonSharedOptions.REFUSED.containsKey(key)) {
            throw JsonSharedOptions.refused(key, path);
          }
          if (BindingPlugins.byPersistOption(key).isPresent() || JsonSharedOptions.handles(key)) {
            if (!where.equals("options")) {
              JsonSharedOptions.ignoredInWorker(path, key, value); // read at the top level only, as Miniflare does
            }
            break;
          }
          BindingPlugin plugin = BindingPlugins.byJsonKey(key).orElseThrow(() -> invalid(
              "unexpected option " + path + "; supported worker options are " + supportedKeys()));
          java.util.List<io.github.miniflare4j.plugin.BindingDeclaration> read = plugin.readJson(key, value, new OptionReader(path, root));
          bindingPositions.add(BindingPlugins.position(plugin.kind()));
          bindingReads.add(() -> read.forEach(w::bind));
        }
      }
    }
    java.util.List<Integer> order = new java.util.ArrayList<>();
    for (int i = 0; i < bindingReads.size(); i++) {
      order.add(i);
    }
    order.sort(java.util.Comparator.comparingInt(bindingPositions::get)); // stable: JSON order within a kind
    order.forEach(i -> bindingReads.get(i).run());
    return w.build();
  }

  private static java.util.Set<String> supportedKeys() {
    java.util.Set<String> keys = new java.util.TreeSet<>(WORKER_FIELDS);
    BindingPlugins.all().forEach(p -> keys.addAll(p.jsonKeys()));
    return keys;
  }

  /**
   * Miniflare's {@code outboundService} as JSON can give it: a worker's name, {@code {name,
   * entrypoint?}}, or a {@code network}, {@code external} or {@code disk} service.
   */
  private static io.github.miniflare4j.http.FetchHandler outbound(JsonNode value, String path) {
    io.github.miniflare4j.http.FetchHandler outside =
        io.github.miniflare4j.service.internal.ServiceDesignators.outside(value, new OptionReader(path));
    if (outside != null) {
      return outside;
    }
    if (value.isObject()) {
      JsonNode entrypoint = value.get("entrypoint");
      return new WorkerOutbound(text(value.get("name"), path + ".name"),
          entrypoint == null || entrypoint.isNull() ? null : text(entrypoint, path + ".entrypoint"));
    }
    return new WorkerOutbound(text(value, path), null);
  }

  /**
   * The options without their {@code "__proto__"} members, at every depth: Miniflare parses its
   * options with Zod, whose objects and records drop such members (a binding's JSON value loses
   * them, recorded). The given tree is left unchanged.
   */
  private static JsonNode withoutProtoMembers(JsonNode node) {
    if (!hasProtoMember(node)) {
      return node;
    }
    JsonNode copy = node.deepCopy();
    removeProtoMembers(copy);
    return copy;
  }

  private static boolean hasProtoMember(JsonNode node) {
    if (node.isObject() && node.has(PROTO)) {
      return true;
    }
    for (JsonNode child : node) {
      if (child.isContainerNode() && hasProtoMember(child)) {
        return true;
      }
    }
    return false;
  }

  private static void removeProtoMembers(JsonNode node) {
    if (node.isObject()) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove(PROTO);
    }
    node.forEach(JsonOptionsReader::removeProtoMembers);
  }

  static String text(JsonNode value, String path) {
    if (value == null || !value.isTextual()) {
      throw invalid(path + " must be a string, was " + value);
    }
    return value.asText();
  }

  static boolean bool(JsonNode value, String path) {
    if (!value.isBoolean()) {
      throw invalid(path + " must be true or false, was " + value);
    }
    return value.asBoolean();
  }

  private static void requireArray(JsonNode value, String path) {
    if (!value.isArray()) {
      throw invalid(path + " must be an array, was " + value);
    }
  }

  private static void requireObject(JsonNode value, String path) {
    if (!value.isObject()) {
      throw invalid(path + " must be an object, was " + value);
    }
  }

  static MiniflareException invalid(String message) {
    return new MiniflareException(ErrorCode.ERR_VALIDATION, "Invalid Miniflare options: " + message);
  }
}
