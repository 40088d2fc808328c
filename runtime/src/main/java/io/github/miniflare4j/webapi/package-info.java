/**
 * Java helpers behind the JavaScript web-platform prelude: compression through {@code
 * java.util.zip}, Web Crypto through the JDK's JCA providers, legacy text encodings through the
 * JDK's charsets. Objects here are handed to the prelude only; bytes cross the boundary in
 * bulk, and every method runs on the calling worker's loop thread.
 */
package io.github.miniflare4j.webapi;
