package io.github.miniflare4j.htmlrewriter.internal;

/** Content a handler inserts: HTML as is, or text to escape. */
record Content(String text, boolean html) {}
