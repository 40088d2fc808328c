/** Implementation details of the runtime; not an API, may change in any release. */
package io.github.miniflare4j.internal;
