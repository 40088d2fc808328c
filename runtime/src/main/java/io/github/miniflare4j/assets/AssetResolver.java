package io.github.miniflare4j.assets;

/**
 * Maps a decoded URL path to what the assets answer: a file (with status 200, or 404 for a
 * not-found page), a redirect to the canonical form of an HTML page's path, or nothing. The
 * rules are Cloudflare's asset worker's for each {@link HtmlHandling} and {@link
 * NotFoundHandling}. Pure: reads only which files exist.
 */
final class AssetResolver {

  /**
   * What a path resolves to.
   *
   * @param asset the asset's path when a file answers, else {@code null}
   * @param status 200, or 404 for a not-found page
   * @param redirect the decoded path to redirect to, else {@code null}
   * @param fromNotFoundHandling whether the not-found handling chose the asset (SPA index, 404 page)
   */
  record Intent(String asset, int status, String redirect, boolean fromNotFoundHandling) {
    Intent(String asset, int status, String redirect) {
      this(asset, status, redirect, false);
    }

    static Intent ok(String asset) {
      return new Intent(asset, 200, null);
    }

    static Intent redirectTo(String destination) {
      return new Intent(null, 0, destination);
    }
  }

  private final AssetFiles files;
  private final HtmlHandling html;
  private final NotFoundHandling notFound;

  AssetResolver(AssetFiles files, HtmlHandling html, NotFoundHandling notFound) {
    this.files = files;
    this.html = html;
    this.notFound = notFound;
  }

  /** The same files and HTML handling with another not-found handling. */
  AssetResolver withNotFound(NotFoundHandling handling) {
    return new AssetResolver(files, html, handling);
  }

  /**
   * Resolves a path.
   *
   * @param path a decoded path starting with {@code /}
   * @return the intent, or {@code null} when nothing answers
   */
  Intent resolve(String path) {
    return intent(path, false);
  }

  private Intent intent(String path, boolean skipRedirects) {
    return switch (html) {
      case AUTO_TRAILING_SLASH -> auto(path, skipRedirects);
      case FORCE_TRAILING_SLASH -> force(path, skipRedirects);
      case DROP_TRAILING_SLASH -> drop(path, skipRedirects);
      case NONE -> files.exists(path) != null ? Intent.ok(path) : notFound(path);
    };
  }

  private Intent auto(String p, boolean skip) {
    String exact = files.exists(p);
    Intent r;
    if (p.endsWith("/index")) {
      if (exact != null) {
        return Intent.ok(exact);
      }
      if ((r = redirect(p + ".html", cut(p, 5), skip)) != null
          || (r = redirect(cut(p, 6) + ".html", cut(p, 6), skip)) != null) {
        return r;
      }
    } else if (p.endsWith("/index.html")) {
      if ((r = redirect(p, cut(p, 10), skip)) != null
          || (r = redirect(cut(p, 11) + ".html", cut(p, 11), skip)) != null) {
        return r;
      }
    } else if (p.endsWith("/")) {
      String index = files.exists(p + "index.html");
      if (index != null) {
        return Intent.ok(index);
      }
      if ((r = redirect(cut(p, 1) + ".html", cut(p, 1), skip)) != null) {
        return r;
      }
    } else if (p.endsWith(".html")) {
      if ((r = redirect(p, cut(p, 5), skip)) != null
          || (r = redirect(cut(p, 5) + "/index.html", cut(p, 5) + "/", skip)) != null) {
        return r;
      }
    }
    if (exact != null) {
      return Intent.ok(exact);
    }
    String page = files.exists(p + ".html");
    if (page != null) {
      return Intent.ok(page);
    }
    r = redirect(p + "/index.html", p + "/", skip);
    return r != null ? r : notFound(p);
  }

