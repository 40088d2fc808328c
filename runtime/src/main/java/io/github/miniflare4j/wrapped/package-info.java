/**
 * Wrapped bindings (Miniflare's {@code wrappedBindings}): an {@code env} entry whose value is
 * what a function exported by another worker's single ES module returns when the binding
 * worker starts, called with that worker's own bindings and the designator's extra ones.
 */
package io.github.miniflare4j.wrapped;
