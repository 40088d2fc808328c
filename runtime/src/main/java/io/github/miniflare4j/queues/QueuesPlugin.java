package io.github.miniflare4j.queues;

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

/**
 * Queues: producer bindings ({@code queueProducers}, Wrangler's {@code queues.producers}) and
 * consumers ({@code queueConsumers}, {@code queues.consumers}), delivered on the instance clock.
 */
public final class QueuesPlugin implements BindingPlugin {

  static final String KIND = "queues";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("queueProducers", "queueConsumers");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("queues");
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(QueueProducer.class);
  }

  /**
   * Miniflare keeps queue messages in memory only and has no such option; miniflare4j names it
   * after the other persist options (deviation: {@code queuesPersist} keeps pending messages).
   */
  @Override
  public String persistOption() {
    return "queuesPersist";
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    if (key.equals("queueProducers")) {
      requireOneForm(value, options);
      return options.namesOrObject(value, name -> QueueProducerBinding.of(name, name), (name, entry) -> {
        if (entry.value().isTextual()) {
          return QueueProducerBinding.of(name, entry.value().asText());
        }
        entry.reader().requireObject(entry.value());
        String queue = entry.reader().optionalText(entry.value(), "queueName");
        if (queue == null) {
          throw entry.reader().invalid("must be a queue name or {\"queueName\", \"deliveryDelay\"}, was " + entry.value());
        }
        return new QueueProducerBinding(name, queue, bounded(entry.reader(), entry.value(), "deliveryDelay", QueueLimits.MAX_DELAY_SECONDS));
      });
    }
    return options.namesOrObject(value, QueueConsumer::of, (queue, entry) -> {
      OptionReader at = entry.reader();
      JsonNode o = entry.value();
      at.requireObject(o);
      // Miniflare takes any number in range for these two, and its deprecated spelling wins when both are given
      Number retries = inRange(at, o, "maxRetries", QueueLimits.MAX_RETRIES);
      Number deprecatedRetries = inRange(at, o, "maxRetires", QueueLimits.MAX_RETRIES);
      if (deprecatedRetries != null) {
        retries = deprecatedRetries;
      }
      Double timeout = at.optionalNumber(o, "maxBatchTimeout");
      if (timeout != null && (timeout < 0 || timeout > QueueLimits.MAX_BATCH_TIMEOUT_SECONDS)) {
        throw at.at("maxBatchTimeout").invalid("must be a number of seconds from 0 to " + QueueLimits.MAX_BATCH_TIMEOUT_SECONDS + ", was " + timeout);
      }
      return new QueueConsumer(queue, inRange(at, o, "maxBatchSize", QueueLimits.MAX_BATCH_SIZE), timeout, retries,
          bounded(at, o, "retryDelay", QueueLimits.MAX_DELAY_SECONDS), at.optionalText(o, "deadLetterQueue"));
    });
  }

  /** A number from 0 to {@code max}, whole or not; a whole number stays an {@code Integer}. */
  private static Number inRange(OptionReader at, JsonNode object, String member, int max) {
    Double value = at.optionalNumber(object, member);
    if (value == null) {
      return null;
    }
    if (!(value >= 0 && value <= max)) {
      throw at.at(member).invalid("must be a number from 0 to " + max + ", was " + value);
    }
    return value == Math.floor(value) ? (Number) value.intValue() : value;
  }

  private static Integer bounded(OptionReader at, JsonNode object, String member, int max) {
    Double value = at.optionalNumber(object, member);
    if (value == null) {
      return null;
    }
    if (value < 0 || value > max || value != Math.floor(value)) {
      throw at.at(member).invalid("must be a whole number from 0 to " + max + ", was " + value);
    }
    return value.intValue();
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.expect(value.isObject(), "queues", "a table with \"producers\" and \"consumers\" arrays", value);
    JsonNode producers = value.get("producers");
    if (producers != null) {
      config.expect(producers.isArray(), "queues.producers", "an array of { binding, queue } tables", producers);
      config.eachTable(producers, "queues.producers", "a table with \"binding\" and \"queue\"", (table, at) ->
          declarations.add(new QueueProducerBinding(config.requiredText(table, at, "binding"),
              config.requiredText(table, at, "queue"), wholeNumber(config, table, at, "delivery_delay", QueueLimits.MAX_DELAY_SECONDS))));
    }
    JsonNode consumers = value.get("consumers");
    if (consumers != null) {
      config.expect(consumers.isArray(), "queues.consumers", "an array of { queue, ... } tables", consumers);
      config.eachTable(consumers, "queues.consumers", "a table with \"queue\"", (table, at) -> {
        JsonNode timeout = table.get("max_batch_timeout");
        config.expect(timeout == null || timeout.isNumber() && timeout.asDouble() >= 0
            && timeout.asDouble() <= QueueLimits.MAX_BATCH_TIMEOUT_SECONDS, at + ".max_batch_timeout",
            "a number of seconds from 0 to " + QueueLimits.MAX_BATCH_TIMEOUT_SECONDS, timeout);
        // max_concurrency is accepted and has no effect: batches of a queue are delivered one at a time, as in Miniflare
        declarations.add(new QueueConsumer(config.requiredText(table, at, "queue"),
            wholeNumber(config, table, at, "max_batch_size", QueueLimits.MAX_BATCH_SIZE),
            timeout == null ? null : timeout.asDouble(),
            wholeNumber(config, table, at, "max_retries", QueueLimits.MAX_RETRIES),
            wholeNumber(config, table, at, "retry_delay", QueueLimits.MAX_DELAY_SECONDS),
            config.optionalText(table, at, "dead_letter_queue")));
      });
    }
    return declarations;
  }

  private static Integer wholeNumber(WranglerSection config, JsonNode table, String at, String key, int max) {
    JsonNode value = table.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    config.expect(value.isIntegralNumber() && value.asInt() >= 0 && value.asInt() <= max, at + "." + key,
        "a whole number from 0 to " + max, value);
    return value.asInt();
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new QueuesInstance(context);
  }

  /**
   * Miniflare's schema reads queueProducers' object as a record of {@code {queueName, ...}}
   * objects or a record of queue names, never a mix of both (recorded).
   */
  private static void requireOneForm(JsonNode value, OptionReader options) {
    if (!value.isObject()) {
      return;
    }
    boolean names = false;
    boolean objects = false;
    for (JsonNode entry : value) {
      names |= entry.isTextual();
      objects |= !entry.isTextual();
    }
    if (names && objects) {
      throw options.invalid("must map every binding to a queue name, or every binding to {\"queueName\", \"deliveryDelay\"?}, "
          + "not some to each, was " + value);
    }
  }
}
