// Re-record: cd runtime && DEFS_DIR=<dir with this file as lead15-stream.mjs and the oracle's _h.mjs> RECORD_OUT=<out> node /work/wt/oracle/record.mjs lead15-stream
// The Stream binding (Miniflare's `stream: {binding}`): ids, times and the preview's origin are
// replaced by placeholders before the answer is compared.
import { CD, PRELUDE, get } from "./_h.mjs";
const NORMALISE = `
const ids = new Map();
function norm(v) {
  if (Array.isArray(v)) return v.map(norm);
  if (v === null || typeof v !== "object") {
    if (typeof v === "string") {
      v = v.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => { if (!ids.has(id)) ids.set(id, "<id" + ids.size + ">"); return ids.get(id); });
      v = v.replace(/^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$/, "<time>");
      v = v.replace(/^http:\\/\\/[^/]+\\/cdn-cgi/, "<origin>/cdn-cgi");
    }
    return v;
  }
  const out = {};
  for (const [k, x] of Object.entries(v)) out[k] = norm(x);
  return out;
}
async function e(fn) {
  try { const v = await fn(); return { ok: v === undefined ? "undefined" : norm(v) }; }
  catch (err) { return { error: { name: err?.name, message: norm(err?.message), remote: err?.remote } }; }
}`;
const body = (code) => `${PRELUDE}${NORMALISE}
export default { async fetch(req, env) { const S = env.STREAM; const out = {};
${code}
return Response.json(out); } };`;
const defs = [
  {
    name: "lead15-stream-videos", area: "bindings",
    description: "Stream videos: upload from a stream or none, details, update, token shape, list order and limits, delete, errors",
    options: { modules: true, compatibilityDate: CD, stream: { binding: "STREAM" }, script: body(`
out.tag = Object.prototype.toString.call(S);
out.keys = Object.keys(S);
const v = await S.upload(new Blob([new Uint8Array([1, 2, 3, 4, 5])]).stream(), { creator: "me", meta: { name: "clip" }, allowedOrigins: ["example.com"], thumbnailTimestampPct: 0.5 });
out.upload = norm(v);
out.pending = await e(() => S.upload(null));
out.bytes = await e(() => S.upload(new Uint8Array([9, 9]).buffer));
out.details = await e(() => S.video(v.id).details());
out.missing = await e(() => S.video("nope").details());
out.update = await e(() => S.video(v.id).update({ meta: { x: 1 }, requireSignedURLs: true, scheduledDeletion: "2030-01-01T00:00:00Z", maxDurationSeconds: 60 }));
out.updateCreator = await e(async () => (await S.video(v.id).update({ creator: null })).creator);
out.updateMissing = await e(() => S.video("nope").update({}));
out.token = await e(async () => { const t = JSON.parse(atob(await S.video(v.id).generateToken())); return { keys: Object.keys(t), sub: t.sub === v.id, kid: t.kid, exp: typeof t.exp }; });
out.tokenMissing = await e(() => S.video("nope").generateToken());
out.list = await e(async () => (await S.videos.list()).map((x) => x.status.state));
out.listLimit = await e(async () => (await S.videos.list({ limit: 1 })).map((x) => x.status.state));
out.listBefore = await e(async () => (await S.videos.list({ before: "2000-01-01T00:00:00.000Z" })).length);
out.listAfter = await e(async () => (await S.videos.list({ after: "2000-01-01T00:00:00.000Z", afterComp: "gt", limit: 5 })).length);
out.listBad = await e(() => S.videos.list({ before: "2100-01-01", beforeComp: "xx" }));
out.direct = await e(() => S.createDirectUpload({}));
out.watch = await e(async () => { const r = await S.fetch(v.preview); return [r.status, r.headers.get("content-type"), r.headers.get("content-length"), [...new Uint8Array(await r.arrayBuffer())]]; });
out.watchOther = await e(async () => { const r = await S.fetch("http://x/other"); return [r.status, await r.text()]; });
out.watchMissing = await e(async () => { const r = await S.fetch("http://x/cdn-cgi/mf/stream/nope/watch"); return [r.status, await r.text()]; });
out.del = await e(() => S.video(v.id).delete());
out.delAgain = await e(() => S.video(v.id).delete());
out.afterDelete = await e(async () => (await S.videos.list()).length);
`) },
    steps: [get("/")],
  },
  {
    name: "lead15-stream-captions-downloads-watermarks", area: "bindings",
    description: "Stream captions (labels, order, delete), downloads (types, delete) and watermarks (defaults, range checks, list, get, delete)",
    options: { modules: true, compatibilityDate: CD, stream: { binding: "STREAM" }, script: body(`
const v = await S.upload(new Blob(["video"]).stream());
const C = S.video(v.id).captions;
out.capGen = await e(() => C.generate("fr"));
out.capUp = await e(() => C.upload("de", new Blob(["WEBVTT"]).stream()));
out.capUpAgain = await e(() => C.upload("de", new Blob(["WEBVTT 2"]).stream()));
out.capEs = await e(() => C.generate("es-MX"));
out.capList = await e(() => C.list());
out.capListLang = await e(() => C.list("de"));
out.capListNone = await e(() => C.list("it"));
out.capDel = await e(() => C.delete("de"));
out.capDelMissing = await e(() => C.delete("de"));
out.capMissingVideo = await e(() => S.video("nope").captions.list());
const D = S.video(v.id).downloads;
out.dlGen = await e(() => D.generate());
out.dlGenAudio = await e(() => D.generate("audio"));
out.dlGet = await e(() => D.get());
out.dlDel = await e(() => D.delete("audio"));
out.dlDelMissing = await e(() => D.delete("audio"));
out.dlMissingVideo = await e(() => S.video("nope").downloads.get());
out.wm = await e(() => S.watermarks.generate(new Blob(["PNG"]).stream(), { name: "logo", opacity: 0.5 }));
out.wmDefaults = await e(() => S.watermarks.generate(new Blob(["PNGPNG"]).stream(), {}));
out.wmOpacity = await e(() => S.watermarks.generate(new Blob(["PNG"]).stream(), { opacity: 2 }));
out.wmPadding = await e(() => S.watermarks.generate(new Blob(["PNG"]).stream(), { padding: -0.1 }));
out.wmScale = await e(() => S.watermarks.generate(new Blob(["PNG"]).stream(), { scale: 1.5 }));
out.wmList = await e(async () => (await S.watermarks.list()).map((w) => w.name));
out.wmGetMissing = await e(() => S.watermarks.get("nope"));
const first = (await S.watermarks.list())[0];
out.wmGet = await e(async () => (await S.watermarks.get(first.id)).size);
out.wmDel = await e(() => S.watermarks.delete(first.id));
out.wmDelMissing = await e(() => S.watermarks.delete(first.id));
out.videoDelete = await e(() => S.video(v.id).delete());
out.capAfterDelete = await e(() => C.list());
`) },
    steps: [get("/")],
  },
];
export default defs;
