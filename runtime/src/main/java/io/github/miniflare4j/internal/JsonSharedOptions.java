package io.github.miniflare4j.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Node Miniflare's option names beyond the worker fields and binding kinds: its instance-wide
 * options, and the options of its own that miniflare4j accepts without acting on them (Miniflare
 * 4.20260426.0's schemas). Miniflare drops option names it does not know; {@link
 * JsonOptionsReader} still refuses those, to catch typos, but a Miniflare option never fails to
 * parse.
 */
final class JsonSharedOptions {

  private static final Logger LOG = LoggerFactory.getLogger(JsonSharedOptions.class);

  /** Instance-wide options read here, wherever they occur at the top level. */
  static final Set<String> READ = Set.of("host", "port", "logRequests", "defaultPersistRoot", "upstream",
      "rootPath"); // rootPath: by JsonOptionsReader, for the file paths of the workers' options

  /**
   * Miniflare's instance-wide options that have no effect in miniflare4j: its runtime's process,
   * inspector, logging, dev-registry, HTTPS and telemetry settings (CoreSharedOptionsSchema).
   */
  static final Set<String> SHARED_WITHOUT_EFFECT = Set.of(
      "https", "httpsKey", "httpsKeyPath", "httpsCert", "httpsCertPath", "inspectorPort", "inspectorHost",
      "verbose", "log", "handleRuntimeStdio", "handleStructuredLogs", "liveReload", "unsafeDevRegistryPath",
      "unsafeHandleDevRegistryUpdate", "unsafeProxySharedSecret", "unsafeModuleFallbackService", "unsafeStickyBlobs",
      "unsafeLocalExplorer", "stripDisablePrettyError", "structuredWorkerdLogs", "telemetry", "publicUrl",
      // the persist options of kinds whose state miniflare4j keeps in memory only
      "secretsStorePersist", "analyticsEngineDatasetsPersist", "helloWorldPersist");

  /**
   * Miniflare's worker options that have no effect in miniflare4j: settings of workerd internals
   * and of features it does not emulate (CoreOptionsSchema and plugins).
   */
  static final Set<String> WORKER_WITHOUT_EFFECT = Set.of(
      "containerEngine", "fetchMock", "hasAssetsAndIsVitest", "streamingTails", "tails", "stripCfConnectingIp",
      "unsafeBindings", "unsafeDirectSockets", "unsafeEphemeralDurableObjects", "unsafeInspectorProxy",
      "unsafeOverrideFetchWorker", "unsafeUseModuleFallbackService", "zone");

  /**
   * Miniflare options miniflare4j does not provide and cannot ignore (a worker would see
   * something else than under Miniflare), each with what to do instead.
   */
  static final Map<String, String> REFUSED = Map.of();
  private JsonSharedOptions() {}

  /**
   * The error for one of {@link #REFUSED}.
   *
   * @param key the option's name
   * @param path the option's path
   * @return the error to throw
   */
  static MiniflareException refused(String key, String path) {
    return JsonOptionsReader.invalid(path + " " + REFUSED.get(key));
  }

  /** Whether {@code key} is one of Miniflare's options this class handles. */
  static boolean handles(String key) {
    return READ.contains(key) || SHARED_WITHOUT_EFFECT.contains(key) || WORKER_WITHOUT_EFFECT.contains(key);
  }

  /**
   * Reads the instance-wide options of one object of options (the top level, or a worker of a
   * single-worker form) into the builder, and logs those without effect.
   *
   * @param node the options object
   * @param where its path in messages ({@code options}, {@code workers[1]})
   * @param builder the instance's builder
   * @throws MiniflareException {@code ERR_VALIDATION} when a value read has the wrong type
   */
  static void read(JsonNode node, String where, MiniflareOptions.Builder builder) {
    node.fields().forEachRemaining(field -> {
      String key = field.getKey();
      JsonNode value = field.getValue();
      String path = where + "." + key;
      switch (key) {
        case "host" -> builder.host(JsonOptionsReader.text(value, path));
        case "port" -> {
          if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0 || value.asInt() > 65535) {
            throw JsonOptionsReader.invalid(path + " must be a port number from 0 to 65535, was " + value);
          }
          builder.port(value.asInt());
        }
        case "logRequests" -> builder.logRequests(JsonOptionsReader.bool(value, path));
        case "upstream" -> builder.upstream(JsonOptionsReader.text(value, path));
        default -> {
          if (REFUSED.containsKey(key)) {
            throw refused(key, path); // also at the top level of a workers[] form, which no worker reads
          }
          if ((SHARED_WITHOUT_EFFECT.contains(key) || WORKER_WITHOUT_EFFECT.contains(key)) && !value.isNull()) {
            LOG.warn("Miniflare option {} has no effect in miniflare4j; ignored", path);
          }
        }
      }
    });
  }

  /**
   * Logs an option of this class, or a persist option, found inside {@code workers[]}: a worker
   * option without effect here, or an instance-wide one Miniflare reads at the top level only.
   *
   * @param path the option's path
   * @param key the option's name
   * @param value its value
   */
  static void ignoredInWorker(String path, String key, JsonNode value) {
    if (value.isNull()) {
      return;
    }
    if (WORKER_WITHOUT_EFFECT.contains(key)) {
      LOG.warn("Miniflare option {} has no effect in miniflare4j; ignored", path);
    } else {
      LOG.warn("Miniflare option {} is read at the top level of the options only; ignored inside workers[]", path);
    }
  }
}
