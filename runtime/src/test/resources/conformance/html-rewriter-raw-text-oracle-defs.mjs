import { modWorker, get } from "./_h.mjs";
const HR_PRELUDE = `
async function rw(html, build) { return await build(new HTMLRewriter()).transform(new Response(html, { headers: { "content-type": "text/html" } })).text(); }
async function rwChunks(parts, build) {
  const enc = new TextEncoder();
  const body = new ReadableStream({ start(c) { for (const p of parts) c.enqueue(enc.encode(p)); c.close(); } });
  return await build(new HTMLRewriter()).transform(new Response(body, { headers: { "content-type": "text/html" } })).text();
}
function spy(log) {
  return (r) => r
    .on("script, style, textarea, title, p, b, i", { element(e) { log.push("<" + e.tagName + ">"); e.setAttribute("seen", "1"); e.onEndTag((end) => log.push("</" + end.name + ">")); }, text(t) { log.push(JSON.stringify(t.text) + (t.lastInTextNode ? "$" : "")); } })
    .onDocument({ comments(c) { log.push("comment:" + c.text); } });
}
`;
const hrCase = (name, description, body) => ({
  name, area: "html-rewriter", description,
  options: modWorker(`${HR_PRELUDE}    const out = {};\n${body}\n    return Response.json(out);`),
  steps: [get("/")],
});
const doc = (name, description, html) => hrCase(name, description, `
    const log = [];
    out.html = await rw(${JSON.stringify(html)}, spy(log));
    out.log = log;
    const split = [];
    const h = ${JSON.stringify(html)};
    const parts = []; for (let i = 0; i < h.length; i += 3) parts.push(h.slice(i, i + 3));
    out.splitHtml = await rwChunks(parts, spy(split));
    out.same = out.splitHtml === out.html;`);
export default [
  doc("html-rewriter-script-escapes", "script data: <!-- escapes, a double-escaped <script> inside, </script inside strings",
    '<script>var a = "<!--"; if (a < b) {}</script><p>one</p><script><!-- <script>document.write("</script>")</script> --></script><p>two</p><script><!-- x --> </script><b>three</b>'),
  doc("html-rewriter-script-escape-edges", "script data: <!--> and <!---> and unclosed escapes, case-insensitive </SCRIPT>, </script followed by space and slash",
    '<script><!--></script><i>a</i><script><!---></script><i>b</i><script><!--<script></SCRIPT >x--></script/><i>c</i><script>a<!--b<scriptx>c</script><i>d</i><script>if (x<!--y) z--></script ><p>e</p>'),
  doc("html-rewriter-rcdata-rawtext", "title and textarea RCDATA, style RAWTEXT: markup inside is text, only the matching end tag ends it",
    '<title>a <b>b</b> &amp; </titlex> </title><p>1</p><textarea><p>not a p</p></textarea ><p>2</p><style>p > b { } <!-- </style><p>3</p><style></style><xmp><b>x</b></xmp><b>4</b>'),
  doc("html-rewriter-raw-unclosed", "an unclosed script swallows the rest of the document as text",
    '<p>x</p><script>var s = "<p>never</p>";<!-- <script> </script>'),
];
