package io.github.miniflare4j.htmlrewriter.internal;

/** The namespaces the tree-builder simulation tells apart, with the URIs workerd reports. */
enum Namespace {
  HTML("http://www.w3.org/1999/xhtml"),
  SVG("http://www.w3.org/2000/svg"),
  MATHML("http://www.w3.org/1998/Math/MathML");

  private final String uri;

  Namespace(String uri) {
    this.uri = uri;
  }

  String uri() {
    return uri;
  }
}
