package io.github.miniflare4j.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.KeyedHandles;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Secrets Store secrets: Miniflare's {@code secretsStoreSecrets} ({@code {KEY: {store_id,
 * secret_name}}}) and Wrangler's {@code secrets_store_secrets} ({@code [{binding, store_id,
 * secret_name}]}). Values are set from Java ({@link SecretsStoreSecret#set}) and put back
 * between tests.
 */
public final class SecretsStorePlugin implements BindingPlugin {

  private static final String SCRIPT = "/io/github/miniflare4j/secrets/secrets.js";

  @Override
  public String kind() {
    return SecretsStoreBinding.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("secretsStoreSecrets");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("secrets_store_secrets");
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(SecretsStoreSecret.class);
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    List<BindingDeclaration> declarations = new ArrayList<>();
    value.fields().forEachRemaining(e -> {
      OptionReader at = options.at(e.getKey());
      at.requireObject(e.getValue());
      declarations.add(new SecretsStoreBinding(e.getKey(),
          at.at("store_id").text(e.getValue().get("store_id")), at.at("secret_name").text(e.getValue().get("secret_name"))));
    });
    return declarations;
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.expect(value.isArray(), key, "an array of { binding, store_id, secret_name } tables", value);
    config.eachTable(value, key, "a table with \"binding\", \"store_id\" and \"secret_name\"", (table, at) ->
        declarations.add(new SecretsStoreBinding(config.requiredText(table, at, "binding"),
            config.requiredText(table, at, "store_id"), config.requiredText(table, at, "secret_name"))));
    return declarations;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new KeyedHandles<SecretsStoreSecret>(context, SCRIPT,
        (worker, d) -> ((SecretsStoreBinding) d).storeId() + "\0" + ((SecretsStoreBinding) d).secretName(),
        d -> new SecretsStoreSecret(((SecretsStoreBinding) d).secretName()), SecretsStoreSecret::value,
        (secret, value) -> secret.set((String) value));
  }
}
