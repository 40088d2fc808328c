package io.github.miniflare4j.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.github.miniflare4j.junit.MiniflareExtension;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.Worker;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * Test discovery starts preparing Miniflare only for classes that use the extension, however they
 * declare it, and the listener is registered for the JUnit launcher to find.
 */
class PrepareOnDiscoveryTest {

  @MiniflareTest(workers = @Worker(script = "export default { fetch() { return new Response('ok'); } };"))
  abstract static class AnnotatedBase {}

  static class InheritsTheAnnotation extends AnnotatedBase {
    @Test
    void test() {}
  }

  static class RegistersTheExtension {
    @RegisterExtension
    static final MiniflareExtension MINIFLARE = MiniflareExtension.builder().build();

    @Test
    void test() {}
  }

  static class InheritsTheField extends RegistersTheExtension {}

  static class Plain {
    @Test
    void test() {}

    static class Inner {}
  }

  @Test
  void classesThatUseTheExtensionAreRecognizedWhicheverWayTheyDeclareIt() {
    assertThat(PrepareOnDiscovery.usesMiniflare(AnnotatedBase.class)).isTrue();
    assertThat(PrepareOnDiscovery.usesMiniflare(InheritsTheAnnotation.class)).isTrue();
    assertThat(PrepareOnDiscovery.usesMiniflare(RegistersTheExtension.class)).isTrue();
    assertThat(PrepareOnDiscovery.usesMiniflare(InheritsTheField.class)).isTrue();
    assertThat(PrepareOnDiscovery.usesMiniflare(Plain.class)).isFalse();
  }

  @Test
  void classAndMethodSelectorsNameTheirClassOthersNone() {
    assertThat(PrepareOnDiscovery.selectedClass(selectClass(Plain.class))).isEqualTo(Plain.class);
    assertThat(PrepareOnDiscovery.selectedClass(selectMethod(Plain.class, "test"))).isEqualTo(Plain.class);
    assertThat(PrepareOnDiscovery.selectedClass(selectNestedClass(List.of(Plain.class), Plain.Inner.class)))
        .isEqualTo(Plain.Inner.class);
    assertThat(PrepareOnDiscovery.selectedClass(selectPackage("io.github.miniflare4j"))).isNull();
  }

  @Test
  void theRequestsClassSelectorsStartPreparingBeforeAnyEngineResolvesThem() {
    assertThat(preparationsAtDiscoveryStart(selectClass(Plain.class), selectClass(InheritsTheAnnotation.class),
        selectMethod(RegistersTheExtension.class, "test"))).isEqualTo(1);
    assertThat(preparationsAtDiscoveryStart(selectMethod(InheritsTheField.class, "test"))).isEqualTo(1);
  }

  @Test
  void aRequestWithoutSuchAClassStartsNothingAtDiscoveryStart() {
    assertThat(preparationsAtDiscoveryStart(selectClass(Plain.class), selectPackage("io.github.miniflare4j"))).isZero();
  }

  @Test
  void aSelectedClassThatDoesNotLoadIsLeftToTheEngine() {
    assertThat(preparationsAtDiscoveryStart(selectClass("io.github.miniflare4j.NoSuchTestClass"),
        selectClass(InheritsTheAnnotation.class))).isEqualTo(1);
  }

  /** How often a fresh listener starts preparing when discovery of {@code selectors} starts. */
  private static int preparationsAtDiscoveryStart(DiscoverySelector... selectors) {
    AtomicInteger preparations = new AtomicInteger();
    PrepareOnDiscovery listener = new PrepareOnDiscovery(preparations::incrementAndGet);
    listener.launcherDiscoveryStarted(LauncherDiscoveryRequestBuilder.request().selectors(selectors).build());
    return preparations.get();
  }

  @Test
  void theLauncherFindsTheListenerThroughTheServiceLoader() {
    assertThat(ServiceLoader.load(LauncherDiscoveryListener.class).stream().map(ServiceLoader.Provider::type))
        .contains(PrepareOnDiscovery.class);
  }
}
