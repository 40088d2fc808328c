package io.github.miniflare4j.d1;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.storage.internal.SqlText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java handle on a D1 database, Node Miniflare's {@code getD1Database("DB")}: {@code
 * miniflare.getBinding(D1Database.class, "DB")}, or injected with {@code @Binding("DB")}. It works
 * on the same database the worker's binding uses (bindings with the same database id share it),
 * with the same rules and messages. Thread-safe.
 *
 * <p>Values bound to parameters may be {@code null}, numbers (integers are bound as INTEGER,
 * others as REAL), booleans (1 or 0), strings and {@code byte[]} (a BLOB). Rows come back as
 * ordered maps of column name to {@code null}, {@link Long}, {@link Double}, {@link String} or
 * {@code byte[]}, or as records / POJOs mapped by Jackson.
 */
public final class D1Database {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final D1DatabaseDeclaration declaration;
  private final D1Store store;

  D1Database(D1DatabaseDeclaration declaration, D1Store store) {
    this.declaration = declaration;
    this.store = store;
  }

  /**
   * The binding this handle was obtained through.
   *
   * @return the binding name
   */
  public String bindingName() {
    return declaration.name();
  }

  /**
   * The database id.
   *
   * @return the id bindings share the database by
   */
  public String databaseId() {
    return declaration.databaseId();
  }

  /**
   * Runs a script of statements (separated by semicolons, spanning lines as they like) in one
   * transaction: all of them or none.
   *
   * @param sql the statements, e.g. the content of a {@code schema.sql} file
   * @return the number of statements run
   * @throws D1Exception with D1's message when a statement fails
   */
  public int exec(String sql) {
    List<D1Query> queries = new ArrayList<>();
    SqlText.scriptStatements(sql).forEach(s -> queries.add(new D1Query(s.sql(), List.of())));
    return call(() -> store.execute(queries)).size();
  }

  /**
   * Runs one statement (or several, of which only the last may have parameters).
   *
   * @param sql the SQL
   * @param params the values of its parameters ({@code ?}, {@code ?NNN}, {@code :name}, ...)
   * @return the number of rows changed
   * @throws D1Exception with D1's message when the statement fails
   */
  public long run(String sql, Object... params) {
    return result(sql, params).meta().changes();
  }

  /**
   * The rows of a query.
   *
   * @param sql the SQL
   * @param params the values of its parameters
   * @return the rows, each an ordered map of column name to value
   * @throws D1Exception with D1's message when the query fails
   */
  public List<Map<String, Object>> query(String sql, Object... params) {
    D1Result result = result(sql, params);
    List<Map<String, Object>> rows = new ArrayList<>(result.rows().size());
    for (Object[] row : result.rows()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < row.length; i++) {
        map.put(result.columns().get(i), row[i]);
      }
      rows.add(map);
    }
    return rows;
  }

  /**
   * The rows of a query mapped to a type by Jackson (records and POJOs by column name; unknown
   * columns ignored).
   *
   * @param type the row type
   * @param sql the SQL
   * @param params the values of its parameters
   * @param <T> the row type
   * @return the rows
   * @throws D1Exception with D1's message when the query fails
   * @throws IllegalArgumentException when a row does not map to {@code type}
   */
  public <T> List<T> query(Class<T> type, String sql, Object... params) {
    List<T> rows = new ArrayList<>();
    for (Map<String, Object> row : query(sql, params)) {
      rows.add(MAPPER.convertValue(row, type));
    }
    return rows;
  }

  /**
   * The first row of a query.
   *
   * @param sql the SQL
   * @param params the values of its parameters
   * @return the first row, or empty when there is none
   */
  public Optional<Map<String, Object>> first(String sql, Object... params) {
    List<Map<String, Object>> rows = query(sql, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /**
   * The first row of a query mapped to a type.
   *
   * @param type the row type
   * @param sql the SQL
   * @param params the values of its parameters
   * @param <T> the row type
   * @return the first row, or empty when there is none
   */
  public <T> Optional<T> first(Class<T> type, String sql, Object... params) {
    return first(sql, params).map(row -> MAPPER.convertValue(row, type));
  }

  /**
   * The tables of the database, without SQLite's and the storage's own ({@code sqlite_*}, {@code
   * _cf_*}).
   *
   * @return the table names, sorted
   */
  public List<String> tables() {
    List<String> names = new ArrayList<>();
    for (Map<String, Object> row : query("SELECT name FROM sqlite_master WHERE type = 'table' "
        + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' ORDER BY name")) {
      names.add((String) row.get("name"));
    }
    return names;
  }

  /**
   * The number of rows of a table.
   *
   * @param table the table name
   * @return its row count
   * @throws D1Exception when there is no such table
   */
  public long count(String table) {
    Object n = query("SELECT count(*) AS n FROM \"" + table.replace("\"", "\"\"") + "\"").get(0).get("n");
    return ((Number) n).longValue();
  }

  /**
   * Applies the binding's migrations folder (Wrangler's {@code migrations_dir}, by default {@code
   * migrations}) as {@code wrangler d1 migrations apply --local} does.
   *
   * @return the migrations applied now, by file name
   * @throws D1Exception when the folder is missing or a migration fails
   */
  public List<String> applyMigrations() {
    return applyMigrations(declaration.migrationsDir());
  }

  /**
   * Applies the {@code .sql} files of a folder in name order, each once: those the migrations
   * table (Wrangler's {@code migrations_table}, by default {@code d1_migrations}) does not
   * record yet, each in its own transaction.
   *
   * @param dir the folder
   * @return the migrations applied now, by file name
   * @throws D1Exception when the folder is missing or a migration fails (it and the later ones
   *     are not applied)
   */
  public List<String> applyMigrations(Path dir) {
    return D1Migrations.apply(store, dir, declaration.migrationsTable());
  }

  private D1Result result(String sql, Object... params) {
    List<Object> values = new ArrayList<>(params == null ? 1 : params.length);
    if (params == null) {
      values.add(null);
    } else {
      for (int i = 0; i < params.length; i++) {
        values.add(bindable(params[i], i + 1));
      }
    }
    List<D1Result> results = call(() -> store.execute(List.of(new D1Query(sql, values))));
    return results.get(0);
  }

  private static Object bindable(Object value, int position) {
    if (value == null || value instanceof String || value instanceof byte[] || value instanceof Double || value instanceof Long) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof BigInteger b && b.bitLength() < 64) {
      return b.longValue();
    }
    if (value instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (value instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    throw new IllegalArgumentException("D1Database: parameter " + position + " is a " + value.getClass().getName()
        + ", which D1 cannot bind; pass null, a number, a boolean, a String or a byte[]");
  }

  private static <T> T call(java.util.function.Supplier<T> operation) {
    try {
      return operation.get();
    } catch (D1Failure e) {
      throw new D1Exception(e.thrown() ? e.getMessage() : "D1_ERROR: " + e.getMessage());
    }
  }
}
