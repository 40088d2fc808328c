/**
 * The engine: the shared GraalJS Engine, one isolate (Context plus event-loop thread) per
 * worker, the module loader and the JavaScript-to-Java value bridge. Used by the binding
 * packages; not meant for user code.
 */
package io.github.miniflare4j.engine;
