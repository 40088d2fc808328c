package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.Miniflare;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Asks for quick-start compilation ({@link Miniflare#preferQuickStart()}) as soon as the JUnit
 * launcher session opens, before test discovery: the earlier HotSpot stops sending methods to C2,
 * the less of a short test run's CPU goes to compiling what the run never earns back. Registered
 * through {@code META-INF/services}; {@code -Dminiflare4j.quickStart=false} opts out.
 */
public final class QuickStartAtLaunch implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    Miniflare.preferQuickStart();
  }
}
