/** The script host of the unsafe-eval binding. */
package io.github.miniflare4j.unsafeeval.internal;
