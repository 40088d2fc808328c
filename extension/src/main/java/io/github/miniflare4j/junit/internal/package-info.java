/**
 * The extension's machinery, not for direct use: instance lifecycle in JUnit's store, storage
 * isolation between tests, parameter resolution, and reading {@code @MiniflareTest}.
 */
package io.github.miniflare4j.junit.internal;
