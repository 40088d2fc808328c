package io.github.miniflare4j.email;

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
 * send_email bindings: Miniflare's {@code email: {send_email: [{name, destination_address?,
 * allowed_destination_addresses?, allowed_sender_addresses?}]}} and Wrangler's {@code
 * [[send_email]]} (the same keys; {@code binding} accepted for {@code name}). Each binding keeps its
 * sent messages ({@link SendEmail}), reset with the storage.
 */
public final class EmailPlugin implements BindingPlugin {

  private static final String SCRIPT = "/io/github/miniflare4j/email/send_email.js";
  private static final String FIELD = "send_email";

  @Override
  public String kind() {
    return SendEmailBinding.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("email");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of(FIELD);
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(SendEmail.class);
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    List<BindingDeclaration> declarations = new ArrayList<>();
    JsonNode list = value.get(FIELD);
    if (list == null || list.isNull()) {
      return declarations;
    }
    OptionReader at = options.at(FIELD);
    at.requireArray(list);
    for (int i = 0; i < list.size(); i++) {
      OptionReader item = at.at("[" + i + "]");
      JsonNode binding = list.get(i);
      item.requireObject(binding);
      String name = item.at("name").text(binding.get("name"));
      List<String> destinations = strings(binding, "allowed_destination_addresses", item);
      String destination = item.optionalText(binding, "destination_address");
      if (destination != null && destinations != null) {
        throw item.invalid("must have either a \"destination_address\" or \"allowed_destination_addresses\" field, but not both");
      }
      declarations.add(new SendEmailBinding(name, destination, destinations, strings(binding, "allowed_sender_addresses", item)));
    }
    return declarations;
  }

  private static List<String> strings(JsonNode binding, String member, OptionReader item) {
    JsonNode value = binding.get(member);
    if (value == null || value.isNull()) {
      return null;
    }
    OptionReader at = item.at(member);
    at.requireArray(value);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      values.add(at.at("[" + i + "]").text(value.get(i)));
    }
    return values;
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.expect(value.isArray(), key, "an array of { name, destination_address?, allowed_destination_addresses?, "
        + "allowed_sender_addresses? } tables", value);
    config.eachTable(value, key, "\"send_email\" bindings should be objects", (table, at) -> {
      String name = table.has("name") ? config.requiredText(table, at, "name") : config.optionalText(table, at, "binding");
      if (name == null) {
        throw config.error(at, "\"" + key + "\" bindings should have a string \"name\" field but got " + table + ".");
      }
      String destination = config.optionalText(table, at, "destination_address");
      List<String> destinations = wranglerStrings(table, at, "allowed_destination_addresses", key, config);
      if (table.has("destination_address") && table.has("allowed_destination_addresses")) {
        throw config.error(at, "\"" + key + "\" bindings should have either a \"destination_address\" or "
            + "\"allowed_destination_addresses\" field, but not both.");
      }
      declarations.add(new SendEmailBinding(name, destination, destinations,
          wranglerStrings(table, at, "allowed_sender_addresses", key, config)));
    });
    return declarations;
  }

  private static List<String> wranglerStrings(JsonNode table, String at, String member, String key, WranglerSection config) {
    JsonNode value = table.get(member);
    if (value == null) {
      return null;
    }
    boolean strings = value.isArray();
    for (JsonNode item : value) {
      strings &= item.isTextual();
    }
    if (!strings) {
      throw config.error(at, "\"" + key + "\" bindings should, optionally, have a []string \"" + member
          + "\" field but got " + table + ".");
    }
    List<String> values = new ArrayList<>();
    value.forEach(v -> values.add(v.asText()));
    return values;
  }

  @Override
  @SuppressWarnings("unchecked")
  public PluginInstance start(PluginContext context) {
    return new KeyedHandles<SendEmail>(context, SCRIPT, (worker, d) -> worker + "\u0000" + d.name(),
        d -> new SendEmail((SendEmailBinding) d), SendEmail::sent, (email, sent) -> email.restore((List<SentEmail>) sent))
        .scriptHost(SendEmail::scriptHost);
  }
}
