/**
 * Static assets: a directory served ahead of a worker, with Cloudflare's HTML handling,
 * not-found handling, {@code run_worker_first} routing and the {@code env.ASSETS} binding. See
 * {@link io.github.miniflare4j.assets.Assets}.
 */
package io.github.miniflare4j.assets;
