package io.github.miniflare4j.d1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations as {@code wrangler d1 migrations apply --local} applies them. */
class D1MigrationsTest {

  private static final String WORKER = "export default { fetch() { return new Response('ok'); } };";

  private static Miniflare instance(WorkerOptions.Builder worker) {
    return new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(3)).worker(worker).build());
  }

  private static void migrations(Path dir) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("0002_add_email.sql"), "ALTER TABLE users ADD COLUMN email TEXT;\n-- trailing comment\n");
    Files.writeString(dir.resolve("0001_create_users.sql"), """
        -- Migration number: 0001
        CREATE TABLE users (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL
        );
        CREATE TRIGGER name_upper AFTER INSERT ON users BEGIN
          UPDATE users SET name = upper(name) WHERE id = new.id;
        END;
        """);
    Files.writeString(dir.resolve("notes.txt"), "not a migration");
  }

  @Test
  void applies_sql_files_in_name_order_once_and_records_them_in_wranglers_table(@TempDir Path dir) throws Exception {
    migrations(dir.resolve("migrations"));
    try (Miniflare mf = instance(WorkerOptions.builder().modules(true).script(WORKER).bind(D1Databases.database("DB")))) {
      D1Database db = mf.getBinding(D1Database.class, "DB");
      assertThat(db.applyMigrations(dir.resolve("migrations"))).containsExactly("0001_create_users.sql", "0002_add_email.sql");
      assertThat(db.applyMigrations(dir.resolve("migrations"))).isEmpty();
      assertThat(db.query("SELECT id, name FROM d1_migrations ORDER BY id").toString())
          .isEqualTo("[{id=1, name=0001_create_users.sql}, {id=2, name=0002_add_email.sql}]");
      assertThat(db.query("SELECT typeof(applied_at) AS t FROM d1_migrations").get(0).get("t")).isEqualTo("text");
      db.run("INSERT INTO users (name, email) VALUES ('ada', 'a@x')");
      assertThat(db.first("SELECT name FROM users").orElseThrow().get("name")).isEqualTo("ADA");
    }
  }

  @Test
  void a_failing_migration_is_rolled_back_and_not_recorded_and_later_ones_wait(@TempDir Path dir) throws Exception {
    Path migrations = dir.resolve("m");
    Files.createDirectories(migrations);
    Files.writeString(migrations.resolve("0001_ok.sql"), "CREATE TABLE a (x);");
    Files.writeString(migrations.resolve("0002_bad.sql"), "CREATE TABLE b (x); INSERT INTO missing VALUES (1);");
    Files.writeString(migrations.resolve("0003_later.sql"), "CREATE TABLE c (x);");
    try (Miniflare mf = instance(WorkerOptions.builder().modules(true).script(WORKER)
        .bind(D1Databases.database("DB").withMigrationsTable("schema_log")))) {
      D1Database db = mf.getBinding(D1Database.class, "DB");
      assertThatThrownBy(() -> db.applyMigrations(migrations))
          .isInstanceOf(D1Exception.class)
          .hasMessage("D1_ERROR: no such table: missing: SQLITE_ERROR (in migration 0002_bad.sql; it was not applied)");
      assertThat(db.tables()).containsExactly("a", "schema_log");
      assertThat(db.query("SELECT name FROM schema_log").toString()).isEqualTo("[{name=0001_ok.sql}]");
    }
  }

  @Test
  void a_missing_folder_is_named_with_the_fix(@TempDir Path dir) {
    try (Miniflare mf = instance(WorkerOptions.builder().modules(true).script(WORKER).bind(D1Databases.database("DB")))) {
      assertThatThrownBy(() -> mf.getBinding(D1Database.class, "DB").applyMigrations(dir.resolve("nowhere")))
          .isInstanceOf(D1Exception.class)
          .hasMessageContaining("No migrations present at " + dir.resolve("nowhere"))
          .hasMessageContaining("migrations_dir");
    }
  }

  @Test
  void wranglers_migrations_dir_and_table_are_relative_to_the_file(@TempDir Path dir) throws Exception {
    migrations(dir.resolve("db/migrations"));
    Files.writeString(dir.resolve("index.js"), WORKER);
    Files.writeString(dir.resolve("wrangler.toml"), """
        name = "api"
        main = "index.js"
        compatibility_date = "2025-01-01"
        [[d1_databases]]
        binding = "DB"
        database_name = "app"
        database_id = "5f0c2f4e-0000-0000-0000-000000000000"
        migrations_dir = "db/migrations"
        migrations_table = "applied"
        """);
    WranglerConfig config = WranglerConfig.load(dir.resolve("wrangler.toml"));
    try (Miniflare mf = new Miniflare(config.toOptions().startupTimeout(Duration.ofMinutes(3)).build())) {
      D1Database db = mf.getBinding(D1Database.class, "DB");
      assertThat(db.databaseId()).isEqualTo("5f0c2f4e-0000-0000-0000-000000000000");
      assertThat(db.applyMigrations()).hasSize(2);
      assertThat(db.count("applied")).isEqualTo(2);
      assertThat(List.copyOf(db.tables())).contains("users", "applied");
    }
  }
}
