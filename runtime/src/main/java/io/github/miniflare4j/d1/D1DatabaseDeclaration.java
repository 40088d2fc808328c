package io.github.miniflare4j.d1;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A D1 binding of a worker: {@link D1Databases#database(String, String)} builds one, as do
 * Miniflare's {@code d1Databases} option and Wrangler's {@code d1_databases}. Bindings with the
 * same database id share one database.
 *
 * @param name the binding name under {@code env}
 * @param databaseId the database id (Miniflare's value of the binding; Wrangler's {@code
 *     database_id}, else {@code database_name}, else the binding name)
 * @param migrationsDir the folder of migrations ({@code .sql} files) that {@link
 *     D1Database#applyMigrations()} applies
 * @param migrationsTable the table recording applied migrations
 */
public record D1DatabaseDeclaration(String name, String databaseId, Path migrationsDir, String migrationsTable)
    implements BindingDeclaration {

  /** Wrangler's default folder of migrations. */
  public static final String DEFAULT_MIGRATIONS_DIR = "migrations";

  /** Wrangler's default table of applied migrations. */
  public static final String DEFAULT_MIGRATIONS_TABLE = "d1_migrations";

  /**
   * Checks the fields.
   *
   * @param name the binding name
   * @param databaseId the database id
   * @param migrationsDir the migrations folder
   * @param migrationsTable the migrations table
   */
  public D1DatabaseDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(databaseId, "databaseId");
    Objects.requireNonNull(migrationsDir, "migrationsDir");
    Objects.requireNonNull(migrationsTable, "migrationsTable");
    if (name.isEmpty() || databaseId.isEmpty()) {
      throw new IllegalArgumentException("A D1 binding needs a non-empty binding name and database id, got \""
          + name + "\" -> \"" + databaseId + "\"");
    }
  }

  @Override
  public String kind() {
    return D1Plugin.KIND;
  }

  /**
   * This binding with another migrations folder.
   *
   * @param dir the folder of {@code .sql} migrations
   * @return a new declaration
   */
  public D1DatabaseDeclaration withMigrationsDir(Path dir) {
    return new D1DatabaseDeclaration(name, databaseId, dir, migrationsTable);
  }

  /**
   * This binding with another migrations table.
   *
   * @param table the table recording applied migrations
   * @return a new declaration
   */
  public D1DatabaseDeclaration withMigrationsTable(String table) {
    return new D1DatabaseDeclaration(name, databaseId, migrationsDir, table);
  }
}
