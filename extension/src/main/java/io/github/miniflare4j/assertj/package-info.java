/**
 * AssertJ assertions for miniflare4j: {@link io.github.miniflare4j.assertj.MiniflareAssertions}
 * is the entry point; responses, KV namespaces and Durable Object storage have their own
 * assertion classes with AssertJ's failure layout.
 */
package io.github.miniflare4j.assertj;
