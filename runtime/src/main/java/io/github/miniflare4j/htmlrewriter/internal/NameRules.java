package io.github.miniflare4j.htmlrewriter.internal;

/** lol-html's validation of tag and attribute names set by handlers; null means valid. */
final class NameRules {

  private NameRules() {}

  static String tagNameError(String name, Output encoding) {
    if (name.isEmpty()) {
      return "Tag name can't be empty.";
    }
    char first = name.charAt(0);
    if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
      return "The first character of the tag name should be an ASCII alphabetical character.";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '/' || c == '>') {
        return "`" + c + "` character is forbidden in the tag name";
      }
    }
    if (!encoding.canEncode(name)) {
      return "The tag name contains a character that can't be represented in the document's character encoding.";
    }
    return null;
  }

  static String attributeNameError(String name, Output encoding) {
    if (name.isEmpty()) {
      return "Attribute name can't be empty.";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '/' || c == '>' || c == '=') {
        return "`" + c + "` character is forbidden in the attribute name";
      }
    }
    if (!encoding.canEncode(name)) {
      return "The attribute name contains a character that can't be represented in the document's character encoding.";
    }
    return null;
  }

  static String asciiLower(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, (char) (c + 32));
      }
    }
    return b == null ? s : b.toString();
  }
}
