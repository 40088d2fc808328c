/** The machinery of service bindings: the object a binding's script calls. Not API. */
package io.github.miniflare4j.service.internal;
