/**
 * workerd's {@code HTMLRewriter} web API: the Java side the prelude's {@code html-rewriter.js}
 * drives. A web API rather than a binding, packaged like one.
 */
package io.github.miniflare4j.htmlrewriter;
