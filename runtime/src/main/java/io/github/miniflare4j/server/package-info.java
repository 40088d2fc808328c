/**
 * The HTTP server: Jetty 12 (core API, no servlets) in front of an instance's workers. It
 * starts when {@link io.github.miniflare4j.MiniflareOptions.Builder#port(int)} is set; requests
 * arriving over HTTP are routed by their {@code Host} header exactly as {@code dispatchFetch}
 * routes by URL. {@link io.github.miniflare4j.server.ServerLimits} holds the limits and the
 * wording of the 4xx answers.
 */
package io.github.miniflare4j.server;
