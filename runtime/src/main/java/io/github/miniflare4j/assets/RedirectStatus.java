package io.github.miniflare4j.assets;

/** The status texts of the redirects the assets answer with. */
final class RedirectStatus {

  private RedirectStatus() {}

  static String text(int status) {
    return switch (status) {
      case 301 -> "Moved Permanently";
      case 303 -> "See Other";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      default -> "Found";
    };
  }
}
