package io.github.miniflare4j.assets;

import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.webapi.WhatwgUris;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers requests from an assets directory as Cloudflare's asset worker does: first the
 * {@code _redirects} rules (a redirect, or a 200 rule serving another path), then the file a
 * path resolves to with its {@code Content-Type}, {@code ETag} and {@code Cache-Control}; 304
 * for a matching {@code If-None-Match}; 307 to a page's canonical path; 405 for methods other
 * than GET and HEAD on an asset; an empty 404 when nothing answers. The {@code _headers} rules
 * then apply to whatever the assets answered. The {@code env.ASSETS} binding and requests to
 * the instance both come here. The rule files are read once, when the instance starts, as
 * Miniflare reads them.
 */
final class AssetServer implements FetchHandler {

  static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";
  static final String ADDITIONAL_RESPONSE_LOG = "X-Mf-Additional-Response-Log";
  static final String NAVIGATION_LOG = "`Sec-Fetch-Mode: navigate` header present - using `not_found_handling` behavior";

  private static final Logger LOG = LoggerFactory.getLogger("miniflare4j.assets");

  private final AssetFiles files;
  private final AssetResolver resolver;
  private final boolean staticRouting;
  private final BooleanSupplier navigationPrefersAssets;
  private final RedirectRules redirects;
  private final HeaderRules headers;

  AssetServer(Assets assets) {
    this(assets, () -> false);
  }

  /**
   * @param assets the assets
   * @param navigationPrefersAssets whether the worker serving them has {@code
   *     assets_navigation_prefers_asset_serving}; asked on the first request that needs it
   */
  AssetServer(Assets assets, BooleanSupplier navigationPrefersAssets) {
    this.navigationPrefersAssets = navigationPrefersAssets;
    Path dir = assets.directory();
    this.files = new AssetFiles(dir, AssetsIgnore.of(readOptional(dir.resolve(AssetsIgnore.FILE_NAME))));
    this.resolver = new AssetResolver(files, assets.htmlHandling(), assets.notFoundHandling());
    this.staticRouting = assets.staticRouting();
    String redirectsFile = readOptional(dir.resolve("_redirects"));
    this.redirects = redirectsFile == null ? RedirectRules.NONE
        : RedirectRules.parse(redirectsFile, assets.htmlHandling(), m -> LOG.warn("Invalid redirect rule in {}: {}", dir, m));
    String headersFile = readOptional(dir.resolve("_headers"));
    this.headers = headersFile == null ? HeaderRules.NONE
        : HeaderRules.parse(headersFile, m -> LOG.warn("Invalid header rule in {}: {}", dir, m));
  }

  private static String readOptional(Path file) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public FetchResponse handle(FetchRequest request) {
    URI url = WhatwgUris.toUri(request.url());
    String rawPath = WhatwgUris.rawPath(request.url());
    FetchResponse response = answer(request, url, rawPath, resolver);
    if (response == null) {
      response = notFound();
    }
    return headers.apply(hostname(url), rawPath, response);
  }

  /** The assets' answer before the {@code _headers} rules; {@code null} for no intent. */
  private FetchResponse answer(FetchRequest request, URI url, String rawPath, AssetResolver resolver) {
    String search = WhatwgUris.rawSearch(request.url());
    String pathname = rawPath;
    boolean proxied = false;
    RedirectRules.Redirect redirect = redirects.match(hostname(url), rawPath);
    if (redirect != null) {
      URI destination = resolve(url, redirect.to());
      if (redirect.status() == 200) {
        pathname = rawPath(destination);
        proxied = true;
      } else {
        return FetchResponse.builder().status(redirect.status()).statusText(RedirectStatus.text(redirect.status()))
            .header("Location", location(url, destination, search)).build();
      }
    }
    String decoded = UrlPaths.decode(pathname);
    AssetResolver.Intent intent = resolver.resolve(decoded);
    if (intent == null) {
      return proxied ? notFound() : null;
    }
    String method = request.method().toUpperCase(Locale.ROOT);
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return FetchResponse.builder().status(405).statusText("Method Not Allowed").build();
    }
    String destination = UrlPaths.encode(intent.redirect() != null ? intent.redirect() : decoded);
    if (intent.redirect() != null || !destination.equals(pathname)) {
      return FetchResponse.builder().status(307).statusText("Temporary Redirect")
          .header("Location", destination + search).build();
    }
    return serve(request, intent, method);
  }

  private FetchResponse serve(FetchRequest request, AssetResolver.Intent intent, String method) {
    AssetFiles.Asset asset = files.read(intent.asset());
    if (asset == null) {
      return notFound();
    }
    FetchResponse.Builder response = FetchResponse.builder().header("ETag", "\"" + asset.eTag() + "\"");
    if (asset.contentType() != null) {
      response.header("Content-Type", asset.contentType());
    }
    if (request.header("Authorization") == null && request.header("Range") == null) {
      response.header("Cache-Control", CACHE_CONTROL);
    }
    if (intent.fromNotFoundHandling() && navigationPrefersAssets.getAsBoolean()) {
      // Miniflare's asset worker runs in debug mode; its entry worker logs and drops this header
      // for requests to the instance, service bindings and the binding see it
      response.header(ADDITIONAL_RESPONSE_LOG, NAVIGATION_LOG);
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
   * Whether the assets have something to say for a request to the instance (a redirect rule, a
   * file, a redirect, or a 405), the way the router asks before it lets the worker answer. The
   * not-found handling counts only with static routing patterns, or for a navigation ({@code
   * Sec-Fetch-Mode: navigate}) when the worker has {@code assets_navigation_prefers_asset_serving}
   * (on by default from 2025-04-01), as Cloudflare's router does.
   *
   * @param request the incoming request
   * @return {@code true} when the assets answer it
   */
  boolean canAnswer(FetchRequest request) {
    boolean keepNotFound = staticRouting
        || (navigationPrefersAssets.getAsBoolean() && "navigate".equals(request.headers().get("Sec-Fetch-Mode")));
    AssetResolver probe = keepNotFound ? resolver : resolver.withNotFound(NotFoundHandling.NONE);
    return answer(request, WhatwgUris.toUri(request.url()), WhatwgUris.rawPath(request.url()), probe) != null;
  }

  private static FetchResponse notFound() {
    return FetchResponse.builder().status(404).statusText("Not Found").build();
  }

  private static String rawPath(URI url) {
    return url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
  }

  private static String hostname(URI url) {
    return url.getHost() == null ? "" : url.getHost();
  }

  /** {@code new URL(to, base)}: the rule's target resolved against the request URL. */
  private static URI resolve(URI base, String to) {
    try {
      return base.resolve(URI.create(to));
    } catch (IllegalArgumentException e) {
      return base.resolve(URI.create(UrlPaths.encode(to)));
    }
  }

  /**
   * The {@code Location} of a redirect: path, search and hash for the same origin, the full URL
   * for another; the request's search when the target has none.
   */
  private static String location(URI request, URI destination, String search) {
    String query = destination.getRawQuery() != null && !destination.getRawQuery().isEmpty()
        ? "?" + destination.getRawQuery() : search;
    String hash = destination.getRawFragment() != null && !destination.getRawFragment().isEmpty()
        ? "#" + destination.getRawFragment() : "";
    if (origin(destination).equals(origin(request))) {
      return rawPath(destination) + query + hash;
    }
    return origin(destination) + rawPath(destination) + query + hash;
  }

  private static String origin(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
    return scheme + "://" + hostname(url).toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }
}
