/**
 * How a binding kind plugs into the JUnit extension without the extension naming it: a {@link
 * io.github.miniflare4j.junit.spi.SeedProvider} turns a class annotation into data the class's
 * tests start from. Providers are found with {@link java.util.ServiceLoader}; the extension's
 * own ({@code @KvSeed}, {@code @D1Seed}, {@code @R2Seed}) are registered the same way.
 */
package io.github.miniflare4j.junit.spi;
