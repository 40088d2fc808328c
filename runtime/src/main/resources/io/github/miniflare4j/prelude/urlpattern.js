// URLPattern (WHATWG URL Pattern Standard) as workerd exposes it: the class is here, its
// implementation (urlpattern-impl.js: the pattern parser, the regular expressions, exec/test) is
// loaded on the first pattern constructed. Before urlpattern_standard (2025-05-01) workerd's
// earlier variant: errors read "Syntax error in URL Pattern: ...", no hasRegExpGroups.

// @imports illegalInvocation, defineGlobal, newOnly, lazyModule, onConfigure, compatFlag from core.js

// ---- URLPattern

const kPattern = Symbol("url pattern");

class URLPattern {
  constructor(input = {}, baseURL = undefined, options = undefined) {
    if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
      throw new TypeError("Failed to construct 'URLPattern': constructor parameter 3 is not of type 'URLPatternOptions'.");
    }
    const components = lazyModule("urlpattern-impl.js").compilePattern(input, baseURL, options);
    Object.defineProperty(this, kPattern, { value: components });
  }
  get protocol() { return patternComponents(this).protocol.pattern; }
  get username() { return patternComponents(this).username.pattern; }
  get password() { return patternComponents(this).password.pattern; }
  get hostname() { return patternComponents(this).hostname.pattern; }
  get port() { return patternComponents(this).port.pattern; }
  get pathname() { return patternComponents(this).pathname.pattern; }
  get search() { return patternComponents(this).search.pattern; }
  get hash() { return patternComponents(this).hash.pattern; }
  test(input = {}, baseURL = undefined) {
    return lazyModule("urlpattern-impl.js").matchUrlPattern(patternComponents(this), input, baseURL) !== null;
  }
  exec(input = {}, baseURL = undefined) {
    return lazyModule("urlpattern-impl.js").matchUrlPattern(patternComponents(this), input, baseURL, "exec");
  }
}
// the current standard's hasRegExpGroups, from urlpattern_standard (2025-05-01)
onConfigure(() => {
  if (!compatFlag("urlpattern_standard", "2025-05-01", "urlpattern_original")) return;
  Object.defineProperty(URLPattern.prototype, "hasRegExpGroups", {
    get() {
      const c = patternComponents(this);
      return Object.values(c).some((component) => component.hasRegExp);
    },
    enumerable: true, configurable: true,
  });
});
Object.defineProperty(URLPattern.prototype, Symbol.toStringTag, { value: "URLPattern", configurable: true });

function patternComponents(pattern) {
  const components = pattern?.[kPattern];
  if (!components) throw illegalInvocation();
  return components;
}

defineGlobal("URLPattern", newOnly(URLPattern, "URLPattern"));
