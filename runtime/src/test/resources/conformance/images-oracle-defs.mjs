// Re-record: copy this file and /work/wt/oracle/defs/_h.mjs into a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs images
import { modWorker, get } from "./_h.mjs";

// Images made with sharp (BIGJPEG 1201x803 and TALLJPEG 333x1000, flat colour; PNG 4x3 RGB, PNGA 5x2 RGBA, JPEG 8x6, GIF 3x3, WEBP 7x5, AVIF 6x4), an SVG and a 2x1 BMP.
export const IMGS = {
  "BIGJPEG": "/9j/2wBDABsSFBcUERsXFhceHBsgKEIrKCUlKFE6PTBCYFVlZF9VXVtqeJmBanGQc1tdhbWGkJ6jq62rZ4C8ybqmx5moq6T/2wBDARweHigjKE4rK06kbl1upKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKT/wAARCAMjBLEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAL/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFgEBAQEAAAAAAAAAAAAAAAAAAAIE/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AsBDIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA//2Q==",
  "TALLJPEG": "/9j/2wBDABsSFBcUERsXFhceHBsgKEIrKCUlKFE6PTBCYFVlZF9VXVtqeJmBanGQc1tdhbWGkJ6jq62rZ4C8ybqmx5moq6T/2wBDARweHigjKE4rK06kbl1upKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKT/wAARCAPoAU0DASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAP/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFgEBAQEAAAAAAAAAAAAAAAAAAAEE/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AmArWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/9k=",
  "PNG": "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVR4nGP4z8AARwgWOgcA9TEL9VuTca0AAAAASUVORK5CYII=",
  "PNGA": "iVBORw0KGgoAAAANSUhEUgAAAAUAAAACCAYAAACQahZdAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVR4nGNgYPjfgImxCAIALewO9+bRM7AAAAAASUVORK5CYII=",
  "JPEG": "/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAGAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAB//EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/ALoAfAr/2Q==",
  "GIF": "R0lGODlhAwADAIAAAExpcQAA/yH5BAUAAAAALAAAAAADAAMAAAIDjH8FADs=",
  "WEBP": "UklGRi4AAABXRUJQVlA4ICIAAABwAQCdASoHAAUAAUAmJZQCdAFAAAD+/DeBV/fU6D4r4AAA",
  "AVIF": "AAAAHGZ0eXBhdmlmAAAAAG1pZjFhdmlmbWlhZgAAANZtZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAAAA5waXRtAAAAAAABAAAAImlsb2MAAAAAREAAAQABAAAAAAD6AAEAAAAAAAAAGgAAACNpaW5mAAAAAAABAAAAFWluZmUCAAAAAAEAAGF2MDEAAAAAVmlwcnAAAAA4aXBjbwAAAAxhdjFDgSACAAAAABRpc3BlAAAAAAAAAAYAAAAEAAAAEHBpeGkAAAAAAwgICAAAABZpcG1hAAAAAAAAAAEAAQOBAgMAAAAibWRhdBIACgg4CG7CAhoNIDIMGAAAAEAAsBNLCw9D",
  "SVG": "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxMCIgaGVpZ2h0PSIyMCI+PHJlY3Qgd2lkdGg9IjEwIiBoZWlnaHQ9IjIwIiBmaWxsPSJyZWQiLz48L3N2Zz4=",
  "BMP": "Qk0+AAAAAAAAADYAAAAoAAAAAgAAAAEAAAABABgAAAAAAAgAAAATCwAAEwsAAAAAAAAAAAAAAAD/AP8AAAA="
};

const helpers = `
const IMGS = ${JSON.stringify(IMGS)};
const bytesOf = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const st = (k) => new Blob([bytesOf(IMGS[k])]).stream();
const textStream = (s) => new Blob([s]).stream();
const dims = (i) => i && typeof i === "object" ? { format: i.format, width: i.width, height: i.height } : i;
async function e(fn) {
  try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; }
  catch (x) { return { error: { name: x?.name, ctor: x?.constructor?.name, message: String(x?.message).split("\\n")[0], code: x?.code } }; }
}
async function run(env, k, transforms, options) {
  let tr = env.IMAGES.input(st(k));
  for (const x of transforms) tr = tr.transform(x);
  const r = await tr.output(options);
  const ct = r.contentType();
  const bytes = new Uint8Array(await new Response(r.image()).arrayBuffer());
  let info;
  try { info = dims(await env.IMAGES.info(new Blob([bytes]).stream())); } catch (x) { info = String(x.message).split("\\n")[0]; }
  return { ct, info };
}
`;

