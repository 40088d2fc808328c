package io.github.miniflare4j.bench.suite;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.miniflare4j.engine.internal.StartupProfile;
import java.io.PrintWriter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one size of the suite benchmark on the JUnit Platform in this JVM, the way a build tool's
 * test run would, and exits 0 only when every test passed and the count is the expected one.
 *
 * <pre>
 * java -cp &lt;class path&gt; io.github.miniflare4j.bench.suite.SuiteMain 10|50|100
 * </pre>
 *
 * <p>Run it from the repository's root (the worker is {@code bench/suite/items-audit-worker.js}).
 * Prints one line, {@code suite <tests> passed <n> failed <n> in <ms> ms} (the time from the
 * JVM's start), and the failures when there are any.
 */
public final class SuiteMain {

  private SuiteMain() {}

  /**
   * Runs the variant named by the first argument.
   *
   * @param args the number of tests: 10, 50 or 100
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: SuiteMain 10|50|100");
      System.exit(2);
    }
    StartupProfile.mark("main entered");
    SuiteVariant variant = SuiteVariant.ofTests(args[0]);
    if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of(ItemsSuite.WORKER_SCRIPT))) {
      System.err.println("SuiteMain: no " + ItemsSuite.WORKER_SCRIPT + " under " + java.nio.file.Path.of("").toAbsolutePath()
          + "; run it from the repository's root");
      System.exit(2);
    }
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
    variant.classes().forEach(c -> request.selectors(selectClass(c)));
    LauncherDiscoveryRequest discovery = request.build();
    Launcher launcher = LauncherFactory.create();
    StartupProfile.mark("JUnit launcher created");
    TestPlan plan = launcher.discover(discovery);
    StartupProfile.mark("JUnit tests discovered");
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(plan, listener, new ProfileMarks());
    StartupProfile.mark("all tests finished");
    TestExecutionSummary summary = listener.getSummary();
    long sinceStart = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println("suite " + variant.tests() + " passed " + summary.getTestsSucceededCount() + " failed "
        + summary.getTotalFailureCount() + " in " + sinceStart + " ms");
    if (summary.getTotalFailureCount() > 0) {
      summary.printFailuresTo(new PrintWriter(System.out, true), 20);
    }
    boolean ok = summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() == variant.tests();
    System.exit(ok ? 0 : 1);
  }

  /** Start-up profile marks of the test run ({@code -Dminiflare4j.startupProfile}). */
  private static final class ProfileMarks implements TestExecutionListener {
    @Override
    public void executionStarted(TestIdentifier test) {
      if (test.isTest()) {
        StartupProfile.mark("first test started");
      }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
      if (test.isTest()) {
        StartupProfile.mark("first test finished");
      }
    }
  }
}
