package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.engine.SharedEngine;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts building the GraalJS engine (and loading the classes a first worker needs) on a background
 * thread as soon as the JUnit launcher session opens, before test discovery, so that in a test JVM
 * the engine is built beside JUnit's discovery on the second core instead of after it. Registered
 * through {@code META-INF/services}; the first {@code Miniflare} waits for whatever is not done yet.
 * System property {@code miniflare4j.startEngineEarly=false} turns it off (the engine then starts
 * with the first instance).
 */
public final class EarlyEngineStart implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (Boolean.parseBoolean(System.getProperty("miniflare4j.startEngineEarly", "true"))) {
      SharedEngine.startInBackground();
    }
  }
}
