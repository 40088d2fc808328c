/** The machinery of email: MIME headers, Miniflare's checks, the email() handler's invocation. Not API. */
package io.github.miniflare4j.email.internal;
