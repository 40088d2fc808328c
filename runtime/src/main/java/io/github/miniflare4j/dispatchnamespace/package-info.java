/**
 * Dispatch namespaces (Workers for Platforms: {@code dispatchNamespaces}, Wrangler's {@code
 * [[dispatch_namespaces]]}). Miniflare does not run them locally, it only proxies them to
 * Cloudflare; so here, as there, {@code env.NAME.get(script)} returns a stub whose every call
 * rejects with {@code Binding NAME needs to be run remotely}.
 */
package io.github.miniflare4j.dispatchnamespace;
