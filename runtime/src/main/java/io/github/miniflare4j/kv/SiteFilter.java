package io.github.miniflare4j.kv;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.List;

/**
 * Miniflare's {@code siteInclude} or {@code siteExclude} read on its own: a setting of the
 * worker's site, joined to its {@code sitePath} when the site is bound.
 *
 * @param includes {@code true} for {@code siteInclude}, {@code false} for {@code siteExclude}
 * @param globs the globs
 */
record SiteFilter(boolean includes, List<String> globs) implements BindingDeclaration {

  @Override
  public String kind() {
    return WorkersSite.KIND;
  }

  @Override
  public String name() {
    return includes ? "siteInclude" : "siteExclude";
  }

  @Override
  public boolean inEnv() {
    return false;
  }

  /** The site with this filter's globs added. */
  WorkersSite applyTo(WorkersSite site) {
    String[] array = globs.toArray(String[]::new);
    return includes ? site.include(array) : site.exclude(array);
  }
}
