package io.github.miniflare4j.assets;

import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.net.URI;
import java.util.Locale;

/**
 * Answers requests from an assets directory as Cloudflare's asset worker does: the file a path
 * resolves to with its {@code Content-Type}, {@code ETag} and {@code Cache-Control}; 304 for a
 * matching {@code If-None-Match}; 307 to a page's canonical path; 405 for methods other than
 * GET and HEAD on an asset; an empty 404 when nothing answers. The {@code env.ASSETS} binding
 * and requests to the instance both come here.
 */
final class AssetServer implements FetchHandler {

  static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

  private final AssetFiles files;
  private final AssetResolver resolver;
  private final boolean staticRouting;

  AssetServer(Assets assets) {
    this.files = new AssetFiles(assets.directory());
    this.resolver = new AssetResolver(files, assets.htmlHandling(), assets.notFoundHandling());
    this.staticRouting = assets.staticRouting();
  }

  @Override
  public FetchResponse handle(FetchRequest request) {
    URI url = URI.create(request.url());
    String rawPath = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String search = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
    String decoded = UrlPaths.decode(rawPath);
    AssetResolver.Intent intent = resolver.resolve(decoded);
    if (intent == null) {
      return FetchResponse.builder().status(404).statusText("Not Found").build();
    }
    String method = request.method().toUpperCase(Locale.ROOT);
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return FetchResponse.builder().status(405).statusText("Method Not Allowed").build();
    }
    String destination = UrlPaths.encode(intent.redirect() != null ? intent.redirect() : decoded);
    if (intent.redirect() != null || !destination.equals(rawPath)) {
      return FetchResponse.builder().status(307).statusText("Temporary Redirect")
          .header("Location", destination + search).build();
    }
    AssetFiles.Asset asset = files.read(intent.asset());
    if (asset == null) {
      return FetchResponse.builder().status(404).statusText("Not Found").build();
    }
    FetchResponse.Builder response = FetchResponse.builder().header("ETag", "\"" + asset.eTag() + "\"");
    if (asset.contentType() != null) {
      response.header("Content-Type", asset.contentType());
    }
    if (request.header("Authorization") == null && request.header("Range") == null) {
      response.header("Cache-Control", CACHE_CONTROL);
    }
    String ifNoneMatch = request.header("If-None-Match");
    String strong = "\"" + asset.eTag() + "\"";
    if (strong.equals(ifNoneMatch) || ("W/" + strong).equals(ifNoneMatch)) {
      return response.status(304).statusText("Not Modified").build();
    }
    response.status(intent.status()).statusText(intent.status() == 404 ? "Not Found" : "OK");
    return method.equals("HEAD") ? response.build() : response.body(asset.bytes()).build();
  }

  /**
   * Whether the assets have something to say for a request to the instance (a file, a redirect,
   * or a 405), the way the router asks before it lets the worker answer. The not-found handling
   * counts only with static routing patterns, as Cloudflare's router does.
   *
   * @param request the incoming request
   * @return {@code true} when the assets answer it
   */
  boolean canAnswer(FetchRequest request) {
    String rawPath = URI.create(request.url()).getRawPath();
    String decoded = UrlPaths.decode(rawPath == null || rawPath.isEmpty() ? "/" : rawPath);
    AssetResolver probe = staticRouting ? resolver : resolver.withNotFound(NotFoundHandling.NONE);
    return probe.resolve(decoded) != null;
  }
}
