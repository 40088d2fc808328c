/**
 * The storage layer's implementation shared by the SQL binding kinds: workerd's estimate of the
 * rows a SQLite statement reads and writes ({@link io.github.miniflare4j.storage.internal.RowCounter},
 * D1's {@code meta.rows_read} / {@code rows_written} and a SQLite-backed Durable Object's cursor
 * counts alike) and the SQL text splitting it reads statements with. Not API.
 */
package io.github.miniflare4j.storage.internal;
