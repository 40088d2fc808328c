package io.github.miniflare4j.assets;

/** What the assets answer for a path no file matches (Wrangler's {@code not_found_handling}). */
public enum NotFoundHandling {
  /** A bare 404 (through the binding), or the user worker runs (for requests to the instance). */
  NONE("none"),
  /** The nearest {@code 404.html} up the path's directories, with status 404. */
  NOT_FOUND_PAGE("404-page"),
  /** The root {@code index.html}, with status 200. */
  SINGLE_PAGE_APPLICATION("single-page-application");

  private final String option;

  NotFoundHandling(String option) {
    this.option = option;
  }

  /**
   * The option's spelling in Miniflare's and Wrangler's configuration.
   *
   * @return e.g. {@code "404-page"}
   */
  public String option() {
    return option;
  }

  /**
   * The value spelled {@code option}.
   *
   * @param option e.g. {@code "single-page-application"}
   * @return the value, or {@code null} when no value is spelled so
   */
  public static NotFoundHandling of(String option) {
    for (NotFoundHandling h : values()) {
      if (h.option.equals(option)) {
        return h;
      }
    }
    return null;
  }
}
