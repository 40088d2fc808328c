package io.github.miniflare4j.hyperdrive;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.graalvm.polyglot.HostAccess;

/**
 * One Hyperdrive binding of an instance: what the worker sees ({@code env.NAME.host}, {@code
 * connectionString}, ...) and where its connections really go. As in workerd, the worker sees a
 * host of its own ({@code <32 hex>.hyperdrive.local}) and the scheme's default port; a connection
 * to that host and port reaches the database of the connection string.
 */
public final class Hyperdrive {

  private final String name;
  private final ConnectionString target;
  private final String host;

  Hyperdrive(HyperdriveBinding binding) {
    this.name = binding.name();
    this.target = ConnectionString.parse(binding.connectionString()).value();
    byte[] id = new byte[16];
    ThreadLocalRandom.current().nextBytes(id);
    this.host = HexFormat.of().formatHex(id) + ".hyperdrive.local";
  }

  /**
   * The binding name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The connection string the worker sees.
   *
   * @return e.g. {@code postgres://user:pass@<id>.hyperdrive.local:5432/db?sslmode=disable}
   */
  @HostAccess.Export
  public String connectionString() {
    return target.shownTo(host);
  }

  /**
   * The host the worker sees.
   *
   * @return {@code <32 hex digits>.hyperdrive.local}, fixed for the instance
   */
  @HostAccess.Export
  public String host() {
    return host;
  }

  /**
   * The port the worker sees: the scheme's default (5432 or 3306).
   *
   * @return the port
   */
  @HostAccess.Export
  public int port() {
    return ConnectionString.defaultPort(target.scheme());
  }

  /**
   * The database user.
   *
   * @return the decoded user
   */
  @HostAccess.Export
  public String user() {
    return target.user();
  }

  /**
   * The database password.
   *
   * @return the decoded password
   */
  @HostAccess.Export
  public String password() {
    return target.password();
  }

  /**
   * The database name.
   *
   * @return the decoded name
   */
  @HostAccess.Export
  public String database() {
    return target.database();
  }

  /**
   * The database's real host, where connections go.
   *
   * @return the host of the connection string
   */
  @HostAccess.Export
  public String targetHost() {
    return target.hostname();
  }

  /**
   * The database's real port, where connections go.
   *
   * @return the port of the connection string (or the scheme's default)
   */
  @HostAccess.Export
  public int targetPort() {
    return target.port();
  }
}
