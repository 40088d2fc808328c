package io.github.miniflare4j.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class QuickStartCompilationTest {

  @Test
  void a_jvm_with_diagnostic_commands_takes_the_directive() throws Exception {
    assumeTrue(ManagementFactory.getPlatformMBeanServer().isRegistered(new ObjectName("com.sun.management:type=DiagnosticCommand")),
        "this JVM has no DiagnosticCommand MBean");

    assertThat(QuickStartCompilation.apply()).isTrue();
  }

  @Test
  void the_property_false_keeps_the_jvms_own_compilation() {
    String before = System.getProperty(QuickStartCompilation.PROPERTY);
    System.setProperty(QuickStartCompilation.PROPERTY, "false");
    try {
      assertThat(QuickStartCompilation.requestInBackground()).isFalse();
      assertThat(QuickStartCompilation.askedByProperty()).isFalse();
    } finally {
      if (before == null) {
        System.clearProperty(QuickStartCompilation.PROPERTY);
      } else {
        System.setProperty(QuickStartCompilation.PROPERTY, before);
      }
    }
  }
}
