package io.github.miniflare4j.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.junit.KvSeed;
import io.github.miniflare4j.junit.spi.SeedContext;
import io.github.miniflare4j.junit.spi.SeedProvider;
import io.github.miniflare4j.kv.KvNamespace;
import io.github.miniflare4j.kv.KvPutOptions;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

/** Fills KV namespaces from the JSON resources named by {@link KvSeed}s. */
public final class KvSeedProvider implements SeedProvider<KvSeed> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLASSPATH = "classpath:";

  /** For {@link java.util.ServiceLoader}. */
  public KvSeedProvider() {}

  @Override
  public Class<KvSeed> annotationType() {
    return KvSeed.class;
  }

  @Override
  public String describe(KvSeed seed) {
    return "@KvSeed(binding = \"" + seed.binding() + "\", resource = \"" + seed.resource() + "\")";
  }

  @Override
  public void seed(KvSeed seed, SeedContext context) {
    JsonNode tree = read(seed, context);
    KvNamespace kv = seed.worker().isEmpty()
        ? context.miniflare().getKVNamespace(seed.binding())
        : context.miniflare().getKVNamespace(seed.worker(), seed.binding());
    if (tree.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        kv.put(entry.getKey(), text(entry.getValue()));
      }
    } else if (tree.isArray()) {
      for (JsonNode entry : tree) {
        putBulkEntry(context, kv, entry);
      }
    } else {
      throw context.failure("it is neither an object nor an array");
    }
  }

  private static void putBulkEntry(SeedContext context, KvNamespace kv, JsonNode entry) {
    if (!entry.isObject() || !entry.hasNonNull("key") || !entry.has("value")) {
      throw context.failure("entry " + entry + " needs \"key\" and \"value\"");
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

  /** The resource is always on the class path; a {@code classpath:} prefix is accepted too. */
  private static JsonNode read(KvSeed seed, SeedContext context) {
    String location = seed.resource().startsWith(CLASSPATH) ? seed.resource() : CLASSPATH + seed.resource();
    try (InputStream in = context.open("resource", location)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw context.failure("it is not JSON: " + e.getMessage());
    }
  }
}
