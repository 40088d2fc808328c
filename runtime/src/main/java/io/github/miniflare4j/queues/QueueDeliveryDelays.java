package io.github.miniflare4j.queues;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery delay of each queue, as Miniflare's queue broker finds it: a delay belongs to the
 * queue, not to the binding that sends. Miniflare gathers the producer bindings of every worker
 * into one table by binding name (a later worker's binding of the same name replaces the earlier
 * one in place), hands it to the broker as a JSON object, and the broker takes the first entry
 * naming its queue; so a binding without {@code deliveryDelay} to a queue another binding delays
 * is delayed too (recorded). JSON object order puts binding names that are array indices first.
 */
final class QueueDeliveryDelays {

  private QueueDeliveryDelays() {}

  /**
   * @param declarations the queue declarations by worker, in worker order
   * @return the delivery delay in seconds by queue name; a queue whose deciding producer has none
   *     is absent
   */
  static Map<String, Integer> of(Map<String, List<BindingDeclaration>> declarations) {
    Map<String, QueueProducerBinding> byBinding = new LinkedHashMap<>();
    declarations.values().forEach(list -> list.forEach(d -> {
      if (d instanceof QueueProducerBinding producer) {
        byBinding.put(producer.name(), producer);
      }
    }));
    List<String> names = new ArrayList<>(byBinding.keySet());
    List<String> indices = new ArrayList<>(names.stream().filter(QueueDeliveryDelays::isArrayIndex).toList());
    indices.sort(Comparator.comparingLong(Long::parseLong));
    names.removeAll(indices);
    indices.addAll(names);
    Map<String, Integer> delays = new HashMap<>();
    Map<String, Boolean> decided = new HashMap<>();
    for (String name : indices) {
      QueueProducerBinding producer = byBinding.get(name);
      if (decided.putIfAbsent(producer.queueName(), Boolean.TRUE) == null && producer.deliveryDelay() != null) {
        delays.put(producer.queueName(), producer.deliveryDelay());
      }
    }
    return delays;
  }

  /** Whether a property name is an array index (canonical digits below 2^32 - 1), which JavaScript orders first. */
  private static boolean isArrayIndex(String name) {
    if (name.isEmpty() || name.length() > 10 || (name.length() > 1 && name.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) < '0' || name.charAt(i) > '9') {
        return false;
      }
    }
    return Long.parseLong(name) < 4294967295L;
  }
}
