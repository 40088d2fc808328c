/**
 * Cloudflare Stream, as Miniflare emulates it locally: videos (uploaded from a stream or a URL),
 * their captions and downloads, and watermark profiles, kept in the storage layer and reset
 * between tests.
 */
package io.github.miniflare4j.stream;
