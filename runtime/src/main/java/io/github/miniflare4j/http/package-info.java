/**
 * The Java-side HTTP types: requests sent to workers, responses they return, and the
 * functional interface for Java service bindings and outbound handlers.
 */
package io.github.miniflare4j.http;
