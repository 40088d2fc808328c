/** The coverage instrument, its counters and the LCOV rendering; not for users. */
package io.github.miniflare4j.coverage.internal;