const imagesCase = (name, description, body, extra = {}) => ({
  name, area: "images", description,
  options: modWorker(`${helpers}\n    const out = {};\n${body}\n    return Response.json(out);`, { images: { binding: "IMAGES" }, ...extra }),
  steps: [get("/")],
});

export default [
  imagesCase("images-info-formats", "info() of each input format", `
    for (const k of ["PNG", "PNGA", "JPEG", "GIF", "WEBP", "AVIF", "SVG", "BMP"]) out[k] = await e(() => env.IMAGES.info(st(k)));
    out.base64 = await e(() => env.IMAGES.info(textStream(IMGS.PNG), { encoding: "base64" }));
    out.garbage = await e(() => env.IMAGES.info(textStream("hello world")));
    out.empty = await e(() => env.IMAGES.info(new Blob([]).stream()));
  `),
  imagesCase("images-shape", "binding, transformer and result shapes", `
    const b = env.IMAGES;
    out.keys = Object.keys(env);
    out.ctor = b.constructor.name;
    out.proto = Object.getOwnPropertyNames(Object.getPrototypeOf(b)).sort();
    out.hostedType = typeof b.hosted;
    out.hostedCtor = b.hosted.constructor.name;
    out.hostedProto = Object.getOwnPropertyNames(Object.getPrototypeOf(b.hosted)).sort();
    const tr = b.input(st("PNG"));
    out.trCtor = tr.constructor.name;
    out.trProto = Object.getOwnPropertyNames(Object.getPrototypeOf(tr)).sort();
    out.chain = tr.transform({ width: 2 }) === tr;
    const r = await tr.output({ format: "image/png" });
    out.resCtor = r.constructor.name;
    out.resProto = Object.getOwnPropertyNames(Object.getPrototypeOf(r)).sort();
    out.ct = r.contentType();
    const resp = r.response();
    out.respStatus = resp.status;
    out.respCt = resp.headers.get("content-type");
    out.respHeaders = [...resp.headers.keys()];
    out.respInfo = dims(await b.info(resp.body));
    out.infoPromise = b.info(st("PNG")) instanceof Promise;
    out.outputPromise = b.input(st("PNG")).output({ format: "image/png" }) instanceof Promise;
  `),
  imagesCase("images-transform-resize", "resize with fit contain, rotate", `
    out.w8 = await e(() => run(env, "PNG", [{ width: 8 }], { format: "image/png" }));
    out.h9 = await e(() => run(env, "PNG", [{ height: 9 }], { format: "image/png" }));
    out.both = await e(() => run(env, "PNG", [{ width: 10, height: 10 }], { format: "image/png" }));
    out.bothOne = await e(() => run(env, "PNG", [{ width: 10 }, { height: 10 }], { format: "image/png" }));
    out.odd = await e(() => run(env, "JPEG", [{ width: 5 }], { format: "image/jpeg" }));
    out.odd2 = await e(() => run(env, "JPEG", [{ height: 5 }], { format: "image/jpeg" }));
    out.shrink = await e(() => run(env, "PNGA", [{ width: 2 }], { format: "image/png" }));
    out.float = await e(() => run(env, "PNG", [{ width: 7.6 }], { format: "image/png" }));
    out.zero = await e(() => run(env, "PNG", [{ width: 0 }], { format: "image/png" }));
    out.r90 = await e(() => run(env, "PNG", [{ rotate: 90 }], { format: "image/png" }));
    out.r180 = await e(() => run(env, "PNG", [{ rotate: 180 }], { format: "image/png" }));
    out.r270 = await e(() => run(env, "JPEG", [{ rotate: 270 }], { format: "image/jpeg" }));
    out.rneg90 = await e(() => run(env, "JPEG", [{ rotate: -90 }], { format: "image/jpeg" }));
    out.r90w = await e(() => run(env, "PNG", [{ rotate: 90 }, { width: 6 }], { format: "image/png" }));
    out.wr90 = await e(() => run(env, "PNG", [{ width: 8 }, { rotate: 90 }], { format: "image/png" }));
    out.rw = await e(() => run(env, "PNG", [{ rotate: 90, width: 6 }], { format: "image/png" }));
    out.twoW = await e(() => run(env, "PNG", [{ width: 8 }, { width: 2 }], { format: "image/png" }));
    out.index1 = await e(() => run(env, "PNG", [{ width: 8, imageIndex: 1 }], { format: "image/png" }));
    out.ignored = await e(() => run(env, "PNG", [{ blur: 3, fit: "cover", brightness: 2 }], { format: "image/png" }));
    out.gifIn = await e(() => run(env, "GIF", [{ width: 6 }], { format: "image/png" }));
    out.noTransforms = await e(() => run(env, "JPEG", [], { format: "image/png" }));
  `),
  imagesCase("images-output-formats", "output formats and content types", `
    out.png = await e(() => run(env, "JPEG", [], { format: "image/png" }));
    out.jpeg = await e(() => run(env, "PNG", [], { format: "image/jpeg" }));
    out.jpegQ = await e(() => run(env, "PNG", [], { format: "image/jpeg", quality: 50 }));
    out.bg = await e(() => run(env, "PNGA", [], { format: "image/jpeg", background: "#ffffff" }));
    out.unknown = await e(() => run(env, "PNG", [], { format: "image/tiff" }));
    out.none = await e(() => run(env, "PNG", [], {}));
    out.gif = await e(() => run(env, "PNG", [], { format: "image/gif" }));
    out.rgb = await e(() => run(env, "PNG", [], { format: "rgb" }));
    out.rgba = await e(() => run(env, "PNG", [], { format: "rgba" }));
    out.webp = await e(() => run(env, "PNG", [], { format: "image/webp" }));
    out.webpAlpha = await e(() => run(env, "PNGA", [{ width: 10 }], { format: "image/webp" }));
    out.webpFromJpeg = await e(() => run(env, "JPEG", [{ rotate: 90, height: 4 }], { format: "image/webp" }));
    out.webpResponse = await e(async () => { const r = (await env.IMAGES.input(st("GIF")).output({ format: "image/webp" })).response(); return [r.headers.get("content-type"), dims(await env.IMAGES.info(r.body))]; });
  `),
  imagesCase("images-errors", "errors of transforms, inputs and consumed transformers", `
    out.badWidth = await e(() => run(env, "PNG", [{ width: "8" }], { format: "image/png" }));
    out.badRotate = await e(() => run(env, "PNG", [{ rotate: "90" }], { format: "image/png" }));
    out.badIndex = await e(() => run(env, "PNG", [{ imageIndex: "0" }], { format: "image/png" }));
    out.garbage = await e(() => env.IMAGES.input(textStream("nope")).output({ format: "image/png" }).then((r) => r.contentType()));
    out.bmp = await e(() => run(env, "BMP", [], { format: "image/png" }));
    const tr = env.IMAGES.input(st("PNG"));
    await tr.output({ format: "image/png" });
    out.twice = await e(() => tr.output({ format: "image/png" }));
    out.transformAfter = await e(() => tr.transform({ width: 1 }) === tr);
    const child = env.IMAGES.input(st("PNGA"));
    const canvas = env.IMAGES.input(st("JPEG")).draw(child, { top: 1, left: 1 });
    out.drawChain = canvas instanceof Object;
    out.drawConsumed = await e(() => env.IMAGES.input(st("JPEG")).draw(child));
    out.draw = await e(() => run(env, "JPEG", [], { format: "image/png" }));
    out.drawResult = await e(async () => { const r = await canvas.output({ format: "image/png" }); return dims(await env.IMAGES.info(r.image())); });
    out.drawStream = await e(async () => { const r = await env.IMAGES.input(st("JPEG")).draw(st("PNG"), { opacity: 0.5 }).transform({ width: 4 }).output({ format: "image/png" }); return dims(await env.IMAGES.info(r.image())); });
    out.imageB64 = await e(async () => { const r = await env.IMAGES.input(textStream(IMGS.PNG), { encoding: "base64" }).output({ format: "image/png" }); const t = await new Response(r.image({ encoding: "base64" })).text(); return dims(await env.IMAGES.info(textStream(t), { encoding: "base64" })); });
  `),
  imagesCase("images-hosted", "hosted images upload, list, details, update, delete", `
    const h = env.IMAGES.hosted;
    const strip = (m) => m && typeof m === "object" ? { ...m, uploaded: typeof m.uploaded } : m;
    out.up1 = strip(await h.upload(bytesOf(IMGS.PNG).buffer, { id: "b-img", filename: "a.png", metadata: { k: 1 }, creator: "me" }));
    out.up2 = strip(await h.upload(st("JPEG"), { id: "a-img" }));
    const auto = await h.upload(st("GIF"));
    out.autoId = [typeof auto.id, auto.id.length, auto.filename];
    out.upB64 = strip(await h.upload(textStream(IMGS.PNG), { id: "c-img", encoding: "base64" }));
    await h.image(auto.id).delete();
    const list = await h.list();
    out.list = { ...list, images: list.images.map(strip).map((i) => i.id) };
    out.listKeys = Object.keys(list);
    out.listCreator = (await h.list({ creator: "me" })).images.map((i) => i.id);
    out.listLimit = await h.list({ limit: 1 }).then((l) => ({ ids: l.images.map((i) => i.id), cursor: l.cursor, listComplete: l.listComplete }));
    out.details = strip(await h.image("b-img").details());
    out.detailsMissing = await h.image("nope").details();
    const bytes = await h.image("c-img").bytes();
    out.bytesInfo = dims(await env.IMAGES.info(bytes));
    out.bytesMissing = await h.image("nope").bytes();
    out.update = strip(await h.image("b-img").update({ requireSignedURLs: true, metadata: { k: 2 } }));
    out.updateMissing = await e(() => h.image("nope").update({}));
    out.del = await h.image("a-img").delete();
    out.delAgain = await h.image("a-img").delete();
    out.after = (await h.list()).images.map((i) => i.id);
  `),
  imagesCase("images-transform-more", "free rotations, letterboxes, draws that resize the canvas, default formats", `
    out.r45 = await e(() => run(env, "PNG", [{ rotate: 45 }], { format: "image/png" }));
    out.r30 = await e(() => run(env, "JPEG", [{ rotate: 30 }], { format: "image/png" }));
    out.rNeg30 = await e(() => run(env, "JPEG", [{ rotate: -30 }], { format: "image/jpeg" }));
    out.r45w = await e(() => run(env, "PNG", [{ rotate: 45 }, { width: 8 }], { format: "image/png" }));
    out.w8r45 = await e(() => run(env, "PNG", [{ width: 8 }, { rotate: 45 }], { format: "image/png" }));
    out.bothR90 = await e(() => run(env, "PNG", [{ width: 10, height: 10 }, { rotate: 90 }], { format: "image/png" }));
    out.h10R90 = await e(() => run(env, "JPEG", [{ height: 10 }, { rotate: 90 }], { format: "image/png" }));
    out.r360 = await e(() => run(env, "PNG", [{ rotate: 360 }, { width: 2 }], { format: "image/png" }));
    out.twoRotations = await e(() => run(env, "PNG", [{ rotate: 90 }, { rotate: 180 }], { format: "image/png" }));
    out.wide = await e(() => run(env, "JPEG", [{ width: 20, height: 5 }], { format: "image/jpeg" }));
    out.tall = await e(() => run(env, "PNGA", [{ width: 3, height: 9 }], { format: "image/png" }));
    out.tiny = await e(() => run(env, "JPEG", [{ width: 1 }], { format: "image/png" }));
    out.neg = await e(() => run(env, "PNG", [{ width: -4 }], { format: "image/png" }));
    out.negH = await e(() => run(env, "PNG", [{ height: -1.5 }], { format: "image/png" }));
    out.floatH = await e(() => run(env, "PNG", [{ width: 3, height: 2.5 }], { format: "image/png" }));
    out.index0 = await e(() => run(env, "PNG", [{ width: 8, imageIndex: 0 }], { format: "image/png" }));
    out.gifDefault = await e(() => run(env, "GIF", [{ width: 6 }], {}));
    out.jpegDefault = await e(() => run(env, "JPEG", [{ height: 3 }], { format: "image/bmp" }));
    out.drawResize = await e(async () => { const r = await env.IMAGES.input(st("PNG")).draw(st("JPEG"), { width: 2, top: 0 }).output({ format: "image/png" }); return dims(await env.IMAGES.info(r.image())); });
    out.drawChildTransforms = await e(async () => { const child = env.IMAGES.input(st("JPEG")).transform({ width: 40 }); const r = await env.IMAGES.input(st("PNG")).draw(child.transform({ rotate: 90 })).output({ format: "image/png" }); return dims(await env.IMAGES.info(r.image())); });
    out.nestedTransforms = await e(() => run(env, "PNG", [{ width: 8, extra: { deep: [1, 2] } }, { height: 1 }], { format: "image/png" }));
  `),
  imagesCase("images-result-api", "results, streams and argument errors", `
    const b = env.IMAGES;
    const r = await b.input(st("PNG")).transform({ width: 2 }).output({ format: "image/jpeg" });
    const s1 = r.image();
    out.sameStream = s1 === r.image();
    out.streamType = s1 instanceof ReadableStream;
    out.first = dims(await b.info(s1));
    const r2 = await b.input(st("PNG")).output({ format: "image/png" });
    const resp = r2.response();
    out.respBodyUsed = resp.bodyUsed;
    out.respInfo = dims(await b.info(resp.body));
    const r3 = await b.input(st("JPEG")).output({ format: "image/png" });
    out.base64Text = await e(async () => { const t = await new Response(r3.image({ encoding: "base64" })).text(); return [typeof t, t.slice(0, 8), /^[A-Za-z0-9+\\/]+=*$/.test(t)]; });
    out.b64Jpeg = await e(async () => dims(await b.info(new Blob([IMGS.JPEG]).stream(), { encoding: "base64" })));
    out.b64Input = await e(async () => { const o = await b.input(new Blob([IMGS.GIF]).stream(), { encoding: "base64" }).transform({ height: 6 }).output({ format: "image/png" }); return dims(await b.info(o.image())); });
    out.noOptions = await e(() => b.input(st("PNG")).output());
    out.noOptionsThenOutput = await e(async () => { const tr = b.input(st("PNG")); try { await tr.output(); } catch {} return (await tr.output({ format: "image/png" })).contentType(); });
    out.qualityNull = await e(() => b.input(st("PNG")).output({ format: "image/png", quality: null }));
    out.qualityOk = await e(async () => (await b.input(st("PNG")).output({ format: "image/jpeg", quality: 10, anim: false, background: "red" })).contentType());
    out.transformReturns = b.input(st("PNG")).transform({}).constructor.name;
    out.drawReturns = (() => { const t = b.input(st("PNG")); return t.draw(st("PNG")) === t; })();
    out.errCode = await e(async () => { try { await b.input(st("PNG")).output({ format: "image/gif" }); } catch (x) { return [x instanceof Error, typeof x.code, Object.keys(x), x.name, x.stack.split("\\n")[0]]; } });
  `),
  imagesCase("images-hosted-more", "hosted images sort order, cursors, base64 buffers, updates", `
    const h = env.IMAGES.hosted;
    for (const id of ["m1", "m2", "m3", "m4"]) await h.upload(st("PNG"), { id, creator: id === "m2" || id === "m4" ? "c" : undefined });
    out.desc = (await h.list({ sortOrder: "desc" })).images.map((i) => i.id);
    const p1 = await h.list({ limit: 2 });
    out.p1 = [p1.images.map((i) => i.id), p1.cursor, p1.listComplete];
    const p2 = await h.list({ limit: 2, cursor: p1.cursor });
    out.p2 = [p2.images.map((i) => i.id), p2.cursor, p2.listComplete];
    const p3 = await h.list({ limit: 3, cursor: "unknown" });
    out.p3 = [p3.images.map((i) => i.id), p3.cursor, p3.listComplete];
    out.limit0 = await h.list({ limit: 0 }).then((l) => [l.images.length, l.cursor, l.listComplete]);
    out.creator = (await h.list({ creator: "c", sortOrder: "desc" })).images.map((i) => i.id);
    out.noCreator = (await h.list({ creator: "nobody" })).images.length;
    const d = await h.image("m1").details();
    out.isoUploaded = /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$/.test(d.uploaded);
    out.keysM1 = Object.keys(d);
    out.keysM2 = Object.keys(await h.image("m2").details());
    out.upBuf = await h.upload(new TextEncoder().encode(IMGS.PNG).buffer, { id: "buf", encoding: "base64" }).then((m) => m.id);
    out.bufInfo = dims(await env.IMAGES.info(await h.image("buf").bytes()));
    out.upU8 = await h.upload(bytesOf(IMGS.JPEG), { id: "u8", filename: "x.jpg", requireSignedURLs: true }).then((m) => [m.filename, m.requireSignedURLs]);
    out.u8Info = dims(await env.IMAGES.info(await h.image("u8").bytes()));
    out.updCreator = await h.image("m1").update({ creator: "z" }).then((m) => [m.creator, m.meta, m.requireSignedURLs]);
    out.updKeep = await h.image("u8").update({}).then((m) => [m.filename, m.requireSignedURLs, m.meta]);
    out.replace = await h.upload(st("GIF"), { id: "m3" }).then((m) => m.id);
    out.replacedInfo = dims(await env.IMAGES.info(await h.image("m3").bytes()));
    out.count = (await h.list()).images.length;
    out.detailsNum = await h.image("m4").details().then((m) => m.id);
  `),
  {
    name: "images-multi-worker", area: "images", description: "every worker's images binding shares one hosted store; env order",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: "2025-01-01", images: { binding: "IMG" }, kvNamespaces: ["KV"], bindings: { V: 1 }, serviceBindings: { B: "b" },
        script: `export default { async fetch(req, env) {
          await env.IMG.hosted.upload(new Blob([new Uint8Array([1, 2, 3])]).stream(), { id: "shared" });
          const fromB = await (await env.B.fetch("http://b/")).json();
          return Response.json({ keys: Object.keys(env), fromB });
        } };` },
      { name: "b", modules: true, compatibilityDate: "2025-01-01", images: { binding: "OTHER" },
        script: `export default { async fetch(req, env) {
          const l = await env.OTHER.hosted.list();
          const bytes = await env.OTHER.hosted.image("shared").bytes();
          return Response.json({ ids: l.images.map((i) => i.id), bytes: [...new Uint8Array(await new Response(bytes).arrayBuffer())] });
        } };` },
    ] },
    steps: [get("/")],
  },
  imagesCase("images-arguments", "what info(), input(), draw(), transform() and hosted.upload() accept", `
    const b = env.IMAGES;
    const u8 = bytesOf(IMGS.PNG);
    out.null = await e(() => b.info(null));
    out.undef = await e(() => b.info());
    out.str = await e(() => b.info("hello"));
    out.ab = await e(() => b.info(u8.buffer));
    out.u8 = await e(() => b.info(u8));
    out.blob = await e(() => b.info(new Blob([u8])));
    out.resp = await e(() => b.info(new Response(u8)));
    out.num = await e(() => b.info(42));
    out.badB64 = await e(() => b.info(textStream("!!!notbase64"), { encoding: "base64" }));
    out.b64ws = await e(() => b.info(textStream(IMGS.PNG.slice(0, 20) + "\\n" + IMGS.PNG.slice(20)), { encoding: "base64" }));
    out.otherEnc = await e(() => b.info(st("PNG"), { encoding: "hex" }));
    out.inputU8 = await e(async () => (await b.input(u8).output({ format: "image/png" })).contentType());
    out.inputNull = await e(async () => (await b.input(null).output({ format: "image/png" })).contentType());
    out.inputStr = await e(async () => (await b.input("x").output({ format: "image/png" })).contentType());
    out.transformNull = await e(async () => (await b.input(st("PNG")).transform(null).output({ format: "image/png" })).contentType());
    out.transformStr = await e(async () => (await b.input(st("PNG")).transform("ab").output({ format: "image/png" })).contentType());
    out.transformUndef = await e(async () => (await b.input(st("PNG")).transform().output({ format: "image/png" })).contentType());
    out.drawNull = await e(async () => (await b.input(st("PNG")).draw(null).output({ format: "image/png" })).contentType());
    out.drawOptsNull = await e(async () => (await b.input(st("PNG")).draw(st("PNG"), null).output({ format: "image/png" })).contentType());
    out.upNull = await e(async () => { const m = await b.hosted.upload(null); return [m.filename, (await new Response(await b.hosted.image(m.id).bytes()).arrayBuffer()).byteLength]; });
    out.upStr = await e(async () => (await b.hosted.upload("hi", { id: "s" })).id);
    out.upBlob = await e(async () => (await b.hosted.upload(new Blob([u8]), { id: "bl" })).id);
    out.imageNum = await e(async () => (await b.hosted.image(5).details()));
    out.updateUndef = await e(async () => { await b.hosted.upload(u8, { id: "q" }); return b.hosted.image("q").update(); });
    out.uploadMeta = await e(async () => (await b.hosted.upload(u8, { id: "m", metadata: { big: "x".repeat(2000) } })).id);
    out.uploadMetaEdge = await e(async () => (await b.hosted.upload(u8, { id: "e", metadata: { big: "x".repeat(1024 - 150) } })).id);
    out.updateMeta = await e(async () => (await b.hosted.image("q").update({ metadata: { big: "é".repeat(600) } })).id);
    out.afterUpdate = await e(async () => (await b.hosted.image("q").details()).meta);
    out.upB64Trim = await e(async () => dims(await env.IMAGES.info(await b.hosted.image((await b.hosted.upload(textStream("  " + IMGS.PNG + "\\n"), { id: "t", encoding: "base64" })).id).bytes())));
    out.inputB64Bad = await e(() => b.input(textStream("%%%"), { encoding: "base64" }).output({ format: "image/png" }));
  `),
  {
    name: "images-request-body", area: "images", description: "a worker transforming the base64 image a request posts, answering with response()",
    options: modWorker(`${helpers}
    const url2 = new URL(req.url);
    if (url2.pathname === "/info") return Response.json(await env.IMAGES.info(req.body, { encoding: "base64" }));
    if (url2.pathname === "/raw") { try { return Response.json(await env.IMAGES.info(req.body)); } catch (x) { return new Response(x.message.split("\\n")[0], { status: 415 }); } }
    const width = Number(url2.searchParams.get("w"));
    const result = await env.IMAGES.input(req.body, { encoding: "base64" }).transform({ width }).output({ format: url2.searchParams.get("f") });
    const res = result.response();
    const info = await env.IMAGES.info(res.body);
    return Response.json({ status: res.status, ct: res.headers.get("content-type"), info: dims(info) }, { headers: { "x-ct": result.contentType() } });
`, { images: { binding: "IMAGES" } }),
    steps: [
      { request: { url: "http://localhost/info", method: "POST", headers: { "content-type": "text/plain" }, body: IMGS.JPEG } },
      { request: { url: "http://localhost/raw", method: "POST", headers: { "content-type": "text/plain" }, body: IMGS.JPEG } },
      { request: { url: "http://localhost/?w=16&f=image/webp", method: "POST", body: IMGS.PNG } },
      { request: { url: "http://localhost/?w=5&f=image/png", method: "POST", body: IMGS.GIF } },
      { request: { url: "http://localhost/?w=2&f=image/jpeg", method: "POST", body: IMGS.PNGA } },
    ],
  },
  imagesCase("images-jpeg-sizes", "resized sizes of larger JPEGs (sharp's shrink-on-load) and PNGs", `
    for (const [k, t] of [["BIGJPEG", { height: 3 }], ["BIGJPEG", { height: 7 }], ["BIGJPEG", { height: 99 }], ["BIGJPEG", { width: 10 }],
        ["BIGJPEG", { width: 100 }], ["BIGJPEG", { width: 333 }], ["BIGJPEG", { width: 300, height: 300 }], ["BIGJPEG", { rotate: 90, width: 50 }],
        ["TALLJPEG", { width: 33 }], ["TALLJPEG", { width: 50 }], ["TALLJPEG", { height: 500 }], ["TALLJPEG", { height: 101 }],
        ["PNG", { height: 7 }], ["PNG", { width: 5 }]]) {
      out[k + JSON.stringify(t)] = await e(async () => (await run(env, k, [t], { format: "image/png" })).info);
    }
  `),
];
