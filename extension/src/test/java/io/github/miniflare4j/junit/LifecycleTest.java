package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which instance each test gets, and when it is closed. */
class LifecycleTest {

  static final List<Miniflare> seen = new CopyOnWriteArrayList<>();
  static final Map<String, Miniflare> byTest = new ConcurrentHashMap<>();

  static MiniflareOptions options() {
    return MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("api").script(Fixtures.SCRIPT).binding("GREETING", "builder").kvNamespace("KV"))
        .build();
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, vars = "GREETING=annotation", kvNamespaces = "KV"))
  static class AnnotatedClass {
    static Miniflare fromBeforeAll;

    @BeforeAll
    static void beforeAll(Miniflare mf) {
      fromBeforeAll = mf;
    }

    @Test
    void first(Miniflare mf, WorkerClient api) {
      seen.add(mf);
      assertThat(api.fetch("/").text()).isEqualTo("hello annotation");
      assertThat(mf).isSameAs(fromBeforeAll);
    }

    @Test
    void second(Miniflare mf) {
      seen.add(mf);
      assertThat(mf.isClosed()).isFalse();
    }

    @AfterAll
    static void afterAll(Miniflare mf) {
      assertThat(mf.isClosed()).isFalse();
    }
  }

  @Test
  void annotated_class_gets_one_instance_closed_after_the_class() {
    seen.clear();
    Fixtures.run(AnnotatedClass.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isSameAs(seen.get(1));
    assertThat(seen.get(0).isClosed()).isTrue();
  }

  static class StaticField {
    @RegisterExtension
    static MiniflareExtension miniflare = MiniflareExtension.builder().options(options()).build();

    final Miniflare fromConstructor;

    StaticField(Miniflare mf) {
      fromConstructor = mf;
    }

    @Test
    void first(Miniflare mf, WorkerClient api) {
      seen.add(mf);
      assertThat(mf).isSameAs(fromConstructor);
      assertThat(api.fetch("/").text()).isEqualTo("hello builder");
    }

    @Test
    void second(Miniflare mf) {
      seen.add(mf);
    }
  }

  @Test
  void static_field_gets_one_instance_per_class_and_constructor_injection() {
    seen.clear();
    Fixtures.run(StaticField.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isSameAs(seen.get(1));
    assertThat(seen.get(0).isClosed()).isTrue();
  }

  static class InstanceField {
    @RegisterExtension
    MiniflareExtension miniflare = MiniflareExtension.builder().options(options()).build();

    @Test
    void first(Miniflare mf, WorkerClient api) {
      seen.add(mf);
      assertThat(api.fetch("/").text()).isEqualTo("hello builder");
    }

    @Test
    void second(Miniflare mf) {
      seen.add(mf);
    }
  }

  @Test
  void instance_field_gets_one_instance_per_test() {
    seen.clear();
    Fixtures.run(InstanceField.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isNotSameAs(seen.get(1));
    assertThat(seen).allSatisfy(mf -> assertThat(mf.isClosed()).isTrue());
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, vars = "GREETING=outer", kvNamespaces = "KV"))
  static class Outer {
    @Test
    void outer(Miniflare mf) {
      byTest.put("outer", mf);
    }

    @Nested
    class Inner {
      @Test
      void inner(Miniflare mf, WorkerClient api) {
        byTest.put("inner", mf);
        assertThat(api.fetch("/").text()).isEqualTo("hello outer");
      }
    }

    @Nested
    @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, vars = "GREETING=own", kvNamespaces = "KV"))
    class InnerWithOwnInstance {
      @Test
      void own(Miniflare mf, WorkerClient api) {
        byTest.put("own", mf);
        assertThat(api.fetch("/").text()).isEqualTo("hello own");
      }
    }
  }

  @Test
  void nested_classes_reuse_the_enclosing_instance_unless_they_declare_their_own() {
    byTest.clear();
    Fixtures.run(Outer.class).testEvents().assertStatistics(s -> s.started(3).succeeded(3));

    assertThat(byTest).hasSize(3);
    assertThat(byTest.get("inner")).isSameAs(byTest.get("outer"));
    assertThat(byTest.get("own")).isNotSameAs(byTest.get("outer"));
    assertThat(byTest.values()).allSatisfy(mf -> assertThat(mf.isClosed()).isTrue());
  }

  @MiniflareTest(shared = true, workers = @Worker(name = "api", script = Fixtures.SCRIPT, vars = "GREETING=shared", kvNamespaces = "KV"))
  static class SharedA {
    @Test
    void a(Miniflare mf, WorkerClient api) {
      seen.add(mf);
      assertThat(api.fetch("/get?k=left").text()).isEqualTo("<none>");
      api.fetch("/put?k=left&v=by-a");
    }
  }

  @MiniflareTest(shared = true, workers = @Worker(name = "api", script = Fixtures.SCRIPT, vars = "GREETING=shared", kvNamespaces = "KV"))
  static class SharedB {
    @Test
    void b(Miniflare mf, WorkerClient api) {
      seen.add(mf);
      assertThat(api.fetch("/get?k=left").text()).isEqualTo("<none>");
      api.fetch("/put?k=left&v=by-b");
    }
  }

  @Test
  void shared_instances_are_reused_across_classes_without_leaking_their_writes() {
    seen.clear();
    Fixtures.run(SharedA.class, SharedB.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isSameAs(seen.get(1));
    assertThat(seen.get(0).isClosed()).isTrue();
  }
}
