package io.github.miniflare4j.queues;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueDeliveryDelaysTest {

  @Test
  void the_first_producer_binding_of_a_queue_decides_its_delay() {
    Map<String, List<BindingDeclaration>> declarations = new LinkedHashMap<>();
    declarations.put("a", List.of(new QueueProducerBinding("Q", "q", 2), QueueProducerBinding.of("Q0", "q"),
        QueueProducerBinding.of("P", "p"), QueueConsumer.of("q")));
    declarations.put("b", List.of(new QueueProducerBinding("P2", "p", 5)));

    assertThat(QueueDeliveryDelays.of(declarations)).containsExactlyInAnyOrderEntriesOf(Map.of("q", 2));
  }

  @Test
  void a_later_worker_replaces_a_binding_of_the_same_name_in_place_and_index_names_come_first() {
    Map<String, List<BindingDeclaration>> declarations = new LinkedHashMap<>();
    declarations.put("a", List.of(new QueueProducerBinding("Q", "q", 2), new QueueProducerBinding("R", "r", 1)));
    declarations.put("b", List.of(new QueueProducerBinding("Q", "q", 7), new QueueProducerBinding("1", "r", 9)));

    assertThat(QueueDeliveryDelays.of(declarations)).containsExactlyInAnyOrderEntriesOf(Map.of("q", 7, "r", 9));
  }
}
