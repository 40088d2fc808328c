package io.github.miniflare4j.cli;

/**
 * Console logging of the dev server, through slf4j-simple (bundled in the CLI jar only): one
 * line per request ({@code [requests] GET / 200 OK (3ms)}), worker {@code console.*} output
 * under the worker's name, Jetty only when something goes wrong. Settings already given with
 * {@code -D} win.
 */
final class Logging {

  private Logging() {}

  static void configure() {
    setDefault("org.slf4j.simpleLogger.logFile", "System.out");
    setDefault("org.slf4j.simpleLogger.defaultLogLevel", "info");
    setDefault("org.slf4j.simpleLogger.showThreadName", "false");
    setDefault("org.slf4j.simpleLogger.showShortLogName", "true");
    setDefault("org.slf4j.simpleLogger.levelInBrackets", "true");
    setDefault("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
