package io.github.miniflare4j.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.junit.KvSeed;
import io.github.miniflare4j.kv.KvNamespace;
import io.github.miniflare4j.kv.KvPutOptions;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/** Fills KV namespaces from the JSON resources named by a class's {@link KvSeed}s. */
final class SeedLoader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SeedLoader() {}

  /** Applies the seeds declared on the class itself (not those of enclosing classes): KV, then D1. */
  static void apply(Class<?> testClass, Miniflare miniflare) {
    applyKv(testClass, miniflare);
    D1SeedLoader.apply(testClass, miniflare);
  }

  private static void applyKv(Class<?> testClass, Miniflare miniflare) {
    List<KvSeed> seeds = AnnotationSupport.findRepeatableAnnotations(testClass, KvSeed.class);
    for (KvSeed seed : seeds) {
      JsonNode tree = read(testClass, seed);
      KvNamespace kv = namespace(testClass, miniflare, seed);
      try {
        if (tree.isObject()) {
          for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            kv.put(entry.getKey(), text(entry.getValue()));
          }
        } else if (tree.isArray()) {
          for (JsonNode entry : tree) {
            putBulkEntry(testClass, seed, kv, entry);
          }
        } else {
          throw new ExtensionConfigurationException(Messages.badSeed(testClass, seed, "it is neither an object nor an array"));
        }
      } catch (MiniflareException | IllegalArgumentException e) {
        throw new ExtensionConfigurationException(Messages.badSeed(testClass, seed, e.getMessage()), e);
      }
    }
  }

  private static void putBulkEntry(Class<?> testClass, KvSeed seed, KvNamespace kv, JsonNode entry) {
    if (!entry.isObject() || !entry.hasNonNull("key") || !entry.has("value")) {
      throw new ExtensionConfigurationException(
          Messages.badSeed(testClass, seed, "entry " + entry + " needs \"key\" and \"value\""));
    }
    KvPutOptions.Builder options = KvPutOptions.builder();
    if (entry.hasNonNull("expiration")) {
      options.expirationEpochSeconds(entry.get("expiration").asLong());
    }
    if (entry.hasNonNull("expiration_ttl")) {
      options.expirationTtl(Duration.ofSeconds(entry.get("expiration_ttl").asLong()));
    }
    if (entry.hasNonNull("metadata")) {
      options.metadataJson(entry.get("metadata").toString());
    }
    kv.put(entry.get("key").asText(), text(entry.get("value")), options.build());
  }

  private static String text(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }

  private static JsonNode read(Class<?> testClass, KvSeed seed) {
    String resource = seed.resource().replaceFirst("^/", "");
    try (InputStream in = testClass.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ExtensionConfigurationException(Messages.noSeedResource(testClass, seed, resource));
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new ExtensionConfigurationException(Messages.badSeed(testClass, seed, "it is not JSON: " + e.getMessage()), e);
    }
  }

  private static KvNamespace namespace(Class<?> testClass, Miniflare miniflare, KvSeed seed) {
    try {
      return seed.worker().isEmpty()
          ? miniflare.getKVNamespace(seed.binding())
          : miniflare.getKVNamespace(seed.worker(), seed.binding());
    } catch (MiniflareException e) {
      throw new ExtensionConfigurationException(Messages.badSeed(testClass, seed, e.getMessage()), e);
    }
  }
}
