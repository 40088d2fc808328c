package io.github.miniflare4j.htmlrewriter.internal;

/** One attribute of a start tag: its source bytes until a handler changes its value. */
final class Attribute {

  /** The name as written (case kept) and lower-cased. */
  final String name;
  final String lowerName;
  String value;
  /** The original bytes ({@code name=value} as written), null once the value was set. */
  byte[] raw;

  Attribute(String name, String value, byte[] raw) {
    this.name = name;
    this.lowerName = NameRules.asciiLower(name);
    this.value = value;
    this.raw = raw;
  }

  void serialize(Output out) {
    if (raw != null) {
      out.raw(raw);
    } else {
      out.string(name);
      out.string("=\"");
      out.string(Output.escapeQuotes(value));
      out.string("\"");
    }
  }
}
