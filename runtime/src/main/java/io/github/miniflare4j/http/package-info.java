/**
 * The Java-side HTTP types: requests sent to workers, responses they return (with the {@code
 * ctx.waitUntil} work of the request that produced them), and the functional interface for Java
 * service bindings and outbound handlers.
 */
package io.github.miniflare4j.http;
