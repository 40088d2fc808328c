package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.d1.D1Database;
import io.github.miniflare4j.junit.D1Seed;
import io.github.miniflare4j.junit.spi.SeedContext;
import io.github.miniflare4j.junit.spi.SeedProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Applies the migrations and SQL scripts named by {@link D1Seed}s: migrations first (recorded in
 * the migrations table, as {@code wrangler d1 migrations apply --local} does), then the scripts.
 */
public final class D1SeedProvider implements SeedProvider<D1Seed> {

  /** For {@link java.util.ServiceLoader}. */
  public D1SeedProvider() {}

  @Override
  public Class<D1Seed> annotationType() {
    return D1Seed.class;
  }

  @Override
  public String describe(D1Seed seed) {
    return "@D1Seed(binding = \"" + seed.binding() + "\")";
  }

  @Override
  public void seed(D1Seed seed, SeedContext context) {
    D1Database db = context.binding(D1Database.class, seed.worker(), seed.binding());
    if (seed.migrations().equals(D1Seed.CONFIGURED)) {
      db.applyMigrations();
    } else if (!seed.migrations().isEmpty()) {
      context.withFolder("migrations", seed.migrations(), db::applyMigrations);
    }
    for (String script : seed.sql()) {
      db.exec(read(context, script));
    }
  }

  private static String read(SeedContext context, String location) {
    try (InputStream in = context.open("sql", location)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw context.failure("sql \"" + location + "\" cannot be read: " + e.getMessage());
    }
  }
}
