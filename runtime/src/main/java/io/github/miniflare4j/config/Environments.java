package io.github.miniflare4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Wrangler's environments: which top-level keys an {@code [env.NAME]} section inherits and
 * which it must repeat, with Wrangler's warnings. Inherited: {@code name} (as {@code
 * <name>-<env>}), {@code main}, {@code compatibility_date}, {@code compatibility_flags}, {@code
 * route}/{@code routes} and the other build and deploy settings. Not inherited: {@code vars},
 * {@code kv_namespaces}, {@code durable_objects}, {@code services} and every other binding.
 */
final class Environments {

  /** Keys an environment takes from the top level when it does not set them (Wrangler's list). */
  static final Set<String> INHERITABLE = Set.of(
      "name", "account_id", "compatibility_date", "compatibility_flags", "main",
      "find_additional_modules", "preserve_file_names", "base_dir", "workers_dev", "preview_urls",
      "routes", "route", "tsconfig", "jsx_factory", "jsx_fragment", "migrations", "triggers",
      "usage_model", "limits", "rules", "build", "no_bundle", "minify", "node_compat",
      "first_party_worker", "zone_id", "logfwdr", "logpush", "upload_source_maps", "placement",
      "assets", "observability", "tail_consumers", "keep_names", "python_modules", "exports");

  /** Keys an environment must set itself (Wrangler's list): bindings above all. */
  static final List<String> NOT_INHERITABLE = List.of(
      "vars", "define", "durable_objects", "kv_namespaces", "r2_buckets", "d1_databases",
      "analytics_engine_datasets", "unsafe", "data_blobs", "text_blobs", "wasm_modules", "alias",
      "pipelines", "hyperdrive", "secrets_store_secrets", "services", "cloudchamber",
      "containers", "vectorize", "ai", "images", "version_metadata", "queues", "browser",
      "dispatch_namespaces", "send_email", "mtls_certificates", "workflows", "unsafe_hello_world",
      "ratelimits", "worker_loaders", "vpc_services", "secrets", "streaming_tail_consumers");

  /** Top-level-only keys: they never appear inside an environment. */
  static final Set<String> TOP_LEVEL_ONLY = Set.of(
      "$schema", "env", "legacy_env", "send_metrics", "keep_vars", "dev", "site");

  private Environments() {}

  /**
   * The settings in force for {@code env} ({@code null}: the top level).
   *
   * @param warnings receives Wrangler's warnings about keys an environment does not inherit
   * @throws MiniflareException {@code ERR_VALIDATION} when the environment is missing while
   *     others are defined (Wrangler's error)
   */
  static ObjectNode resolve(Path file, JsonNode raw, String env, List<String> warnings) {
    ObjectNode resolved = JsonNodeFactory.instance.objectNode();
    if (env == null) {
      raw.fields().forEachRemaining(f -> {
        if (!f.getKey().equals("env") && !f.getKey().equals("$schema")) {
          resolved.set(f.getKey(), f.getValue());
        }
      });
      return resolved;
    }
    JsonNode envs = raw.path("env");
    JsonNode section = envs.get(env);
    if (section == null || section.isNull()) {
      List<String> names = new ArrayList<>();
      envs.fieldNames().forEachRemaining(names::add);
      String message = "No environment found in configuration with name \"" + env + "\".\n"
          + "Before using `--env=" + env + "` there should be an equivalent environment section in the configuration.\n"
          + (names.isEmpty() ? "" : "The available configured environment names are: " + json(names) + "\n")
          + "\nConsider adding an environment configuration section to " + file.getFileName() + ":\n"
          + "```\n[env." + env + "]\n```";
      if (!names.isEmpty()) {
        throw new MiniflareException(ErrorCode.ERR_VALIDATION, file + ": " + message);
      }
      warnings.add(message);
      section = JsonNodeFactory.instance.objectNode();
    } else if (!section.isObject()) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION,
          file + ": \"env." + env + "\" should be a table of settings, but is " + section.getNodeType());
    }
    for (Iterator<String> keys = raw.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      // the top-level-only settings (a Workers Site, dev) hold for every environment
      if (INHERITABLE.contains(key) || (TOP_LEVEL_ONLY.contains(key) && !key.equals("env") && !key.equals("$schema"))) {
        resolved.set(key, raw.get(key));
      }
    }
    boolean legacyEnv = !raw.path("legacy_env").isBoolean() || raw.path("legacy_env").asBoolean();
    if (!section.has("name") && raw.path("name").isTextual() && legacyEnv) {
      resolved.put("name", raw.get("name").asText() + "-" + env);
    }
    section.fields().forEachRemaining(f -> resolved.set(f.getKey(), f.getValue()));
    for (String key : NOT_INHERITABLE) {
      if (raw.has(key) && !section.has(key)) {
        warnings.add("\"" + key + "\" exists at the top level, but not on \"env." + env + "\".\n"
            + "This is not what you probably want, since \"" + key + "\" is not inherited by environments.\n"
            + "Please add \"" + key + "\" to \"env." + env + "\".");
      }
    }
    return resolved;
  }

  private static String json(List<String> names) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < names.size(); i++) {
      out.append(i == 0 ? "" : ",").append('"').append(names.get(i)).append('"');
    }
    return out.append(']').toString();
  }
}
