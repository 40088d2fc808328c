// The html-rewriter benchmark: a 1 MiB page, built once, rewritten on every request by three
// handlers (links made absolute, a class on every item, the text of every paragraph seen).
const blocks = [];
let size = 0;
for (let i = 0; size < 1024 * 1024; i++) {
  const block = `<div class="item" id="i${i}"><h2>Item ${i}</h2><p>Item ${i} is <a href="/item/${i}">here</a> &amp; <em>there</em>.</p><img src="/i/${i}.png" alt=""></div>\n`;
  blocks.push(block);
  size += block.length;
}
const PAGE = `<!DOCTYPE html><html><head><title>Catalog</title></head><body>${blocks.join("")}</body></html>`;

export default {
  async fetch() {
    let texts = 0;
    return new HTMLRewriter()
      .on("a[href^='/']", { element(e) { e.setAttribute("href", "https://example.com" + e.getAttribute("href")); } })
      .on("div.item", { element(e) { e.setAttribute("class", "item rewritten"); } })
      .on("p", { text() { texts++; } })
      .transform(new Response(PAGE, { headers: { "content-type": "text/html" } }));
  },
};
