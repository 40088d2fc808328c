package io.github.miniflare4j.d1;

import java.nio.file.Path;

/**
 * Factories of D1 bindings for the worker builder:
 * {@code WorkerOptions.builder().bind(D1Databases.database("DB"))}.
 */
public final class D1Databases {

  private D1Databases() {}

  /**
   * A D1 binding whose database id is its name (Miniflare's {@code d1Databases: ["DB"]}).
   *
   * @param binding the binding name
   * @return the declaration
   */
  public static D1DatabaseDeclaration database(String binding) {
    return database(binding, binding);
  }

  /**
   * A D1 binding of a database id (Miniflare's {@code d1Databases: {DB: "id"}}); bindings with
   * the same id share the database.
   *
   * @param binding the binding name
   * @param databaseId the database id
   * @return the declaration, with Wrangler's default migrations folder and table
   */
  public static D1DatabaseDeclaration database(String binding, String databaseId) {
    return new D1DatabaseDeclaration(binding, databaseId, Path.of(D1DatabaseDeclaration.DEFAULT_MIGRATIONS_DIR),
        D1DatabaseDeclaration.DEFAULT_MIGRATIONS_TABLE);
  }
}
