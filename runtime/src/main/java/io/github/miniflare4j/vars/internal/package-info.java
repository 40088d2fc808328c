/** What the JavaScript of the blob bindings talks to. Not API. */
package io.github.miniflare4j.vars.internal;
