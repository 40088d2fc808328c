package io.github.miniflare4j.assets;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.webapi.WhatwgUris;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides, for a request made to the instance, whether a worker's assets answer it or the
 * worker runs, as Cloudflare's router worker does: {@code !}-patterns of {@code
 * run_worker_first} go to the assets, its other patterns to the worker; {@code
 * run_worker_first: true} sends everything to the worker; otherwise the assets answer what they
 * can and the worker the rest. Without a user worker the assets answer everything.
 */
final class AssetRouter {

  private final Assets assets;
  private final AssetServer server;
  private final List<Pattern> assetFirst;
  private final List<Pattern> workerFirst;

  AssetRouter(Assets assets, AssetServer server) {
    this.assets = assets;
    this.server = server;
    this.assetFirst = assets.assetFirstPatterns().stream().map(AssetRouter::glob).toList();
    this.workerFirst = assets.workerFirstPatterns().stream().map(AssetRouter::glob).toList();
  }

  /**
   * The assets' answer, or {@code null} when the worker should answer.
   *
   * @param request the incoming request
   * @return the response, or {@code null}
   */
  FetchResponse route(FetchRequest request) {
    String path = WhatwgUris.rawPath(request.url());
    if (matches(assetFirst, path)) {
      return server.handle(request);
    }
    if (matches(workerFirst, path) && assets.hasUserWorker()) {
      return null;
    }
    if (assets.workerFirst() && assets.hasUserWorker()) {
      return null;
    }
    if (assets.hasUserWorker() && !server.canAnswer(request)) {
      return null;
    }
    return server.handle(request);
  }

  private static boolean matches(List<Pattern> patterns, String path) {
    String p = path == null || path.isEmpty() ? "/" : path;
    return patterns.stream().anyMatch(pattern -> pattern.matcher(p).matches());
  }

  /** A pattern where {@code *} matches any run of characters and everything else itself. */
  static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (String part : pattern.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }
}
