/** The machinery of stand-in bindings: the host object their script calls. Not API. */
package io.github.miniflare4j.standin.internal;
