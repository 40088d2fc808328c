// Oracle definitions of the webapi2-d2024-* cases (project cases replayed at compatibility date 2024-06-01)
// and webapi2-request-url-*: put this file beside the oracle's defs/_h.mjs, set RECORDED_WEB_API to this
// project's runtime/src/test/resources/conformance/recorded/web-api folder, and re-record.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { modWorker, get } from "./_h.mjs";
const DIR = process.env.RECORDED_WEB_API;
const REPLAYED = ["nodereq-illegal-invocation", "web-api-blob-file", "web-api-body-mixin-types", "web-api-cache-put-match-semantics", "web-api-events-eventtarget-details", "web-api-fetch-schemes-data-urls-errors", "web-api-headers-validation-iteration", "web-api-null-body-status-blob-type-cache-mode", "web-api-request-init-edges", "web-api-request-response-ctor-validation", "web-api-request-response-edges", "web-api-response-init-edges", "webapi2-blob-file-details", "webapi2-body-readers", "webapi2-formdata-details", "webapi2-headers-guards-combining", "webapi2-request-response-statics"];
const replayed = DIR === undefined ? [] : REPLAYED.map((name) => {
  const c = JSON.parse(readFileSync(join(DIR, name + ".json"), "utf8"));
  return { name: "webapi2-d2024-" + name, area: "web-api", description: "at compatibility date 2024-06-01 (before fetch_standard_url, set_tostring_tag, upper_case_all_http_methods, cache_option_enabled): " + c.description,
    options: { ...c.options, compatibilityDate: "2024-06-01" }, steps: c.steps.map((s) => ({ request: s.request })) };
});
const body = `
    const inputs = ["https://example.com", "HTTPS://EXAMPLE.com/A/../b?q=1 2#f", "http://x/a b/\\u00e9", "/path", "path", "http://x:80/", "https://x:443/y", "http://x/%7e", "http://user:pw@x/", "ftp://x/", "data:text/plain,hi", "http://x/?a=\\u00e9&b=%zz", "  http://x/  ", "http://x\\\\y", "http://x/a/./b/../c"];
    const out = {};
    out.request = inputs.map((i) => { try { return new Request(i).url; } catch (e) { return e.name + ": " + e.message; } });
    out.fetch = [];
    for (const i of ["/path", "path"]) { try { await fetch(i); out.fetch.push("ok"); } catch (e) { out.fetch.push(e.name + ": " + e.message); } }
    out.redirect = ["/rel", "http://x/a b"].map((i) => { try { return Response.redirect(i).headers.get("location"); } catch (e) { return e.name + ": " + e.message; } });
    out.cloneUrl = (() => { try { return new Request(new Request("/p")).url; } catch (e) { return e.name + ": " + e.message; } })();
    out.urlOf = (() => { try { return new URL(new Request("/p").url).href; } catch (e) { return e.name + ": " + e.message; } })();
    return Response.json(out);`;
const requestUrls = ["2024-06-01", "2024-06-03"].map((d) => ({ name: `webapi2-request-url-${d}`, area: "web-api", description: `Request URLs at ${d}: fetch_standard_url (2024-06-03) parses them with the URL Standard; before, workerd keeps the text`, options: modWorker(body, { compatibilityDate: d }), steps: [get("/")] }));

export default [...replayed, ...requestUrls];
