package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.junit.R2Seed;
import io.github.miniflare4j.junit.spi.SeedContext;
import io.github.miniflare4j.junit.spi.SeedProvider;
import io.github.miniflare4j.r2.R2Bucket;

/** Stores the files of the folders named by {@link R2Seed}s as objects of their buckets. */
public final class R2SeedProvider implements SeedProvider<R2Seed> {

  /** For {@link java.util.ServiceLoader}. */
  public R2SeedProvider() {}

  @Override
  public Class<R2Seed> annotationType() {
    return R2Seed.class;
  }

  @Override
  public String describe(R2Seed seed) {
    return "@R2Seed(binding = \"" + seed.binding() + "\", folder = \"" + seed.folder() + "\")";
  }

  @Override
  public void seed(R2Seed seed, SeedContext context) {
    R2Bucket bucket = context.binding(R2Bucket.class, seed.worker(), seed.binding());
    context.withFolder("folder", seed.folder(), bucket::putDirectory);
  }
}
