package io.github.miniflare4j.assets;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A worker's static assets: a directory served to requests before the worker runs, and
 * optionally an {@code env} binding ({@code env.ASSETS.fetch(request)}) the worker reads them
 * through. Miniflare's {@code assets} worker option and Wrangler's {@code assets} table.
 *
 * <pre>{@code
 * WorkerOptions.builder().script(...)
 *     .bind(Assets.directory(Path.of("public")).binding("ASSETS")
 *         .notFoundHandling(NotFoundHandling.SINGLE_PAGE_APPLICATION)
 *         .runWorkerFirst(List.of("/api/*")))
 * }</pre>
 *
 * @param binding the {@code env} name of the binding, or {@code null} for none
 * @param directory the directory the files are served from
 * @param htmlHandling how paths map to HTML files
 * @param notFoundHandling what a path no file matches gives
 * @param hasUserWorker whether requests no asset answers go to the worker (Miniflare's {@code
 *     routerConfig.has_user_worker}); without it every request is answered by the assets
 * @param workerFirst whether every request goes to the worker first ({@code run_worker_first:
 *     true}, Miniflare's {@code routerConfig.invoke_user_worker_ahead_of_assets})
 * @param workerFirstPatterns paths ({@code *} matches anything) that go to the worker first
 *     ({@code run_worker_first} patterns, Miniflare's {@code static_routing.user_worker})
 * @param assetFirstPatterns paths that go to the assets even when a worker-first pattern
 *     matches ({@code !}-patterns of {@code run_worker_first}, {@code static_routing.asset_worker})
 */
public record Assets(
    String binding,
    Path directory,
    HtmlHandling htmlHandling,
    NotFoundHandling notFoundHandling,
    boolean hasUserWorker,
    boolean workerFirst,
    List<String> workerFirstPatterns,
    List<String> assetFirstPatterns)
    implements BindingDeclaration {

  /** The kind's name, {@code "assets"}. */
  public static final String KIND = "assets";

  /** The declaration's key when it has no binding; never an {@code env} entry. */
  static final String UNBOUND = "(assets)";

  /**
   * Checks the settings and copies the pattern lists.
   *
   * @param binding the {@code env} name of the binding, or {@code null} for none
   * @param directory the directory the files are served from
   * @param htmlHandling how paths map to HTML files
   * @param notFoundHandling what a path no file matches gives
   * @param hasUserWorker whether requests no asset answers go to the worker
   * @param workerFirst whether every request goes to the worker first
   * @param workerFirstPatterns paths that go to the worker first
   * @param assetFirstPatterns paths that go to the assets even when a worker-first pattern matches
   */
  public Assets {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(htmlHandling, "htmlHandling");
    Objects.requireNonNull(notFoundHandling, "notFoundHandling");
    workerFirstPatterns = List.copyOf(workerFirstPatterns);
    assetFirstPatterns = List.copyOf(assetFirstPatterns);
  }

  /**
   * Assets served from {@code directory}, with Wrangler's defaults: no binding, {@code
   * auto-trailing-slash}, no not-found page, and requests no asset answers going to the worker.
   *
   * @param directory the directory (relative paths resolve against the working directory)
   * @return the declaration
   */
  public static Assets directory(Path directory) {
    return new Assets(null, directory.toAbsolutePath().normalize(), HtmlHandling.AUTO_TRAILING_SLASH,
        NotFoundHandling.NONE, true, false, List.of(), List.of());
  }

  /**
   * The same assets, also reachable as {@code env.<name>}.
   *
   * @param name the binding name, e.g. {@code "ASSETS"}
   * @return a copy
   */
  public Assets binding(String name) {
    return new Assets(name, directory, htmlHandling, notFoundHandling, hasUserWorker, workerFirst,
        workerFirstPatterns, assetFirstPatterns);
  }

  /**
   * The same assets with another {@code html_handling}.
   *
   * @param handling the handling
   * @return a copy
   */
  public Assets htmlHandling(HtmlHandling handling) {
    return new Assets(binding, directory, handling, notFoundHandling, hasUserWorker, workerFirst,
        workerFirstPatterns, assetFirstPatterns);
  }

  /**
   * The same assets with another {@code not_found_handling}.
   *
   * @param handling the handling
   * @return a copy
   */
  public Assets notFoundHandling(NotFoundHandling handling) {
    return new Assets(binding, directory, htmlHandling, handling, hasUserWorker, workerFirst,
        workerFirstPatterns, assetFirstPatterns);
  }

  /**
   * The same assets, with every request going to the worker first ({@code true}) or not.
   *
   * @param first {@code run_worker_first} as a boolean
   * @return a copy
   */
  public Assets runWorkerFirst(boolean first) {
    return new Assets(binding, directory, htmlHandling, notFoundHandling, hasUserWorker, first,
        workerFirstPatterns, assetFirstPatterns);
  }

  /**
   * The same assets, with requests whose path matches a pattern going to the worker first;
   * patterns starting with {@code !} send matching paths to the assets instead.
   *
   * @param patterns {@code run_worker_first} patterns, e.g. {@code "/api/*"}, {@code "!/api/docs/*"}
   * @return a copy
   */
  public Assets runWorkerFirst(List<String> patterns) {
    List<String> worker = patterns.stream().filter(p -> !p.startsWith("!")).toList();
    List<String> assets = patterns.stream().filter(p -> p.startsWith("!")).map(p -> p.substring(1)).toList();
    return new Assets(binding, directory, htmlHandling, notFoundHandling, hasUserWorker, workerFirst, worker, assets);
  }

  /**
   * The same assets answering every request, the worker never running for requests to the
   * instance (an assets-only project, or Miniflare's default without {@code has_user_worker}).
   *
   * @param present whether a user worker answers requests no asset matches
   * @return a copy
   */
  public Assets userWorker(boolean present) {
    return new Assets(binding, directory, htmlHandling, notFoundHandling, present, workerFirst,
        workerFirstPatterns, assetFirstPatterns);
  }

  /** Whether static routing patterns are configured. */
  boolean staticRouting() {
    return !workerFirstPatterns.isEmpty() || !assetFirstPatterns.isEmpty();
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String name() {
    return binding != null ? binding : UNBOUND;
  }

  @Override
  public boolean inEnv() {
    return binding != null;
  }
}
