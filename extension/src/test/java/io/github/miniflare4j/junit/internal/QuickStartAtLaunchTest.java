package io.github.miniflare4j.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * The build's own test JVM (Surefire's launcher) opened a launcher session, so the extension's
 * listener asked HotSpot for quick-start compilation before any test ran: the JVM lists the
 * directive that keeps C2 off. Nothing else in this JVM asks for it.
 */
class QuickStartAtLaunchTest {

  @Test
  void the_launcher_session_asked_hotspot_to_keep_c2_off() throws Exception {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName commands = new ObjectName("com.sun.management:type=DiagnosticCommand");
    assumeTrue(server.isRegistered(commands), "this JVM has no DiagnosticCommand MBean");
    assumeFalse("false".equalsIgnoreCase(System.getProperty("miniflare4j.quickStart")), "opted out");

    // the directive is added on a background thread: wait for it, never for a fixed time
    await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
        assertThat(directives(server, commands)).contains("Exclude:true"));
  }

  private static String directives(MBeanServer server, ObjectName commands) throws Exception {
    return String.valueOf(server.invoke(
        commands, "compilerDirectivesPrint", new Object[] {new String[0]}, new String[] {String[].class.getName()}));
  }
}
