package io.github.miniflare4j.kv;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Workers Site (Miniflare's {@code sitePath}, {@code siteInclude} and {@code siteExclude};
 * Wrangler's {@code [site]}): the files of a folder served to the worker as the read-only KV
 * namespace {@code __STATIC_CONTENT}, with their keys in {@code __STATIC_CONTENT_MANIFEST} (a
 * module a modules-format worker imports, a global object in a service-worker script). Filters
 * match paths relative to the folder; when inclusions are given, exclusions are ignored, as in
 * Miniflare.
 *
 * <pre>{@code
 * WorkerOptions.builder().scriptPath(Path.of("src/index.js"))
 *     .bind(WorkersSite.folder(Path.of("public")).exclude("**}{@code /*.map"))
 * }</pre>
 */
public final class WorkersSite implements BindingDeclaration {

  /** The kind of Workers Sites. */
  public static final String KIND = "sites";
  /** The KV namespace binding of a site's files. */
  public static final String NAMESPACE = "__STATIC_CONTENT";
  /** The binding (or module) of a site's manifest. */
  public static final String MANIFEST = "__STATIC_CONTENT_MANIFEST";

  private final Path folder;
  private final List<String> include;
  private final List<String> exclude;

  private WorkersSite(Path folder, List<String> include, List<String> exclude) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.include = include;
    this.exclude = exclude;
  }

  /**
   * A site serving every file under a folder.
   *
   * @param folder the folder; relative paths resolve against the working directory
   * @return the site
   */
  public static WorkersSite folder(Path folder) {
    return new WorkersSite(folder, null, null);
  }

  /**
   * Serves only the files some of these globs match (a glob starting with {@code !} excludes).
   *
   * @param globs globs such as {@code "**}{@code /*.html"}; added to earlier ones
   * @return a new site
   */
  public WorkersSite include(String... globs) {
    return new WorkersSite(folder, plus(include, globs), exclude);
  }

  /**
   * Leaves out the files these globs match; ignored once {@link #include} is given.
   *
   * @param globs globs such as {@code "**}{@code /*.map"}; added to earlier ones
   * @return a new site
   */
  public WorkersSite exclude(String... globs) {
    return new WorkersSite(folder, include, plus(exclude, globs));
  }

  private static List<String> plus(List<String> earlier, String... globs) {
    List<String> all = earlier == null ? new ArrayList<>() : new ArrayList<>(earlier);
    for (String glob : globs) {
      all.add(Objects.requireNonNull(glob, "glob"));
    }
    return List.copyOf(all);
  }

  /**
   * The site's folder.
   *
   * @return the folder as given
   */
  public Path folder() {
    return folder;
  }

  /**
   * The inclusion globs.
   *
   * @return the globs, or {@code null} when none were given
   */
  public List<String> include() {
    return include;
  }

  /**
   * The exclusion globs.
   *
   * @return the globs, or {@code null} when none were given
   */
  public List<String> exclude() {
    return exclude;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String name() {
    return NAMESPACE;
  }
}
