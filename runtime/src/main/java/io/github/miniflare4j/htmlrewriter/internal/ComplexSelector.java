package io.github.miniflare4j.htmlrewriter.internal;

import java.util.List;

/**
 * One selector of a list: compounds from left to right; {@code child[k]} tells whether the
 * combinator between compound k and k+1 is {@code >} (else descendant).
 */
record ComplexSelector(List<List<Condition>> compounds, boolean[] child) {

  int size() {
    return compounds.size();
  }

  boolean compoundMatches(int k, ElementFacts element) {
    for (Condition c : compounds.get(k)) {
      if (!c.test(element)) {
        return false;
      }
    }
    return true;
  }
}
