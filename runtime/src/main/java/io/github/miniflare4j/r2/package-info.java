/**
 * R2 buckets, a binding plugin: Miniflare's {@code r2Buckets} / Wrangler's {@code r2_buckets} /
 * {@code r2Persist} ({@link io.github.miniflare4j.r2.R2Plugin}), bindings from the builder
 * ({@link io.github.miniflare4j.r2.R2Buckets}), the worker's {@code R2Bucket} API (its
 * JavaScript, {@code r2.js}, lives beside this package), and the Java handle {@link
 * io.github.miniflare4j.r2.R2Bucket}. Objects live in the storage layer's {@link
 * io.github.miniflare4j.storage.BlobStore}, one per bucket name, shared by every binding of the
 * name; limits and messages are those of Miniflare's R2 simulator ({@code internal.R2Limits});
 * the bucket storage and the script's host live in {@code internal}.
 */
package io.github.miniflare4j.r2;
