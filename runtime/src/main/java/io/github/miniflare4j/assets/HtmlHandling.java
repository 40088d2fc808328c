package io.github.miniflare4j.assets;

/**
 * How the assets map paths to HTML files and redirect between the forms of a page's path
 * (Wrangler's {@code html_handling}).
 */
public enum HtmlHandling {
  /** {@code /about} serves {@code about.html}, {@code /blog/} serves {@code blog/index.html} (the default). */
  AUTO_TRAILING_SLASH("auto-trailing-slash"),
  /** Every HTML page is served at a path ending in {@code /}; other forms redirect there. */
  FORCE_TRAILING_SLASH("force-trailing-slash"),
  /** Every HTML page is served at a path without a trailing {@code /}; other forms redirect there. */
  DROP_TRAILING_SLASH("drop-trailing-slash"),
  /** Only exact file paths are served, without redirects. */
  NONE("none");

  private final String option;

  HtmlHandling(String option) {
    this.option = option;
  }

  /**
   * The option's spelling in Miniflare's and Wrangler's configuration.
   *
   * @return e.g. {@code "auto-trailing-slash"}
   */
  public String option() {
    return option;
  }

  /**
   * The value spelled {@code option}.
   *
   * @param option e.g. {@code "none"}
   * @return the value, or {@code null} when no value is spelled so
   */
  public static HtmlHandling of(String option) {
    for (HtmlHandling h : values()) {
      if (h.option.equals(option)) {
        return h;
      }
    }
    return null;
  }
}
