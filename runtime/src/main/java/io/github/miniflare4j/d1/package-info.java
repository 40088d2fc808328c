/**
 * D1 databases: the {@code d1Databases} binding kind (Miniflare's options, Wrangler's {@code
 * d1_databases}, {@code d1Persist}), workerd's {@code D1Database} API over SQLite with
 * Miniflare's results, meta and messages, Wrangler's migrations, and the {@link
 * io.github.miniflare4j.d1.D1Database} Java handle.
 */
package io.github.miniflare4j.d1;
