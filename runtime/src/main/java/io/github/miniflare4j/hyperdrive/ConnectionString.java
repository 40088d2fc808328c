package io.github.miniflare4j.hyperdrive;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A local database's connection string, checked as Miniflare checks it (its messages), and the
 * parts Hyperdrive exposes.
 *
 * @param scheme {@code postgres}, {@code postgresql} or {@code mysql}
 * @param hostname the database host
 * @param port the database port (the scheme's default when the string has none)
 * @param user the decoded user name
 * @param password the decoded password
 * @param database the decoded database name
 */
record ConnectionString(String scheme, String hostname, int port, String user, String password, String database) {

  /**
   * Parses and checks a connection string.
   *
   * @param text the connection string, e.g. {@code postgres://user:pass@localhost:5432/db}
   * @return the parts, or the problem in Miniflare's words
   */
  static Result parse(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return Result.problem("Invalid url");
    }
    if (uri.getScheme() == null || uri.isOpaque()) {
      return Result.problem(uri.getScheme() == null ? "Invalid url" : "You must provide a hostname or IP address in your connection string - e.g. 'user:password@database-hostname.example.com:5432/databasename");
    }
    String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("postgres") && !scheme.equals("postgresql") && !scheme.equals("mysql")) {
      return Result.problem("Only PostgreSQL-compatible or MySQL-compatible databases are currently supported.");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Result.problem("You must provide a hostname or IP address in your connection string - e.g. 'user:password@database-hostname.example.com:5432/databasename");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (path.isEmpty()) {
      return Result.problem("You must provide a database name as the path component - e.g. /postgres");
    }
    String userInfo = Optional.ofNullable(uri.getRawUserInfo()).orElse("");
    int colon = userInfo.indexOf(':');
    String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
    String password = colon < 0 ? "" : userInfo.substring(colon + 1);
    if (user.isEmpty()) {
      return Result.problem("You must provide a username - e.g. 'user:password@database.example.com:port/databasename'");
    }
    if (password.isEmpty()) {
      return Result.problem("You must provide a password - e.g. 'user:password@database.example.com:port/databasename' ");
    }
    String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
    int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
    return new Result(new ConnectionString(scheme, host, port, decode(user), decode(password), decode(path.substring(1))), null);
  }

  /** The port workerd reports for the scheme, whatever port the database listens on. */
  static int defaultPort(String scheme) {
    return scheme.equals("mysql") ? 3306 : 5432;
  }

  /** What Hyperdrive shows the worker: its own host, the scheme's port, TLS left to Hyperdrive. */
  String shownTo(String hyperdriveHost) {
    String ssl = scheme.equals("mysql") ? "ssl-mode=disabled" : "sslmode=disable";
    return scheme + "://" + user + ":" + password + "@" + hyperdriveHost + ":" + defaultPort(scheme) + "/" + database + "?" + ssl;
  }

  private static String decode(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /**
   * A parse outcome.
   *
   * @param value the parts, or {@code null} when invalid
   * @param problem Miniflare's message when invalid, else {@code null}
   */
  record Result(ConnectionString value, String problem) {
    static Result problem(String message) {
      return new Result(null, message);
    }
  }
}
