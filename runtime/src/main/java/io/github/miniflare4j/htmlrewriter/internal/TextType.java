package io.github.miniflare4j.htmlrewriter.internal;

/** The tokenizer's text states: how text after a start tag is read until its end tag. */
enum TextType {
  DATA,
  RCDATA,
  RAWTEXT,
  SCRIPT_DATA,
  PLAINTEXT,
  CDATA_SECTION
}
