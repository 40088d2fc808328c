package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Prepares a D1 database before the class's {@code @BeforeAll} methods run: applies a folder of
 * migrations (as {@code wrangler d1 migrations apply --local} does), then runs SQL scripts. The
 * result is part of the baseline every test starts from. Repeatable.
 *
 * <pre>{@code
 * @MiniflareTest(workers = @Worker(script = "...", options = "{\"d1Databases\": [\"DB\"]}"))
 * @D1Seed(binding = "DB", migrations = "classpath:migrations", sql = "classpath:seed.sql")
 * class TodoApiTest { ... }
 * }</pre>
 *
 * <p>Locations starting with {@code classpath:} are resources of the test class path (a folder
 * for {@link #migrations()}); any other location is a file-system path, relative to the working
 * directory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(D1Seeds.class)
public @interface D1Seed {

  /**
   * The value of {@link #migrations()} that applies the binding's own migrations folder: Wrangler's
   * {@code migrations_dir} for a worker loaded from a Wrangler file ({@code migrations} beside the
   * file by default).
   */
  String CONFIGURED = "configured";

  /**
   * The D1 binding to prepare.
   *
   * @return the binding name
   */
  String binding();

  /**
   * A folder of {@code .sql} migrations applied in name order and recorded in the binding's
   * migrations table ({@code d1_migrations} unless configured).
   *
   * @return the folder, e.g. {@code "classpath:migrations"}, {@code "src/main/migrations"} or
   *     {@link #CONFIGURED}; {@code ""} for none
   */
  String migrations() default "";

  /**
   * SQL scripts run after the migrations, in order, each in one transaction.
   *
   * @return the scripts, e.g. {@code "classpath:seed.sql"}
   */
  String[] sql() default {};

  /**
   * The worker whose binding it is; by default the entry worker.
   *
   * @return the worker's name, or {@code ""} for the entry worker
   */
  String worker() default "";
}
