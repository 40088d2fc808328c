package io.github.miniflare4j.r2;

import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.r2.internal.BucketStorage;
import io.github.miniflare4j.r2.internal.R2BucketHost;

/** The {@code env} entry of one R2 binding: an {@code R2Bucket} of {@code r2.js} over a bucket. */
final class R2Binding implements JsBinding {

  private final String name;
  private final BucketStorage bucket;

  R2Binding(String name, BucketStorage bucket) {
    this.name = name;
    this.bucket = bucket;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return R2BucketDeclaration.KIND;
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return new R2BucketHost(bucket);
  }

  @Override
  public String factoryScript() {
    return "/io/github/miniflare4j/r2/r2.js";
  }
}
