/**
 * Conversions at the Java/JavaScript boundary that every layer may use (the engine, the web APIs
 * behind the prelude, the binding kinds). Depends on GraalJS's {@code Value} only, never on
 * another package of miniflare4j.
 */
package io.github.miniflare4j.interop;
