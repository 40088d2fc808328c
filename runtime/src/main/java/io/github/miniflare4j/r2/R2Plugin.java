package io.github.miniflare4j.r2;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * R2 buckets: Miniflare's {@code r2Buckets} (an array of binding names, each also the bucket
 * name, or an object of binding name to bucket name or {@code {id}}), Wrangler's {@code
 * r2_buckets} ({@code binding}, {@code bucket_name}; {@code preview_bucket_name} and {@code
 * jurisdiction} are accepted and, as in {@code wrangler dev}, not used locally), persistence with
 * {@code r2Persist}, and the Java handle {@link R2Bucket}.
 */
public final class R2Plugin implements BindingPlugin {

  private static final Pattern WRANGLER_BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");
  private static final String BUCKET_FORMAT = "Bucket names must begin and end with an alphanumeric character, only "
      + "contain lowercase letters, numbers, and hyphens, and be between 3 and 63 characters long.";

  @Override
  public String kind() {
    return R2BucketDeclaration.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("r2Buckets");
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    return options.namesOrObject(value, R2Buckets::bucket, (name, entry) -> {
      JsonNode v = entry.value();
      if (v.isObject()) {
        return R2Buckets.bucket(name, entry.reader().at("id").text(v.get("id")));
      }
      return R2Buckets.bucket(name, entry.reader().text(v));
    });
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("r2_buckets");
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.eachTable(value, key, "a table with a \"binding\" and a \"bucket_name\"", (table, at) -> {
      String binding = config.requiredText(table, at, "binding");
      String bucketName = config.optionalText(table, at, "bucket_name");
      for (String field : new String[] {"bucket_name", "preview_bucket_name"}) {
        String name = config.optionalText(table, at, field);
        if (name != null && !WRANGLER_BUCKET_NAME.matcher(name).matches()) {
          throw config.error(at + "." + field, field + "=\"" + name + "\" is invalid. " + BUCKET_FORMAT);
        }
      }
      config.optionalText(table, at, "jurisdiction");
      declarations.add(R2Buckets.bucket(binding, bucketName == null ? binding : bucketName));
    });
    return declarations;
  }

  @Override
  public String persistOption() {
    return "r2Persist";
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(R2Bucket.class);
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new R2PluginInstance(context);
  }
}
