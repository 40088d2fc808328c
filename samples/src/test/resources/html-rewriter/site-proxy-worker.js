// A reverse proxy in front of a legacy site, rewriting its pages with HTMLRewriter as they
// stream through (the page is never held whole):
//   - links to the legacy origin become relative, so visitors stay on the new host;
//   - links to other sites get target="_blank" and rel="noopener";
//   - a banner (the var BANNER, HTML) is injected at the top of <body>;
//   - the <title> gets the suffix " | New Site";
//   - legacy tracking scripts (<script data-legacy>) are dropped.
// Anything that is not HTML passes through untouched.
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const upstream = await fetch(env.ORIGIN + url.pathname + url.search);
    const type = upstream.headers.get("content-type") ?? "";
    if (!type.startsWith("text/html")) return upstream;
    return new HTMLRewriter()
      .on("a[href]", new LinkRewriter(env.ORIGIN))
      .on("body", { element(body) { body.prepend(`<div class="banner">${env.BANNER}</div>`, { html: true }); } })
      .on("title", { text(chunk) { if (chunk.lastInTextNode) chunk.after(" | New Site"); } })
      .on("script[data-legacy]", { element(script) { script.remove(); } })
      .transform(upstream);
  },
};

/** A handler object: HTMLRewriter calls element() with this object as `this`. */
class LinkRewriter {
  constructor(origin) {
    this.origin = origin;
  }

  element(link) {
    const href = link.getAttribute("href");
    if (href.startsWith(this.origin)) {
      link.setAttribute("href", href.slice(this.origin.length) || "/");
    } else if (/^https?:\/\//.test(href)) {
      link.setAttribute("target", "_blank");
      link.setAttribute("rel", "noopener");
    }
  }
}
