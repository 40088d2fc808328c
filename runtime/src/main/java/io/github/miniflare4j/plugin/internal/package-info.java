/** The machinery of the plugin layer: the script hosts shared by kinds. Not API. */
package io.github.miniflare4j.plugin.internal;
