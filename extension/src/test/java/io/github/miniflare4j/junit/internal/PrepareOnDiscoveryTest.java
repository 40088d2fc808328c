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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.LauncherDiscoveryListener;

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
  void theLauncherFindsTheListenerThroughTheServiceLoader() {
    assertThat(ServiceLoader.load(LauncherDiscoveryListener.class).stream().map(ServiceLoader.Provider::type))
        .contains(PrepareOnDiscovery.class);
  }
}
