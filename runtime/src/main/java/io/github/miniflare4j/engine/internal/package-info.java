/**
 * Implementation details of the engine that must be public for the JVM's sake (code in another
 * class loader calls them) but are not part of the API. Do not use.
 */
package io.github.miniflare4j.engine.internal;
