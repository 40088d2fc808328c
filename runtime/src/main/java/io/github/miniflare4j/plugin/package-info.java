/**
 * The plugin interface of binding kinds: a kind (D1, R2, queues, ...) implements {@link
 * io.github.miniflare4j.plugin.BindingPlugin} in its own package and is listed in {@code
 * META-INF/services/io.github.miniflare4j.plugin.BindingPlugin}. See CONTRIBUTING.md.
 */
package io.github.miniflare4j.plugin;
