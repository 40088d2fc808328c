package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Test classes running at the same time, each with its own instance. */
class ParallelTest {

  static final CyclicBarrier bothRunning = new CyclicBarrier(2);
  static final Map<String, Miniflare> instances = new ConcurrentHashMap<>();

  static void writeAndReadBack(String who, Miniflare mf, WorkerClient api) throws Exception {
    instances.put(who, mf);
    bothRunning.await(60, TimeUnit.SECONDS); // both classes are inside a test now
    for (int i = 0; i < 20; i++) {
      api.fetch("/put?k=owner&v=" + who + i);
      assertThat(api.fetch("/get?k=owner").text()).isEqualTo(who + i);
    }
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class Left {
    @Test
    void writes(Miniflare mf, WorkerClient api) throws Exception {
      writeAndReadBack("left", mf, api);
    }
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class Right {
    @Test
    void writes(Miniflare mf, WorkerClient api) throws Exception {
      writeAndReadBack("right", mf, api);
    }
  }

  @Test
  void classes_running_concurrently_do_not_share_state() {
    bothRunning.reset();
    instances.clear();

    Fixtures.assertAllSucceeded(Fixtures.runParallel(Left.class, Right.class), 2);

    assertThat(instances.get("left")).isNotSameAs(instances.get("right"));
  }
}
