/**
 * The implementation of {@code HTMLRewriter}: a streaming HTML tokenizer shaped after
 * lol-html's, lol-html's selector dialect and its error messages, the handler dispatch and the
 * serialization of rewritten units. Not for use outside miniflare4j.
 */
package io.github.miniflare4j.htmlrewriter.internal;
