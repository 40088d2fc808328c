package io.github.miniflare4j.d1;

import io.github.miniflare4j.storage.internal.SqlText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Migrations as {@code wrangler d1 migrations apply --local} applies them: the {@code .sql} files
 * of the folder in name order, each not yet recorded in the migrations table applied in its own
 * transaction together with its record ({@code id}, {@code name} = the file name, {@code
 * applied_at}).
 */
final class D1Migrations {

  private D1Migrations() {}

  /**
   * Applies the migrations of a folder that the table does not record yet.
   *
   * @param store the database
   * @param dir the folder of {@code .sql} files
   * @param table the migrations table, created when missing with Wrangler's schema
   * @return the names of the migrations applied now, in order
   * @throws D1Exception when the folder is missing or a migration fails (that migration and the
   *     later ones are not applied)
   */
  static List<String> apply(D1Store store, Path dir, String table) {
    if (!Files.isDirectory(dir)) {
      throw new D1Exception("No migrations present at " + dir.toAbsolutePath()
          + ": create the folder of .sql migrations or set migrations_dir (D1Databases.database(...).withMigrationsDir(dir))");
    }
    String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
    run(store, List.of("CREATE TABLE IF NOT EXISTS " + quoted + "(\n    id         INTEGER PRIMARY KEY AUTOINCREMENT,\n"
        + "    name       TEXT UNIQUE,\n    applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL\n)"), "the migrations table");
    Set<String> applied = store.execute(List.of(new D1Query("SELECT name FROM " + quoted + " ORDER BY id", List.of())))
        .get(0).rows().stream().map(r -> String.valueOf(r[0])).collect(Collectors.toSet());
    List<String> appliedNow = new ArrayList<>();
    for (Path file : files(dir)) {
      String name = file.getFileName().toString();
      if (applied.contains(name)) {
        continue;
      }
      List<String> statements = new ArrayList<>();
      SqlText.scriptStatements(read(file)).forEach(s -> statements.add(s.sql()));
      statements.add("INSERT INTO " + quoted + " (name) VALUES ('" + name.replace("'", "''") + "')");
      run(store, statements, "migration " + name);
      appliedNow.add(name);
    }
    return appliedNow;
  }

  private static void run(D1Store store, List<String> statements, String what) {
    List<D1Query> queries = new ArrayList<>();
    statements.forEach(s -> queries.add(new D1Query(s, List.of())));
    try {
      store.execute(queries);
    } catch (D1Failure e) {
      throw new D1Exception("D1_ERROR: " + e.getMessage() + " (in " + what + "; it was not applied)");
    }
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new D1Exception("Cannot list the migrations in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new D1Exception("Cannot read migration " + file.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }
}
