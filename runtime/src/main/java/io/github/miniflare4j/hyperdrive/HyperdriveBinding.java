package io.github.miniflare4j.hyperdrive;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * A Hyperdrive binding: {@code env.NAME} exposes a connection string to a local database, and its
 * {@code connect()} opens a TCP connection to that database.
 *
 * @param name the binding name
 * @param connectionString the local database, e.g. {@code postgres://user:pass@localhost:5432/db}
 */
public record HyperdriveBinding(String name, String connectionString) implements BindingDeclaration {

  /** The plugin kind. */
  public static final String KIND = "hyperdrive";

  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param connectionString the local database's connection string
   * @throws IllegalArgumentException when the connection string is not one Miniflare accepts,
   *     with Miniflare's message
   */
  public HyperdriveBinding {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(connectionString, "connectionString");
    String problem = ConnectionString.parse(connectionString).problem();
    if (problem != null) {
      throw new IllegalArgumentException("Hyperdrive binding \"" + name + "\": " + problem);
    }
  }

  /**
   * A binding for the worker builder: {@code bind(HyperdriveBinding.of("DB",
   * "postgres://user:pass@localhost:5432/app"))}.
   *
   * @param name the binding name
   * @param connectionString the local database's connection string
   * @return the declaration
   */
  public static HyperdriveBinding of(String name, String connectionString) {
    return new HyperdriveBinding(name, connectionString);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
