/**
 * Miniflare's hello-world demo binding ({@code helloWorld}, Wrangler's {@code unsafe_hello_world}):
 * {@code await env.HELLO.set(value)} and {@code await env.HELLO.get()}.
 */
package io.github.miniflare4j.helloworld;