  private Intent force(String p, boolean skip) {
    String exact = files.exists(p);
    Intent r;
    if (p.endsWith("/index")) {
      if (exact != null) {
        return Intent.ok(exact);
      }
      if ((r = redirect(p + ".html", cut(p, 5), skip)) != null
          || (r = redirect(cut(p, 6) + ".html", cut(p, 5), skip)) != null) {
        return r;
      }
    } else if (p.endsWith("/index.html")) {
      if ((r = redirect(p, cut(p, 10), skip)) != null
          || (r = redirect(cut(p, 11) + ".html", cut(p, 10), skip)) != null) {
        return r;
      }
    } else if (p.endsWith("/")) {
      String found = files.exists(p + "index.html");
      if (found == null) {
        found = files.exists(cut(p, 1) + ".html");
      }
      if (found != null) {
        return Intent.ok(found);
      }
    } else if (p.endsWith(".html")) {
      if ((r = redirect(p, cut(p, 5) + "/", skip)) != null) {
        return r;
      }
      if (exact != null) {
        return Intent.ok(exact);
      }
      if ((r = redirect(cut(p, 5) + "/index.html", cut(p, 5) + "/", skip)) != null) {
        return r;
      }
    }
    if (exact != null) {
      return Intent.ok(exact);
    }
    if ((r = redirect(p + ".html", p + "/", skip)) != null
        || (r = redirect(p + "/index.html", p + "/", skip)) != null) {
      return r;
    }
    return notFound(p);
  }

  private Intent drop(String p, boolean skip) {
    String exact = files.exists(p);
    Intent r;
    if (p.endsWith("/index")) {
      if (exact != null) {
        return Intent.ok(exact);
      }
      if (p.equals("/index")) {
        if ((r = redirect("/index.html", "/", skip)) != null) {
          return r;
        }
      } else if ((r = redirect(cut(p, 6) + ".html", cut(p, 6), skip)) != null
          || (r = redirect(p + ".html", cut(p, 6), skip)) != null) {
        return r;
      }
    } else if (p.endsWith("/index.html")) {
      if (p.equals("/index.html")) {
        if ((r = redirect("/index.html", "/", skip)) != null) {
          return r;
        }
      } else {
        if ((r = redirect(p, cut(p, 11), skip)) != null) {
          return r;
        }
        if (exact != null) {
          return Intent.ok(exact);
        }
        if ((r = redirect(cut(p, 11) + ".html", cut(p, 11), skip)) != null) {
          return r;
        }
      }
    } else if (p.endsWith("/")) {
      if (p.equals("/")) {
        String index = files.exists("/index.html");
        if (index != null) {
          return Intent.ok(index);
        }
      } else if ((r = redirect(cut(p, 1) + ".html", cut(p, 1), skip)) != null
          || (r = redirect(cut(p, 1) + "/index.html", cut(p, 1), skip)) != null) {
        return r;
      }
    } else if (p.endsWith(".html")) {
      if ((r = redirect(p, cut(p, 5), skip)) != null
          || (r = redirect(cut(p, 5) + "/index.html", cut(p, 5), skip)) != null) {
        return r;
      }
    }
    if (exact != null) {
      return Intent.ok(exact);
    }
    String found = files.exists(p + ".html");
    if (found == null) {
      found = files.exists(p + "/index.html");
    }
    return found != null ? Intent.ok(found) : notFound(p);
  }

  /**
   * A redirect to {@code destination} when no file lives there but resolving it (without
   * redirects) gives the same file as {@code file}; else {@code null}.
   */
  private Intent redirect(String file, String destination, boolean skip) {
    if (skip || files.exists(destination) != null) {
      return null;
    }
    Intent there = intent(destination, true);
    String target = files.exists(file);
    if (there != null && there.asset() != null && target != null && there.asset().equals(target)) {
      return Intent.redirectTo(destination);
    }
    return null;
  }

  private Intent notFound(String path) {
    switch (notFound) {
      case SINGLE_PAGE_APPLICATION -> {
        String index = files.exists("/index.html");
        return index != null ? new Intent(index, 200, null, true) : null;
      }
      case NOT_FOUND_PAGE -> {
        String dir = path;
        while (!dir.isEmpty()) {
          dir = dir.substring(0, dir.lastIndexOf('/'));
          String page = files.exists(dir + "/404.html");
          if (page != null) {
            return new Intent(page, 404, null, true);
          }
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static String cut(String s, int n) {
    return s.substring(0, s.length() - n);
  }
}
