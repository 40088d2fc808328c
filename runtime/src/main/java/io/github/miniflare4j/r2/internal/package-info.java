/** The machinery of R2: bucket storage over the blob store, conditions, ranges, limits and the script's host. Not API. */
package io.github.miniflare4j.r2.internal;
