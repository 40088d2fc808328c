/**
 * Routes: Cloudflare's route patterns ({@code api.example.com/*}, {@code *.example.com/v1/*},
 * {@code http://*}{@code /static/*}) parsed and matched exactly as Miniflare does, so a request
 * reaches the worker whose route matches its URL. {@link io.github.miniflare4j.routing.Router}
 * is the entry point; bad patterns fail with {@link
 * io.github.miniflare4j.routing.RouterException}, Miniflare's {@code RouterError}.
 */
package io.github.miniflare4j.routing;
