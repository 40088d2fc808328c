package io.github.miniflare4j.junit;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.d1.D1Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** D1 handles as parameters, @D1Seed migrations and scripts, the reset, and the D1 assertions. */
class D1Test {

  static final String SCRIPT = """
      export default {
        async fetch(request, env) {
          const url = new URL(request.url);
          if (request.method === "POST") {
            await env.DB.prepare("INSERT INTO todos (title) VALUES (?)").bind(url.searchParams.get("title")).run();
          }
          return Response.json((await env.DB.prepare("SELECT title FROM todos ORDER BY id").raw()).flat());
        }
      };
      """;

  @MiniflareTest(workers = @Worker(name = "api", script = SCRIPT, options = "{\"d1Databases\": [\"DB\"]}"))
  @D1Seed(binding = "DB", migrations = "classpath:d1/migrations", sql = "classpath:d1/seed.sql")
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Seeded {
    @BeforeAll
    static void more(@Binding("DB") D1Database db) {
      db.run("INSERT INTO todos (title) VALUES (?)", "from before all");
    }

    @Test
    @Order(1)
    void migrations_seed_and_before_all_rows_are_visible(@Binding("DB") D1Database db, WorkerClient api) {
      assertThat(db).hasTable("todos").hasTable("d1_migrations").hasRowCount("todos", 3);
      assertThat(db).query("SELECT name FROM d1_migrations ORDER BY id").extracting(r -> r.get("name"))
          .containsExactly("0001_todos.sql", "0002_index.sql");
      api.post("/?title=new").send();
      assertThat(db).table("todos").extracting(r -> r.get("title")).endsWith("new");
      db.exec("DROP TABLE todos");
    }

    @Test
    @Order(2)
    void the_next_test_starts_from_the_baseline_again(@Binding("DB") D1Database db, WorkerClient api) {
      assertThat(db).hasRowCount("todos", 3);
      assertThat(api.fetch("/").text()).isEqualTo("[\"write tests\",\"ship\",\"from before all\"]");
    }
  }

  @Test
  void seeds_are_part_of_the_baseline_and_tests_are_isolated() {
    Fixtures.assertAllSucceeded(Fixtures.run(Seeded.class), 2);
  }

  @MiniflareTest(workers = @Worker(name = "api", script = SCRIPT, options = "{\"d1Databases\": [\"DB\"]}"))
  @D1Seed(binding = "DB", migrations = "classpath:d1/nowhere")
  static class MissingMigrations {
    @Test
    void test() {}
  }

  @Test
  void a_missing_migrations_folder_is_a_configuration_error_with_the_fix() {
    MisuseTest.assertContainerFails(MissingMigrations.class, ExtensionConfigurationException.class,
        "@D1Seed(binding = \"DB\") on io.github.miniflare4j.junit.D1Test$MissingMigrations cannot be applied: migrations "
            + "\"classpath:d1/nowhere\" names no folder on the class path; put the files under src/test/resources/d1/nowhere");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = SCRIPT, options = "{\"d1Databases\": [\"DB\"]}"))
  @D1Seed(binding = "DB", sql = "classpath:d1/seed.sql")
  static class SeedWithoutSchema {
    @Test
    void test() {}
  }

  @Test
  void a_failing_seed_script_reports_d1s_message() {
    MisuseTest.assertContainerFails(SeedWithoutSchema.class, ExtensionConfigurationException.class,
        "@D1Seed(binding = \"DB\") on io.github.miniflare4j.junit.D1Test$SeedWithoutSchema cannot be applied: "
            + "D1_ERROR: no such table: todos: SQLITE_ERROR");
  }
}
