// Oracle definitions of the webapi16-* cases: put this file beside the oracle's defs/_h.mjs (DEFS_DIR) and run `node record.mjs webapi16` to re-record them.
import { PRELUDE, get, CD } from "./_h.mjs";
const worker = (fn) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, f) => { out[k] = await t(f); };
    await probes(P, out, req);
    return Response.json(out);
  }
};`,
});
const c = (name, description, fn, steps = [get("/")]) => ({ name, area: "web-api", description, options: worker(fn), steps });
export default [
c("webapi16-multibyte-decoders-common", "Multi-byte TextDecoders on valid text, single bytes, cut pairs, ASCII trails, fatal mode, streaming splits", async (P) => {
  const en = (e) => e === undefined ? "undef" : (e && e.name ? e.name + ": " + e.message : String(e));
  const cps = (s) => [...s].map((ch) => ch.codePointAt(0).toString(16)).join(" ");
  const dec = (l, arr, o) => { try { return cps(new TextDecoder(l, o).decode(new Uint8Array(arr))); } catch (e) { return en(e); } };
  const cases = {
    shift_jis: [[0x93,0xfa,0x96,0x7b,0x8c,0xea], [0xb1,0xdf,0xa1], [0x80], [0xa0], [0xfd,0xfe,0xff], [0x82], [0x82,0x41], [0x82,0x0a], [0x82,0x7f], [0x82,0xff], [0xf0,0x40], [0xf9,0xfc], [0xef,0x40], [0x87,0x40], [0xed,0x40], [0xfa,0x40], [0x5c,0x7e], [0x81,0x5f], [0x82,0x80], [0x81,0x20,0x41]],
    "euc-jp": [[0xc6,0xfc,0xcb,0xdc], [0x8e,0xb1], [0x8e,0x41], [0x8e], [0x8f,0xb0,0xa1], [0x8f,0xb0], [0x8f,0xa2,0xaf], [0xa1], [0xa1,0x41], [0xa1,0x0a], [0xa1,0xa1], [0xfe,0xfe], [0x80], [0xff], [0xa0,0xa1], [0x8f,0x41,0x42], [0xad,0xa1]],
    gbk: [[0xc4,0xe3,0xba,0xc3], [0x80], [0xff], [0x81], [0x81,0x30], [0x81,0x30,0x81,0x30], [0x81,0x41], [0x81,0x7f], [0xa1,0xa1], [0x81,0x0a], [0xa2,0xe3], [0xa8,0xbf], [0xfe,0x50], [0xa6,0xd9]],
    gb18030: [[0xc4,0xe3,0xba,0xc3], [0x80], [0xff], [0x81,0x30,0x81,0x30], [0x84,0x31,0xa4,0x39], [0x90,0x30,0x81,0x30], [0xe3,0x32,0x9a,0x35], [0xe3,0x32,0x9a,0x36], [0x81,0x30,0x81], [0x81,0x30,0x81,0x41], [0x81,0x30,0x41], [0x81,0x35,0xf4,0x37], [0x84,0x31,0xa5,0x30], [0xa6,0xd9], [0xfe,0x51], [0xa8,0xbc], [0x81,0x7f]],
    big5: [[0xa7,0x41,0xa6,0x6e], [0x88,0x62], [0x88,0x64], [0x88,0xa3], [0x88,0xa5], [0x80], [0xff], [0xa4], [0xa4,0x0a], [0xa4,0x7f], [0xa4,0x80], [0x87,0x40], [0x81,0x40], [0xa3,0xe1], [0xc6,0xa1], [0xf9,0xfe], [0xfe,0xfe], [0xa1,0x45]],
    "euc-kr": [[0xbe,0xc8,0xb3,0xe7], [0x80], [0xff], [0xb0], [0xb0,0x0a], [0x81,0x41], [0x81,0x5b], [0xc8,0x41], [0xa1,0xa1], [0xa2,0xe6], [0xa2,0xe8], [0xfe,0xfe], [0xc9,0xa1], [0xb0,0x7f]],
    "iso-2022-jp": [[0x1b,0x24,0x42,0x46,0x7c,0x1b,0x28,0x42,0x41], [0x1b,0x28,0x49,0x31], [0x1b,0x28,0x4a,0x5c,0x7e], [0x1b,0x24,0x40,0x30,0x21], [0x1b], [0x1b,0x24], [0x1b,0x24,0x42], [0x80], [0x1b,0x24,0x42,0x46]],
  };
  for (const [l, list] of Object.entries(cases)) {
    await P(l, () => list.map((a) => dec(l, a)));
    await P(l + ":fatal", () => list.map((a) => dec(l, a, { fatal: true })));
  }
  await P("streamSplits", () => {
    const o = [];
    for (const [l, a] of [["shift_jis", [0x93,0xfa,0x96,0x7b]], ["euc-jp", [0x8f,0xb0,0xa1,0x41]], ["gb18030", [0x81,0x30,0x81,0x30,0x41]], ["big5", [0x88,0x62,0x41]], ["euc-kr", [0xbe,0xc8,0x41]], ["gbk", [0x81,0x30,0x81,0x30]], ["gb18030", [0x81,0x30,0x41,0x81,0x40]], ["euc-jp", [0x8f,0xb0,0x41,0xa1]], ["shift_jis", [0x82,0xa0,0x82]], ["big5", [0x88,0x0a,0xa4,0x40]]]) {
      const d = new TextDecoder(l); let s = "";
      for (const b of a) s += "|" + cps(d.decode(new Uint8Array([b]), { stream: true }));
      s += "|" + cps(d.decode());
      o.push(l + s);
    }
    return o;
  });
  await P("streamCutEnd", () => ["shift_jis", "euc-jp", "gbk", "gb18030", "big5", "euc-kr"].map((l) => { const d = new TextDecoder(l); const a = cps(d.decode(new Uint8Array([0x41, 0x81]), { stream: true })); return [a, cps(d.decode())]; }));
  await P("encodings", () => ["sjis", "ms932", "windows-31j", "x-sjis", "csshiftjis", "gb2312", "x-gbk", "chinese", "big5-hkscs", "x-x-big5", "cseuckr", "korean", "ks_c_5601-1987", "windows-949", "csiso2022jp", "x-euc-jp", "hz-gb-2312", "iso-2022-kr", "iso-2022-cn", "replacement"].map((l) => { try { return new TextDecoder(l).encoding; } catch (e) { return en(e); } }));
  await P("trailFF", () => ["gbk", "gb18030", "big5", "euc-jp", "shift_jis", "euc-kr"].map((l) => [dec(l, [0x81, 0xff]), dec(l, [0xa4, 0xff, 0x41]), dec(l, [0xff, 0x41]), dec(l, [0x8e, 0xff]), dec(l, [0x8f, 0xa1, 0xff])]));
  await P("fatalBadPairs", () => ["gbk", "gb18030", "big5", "euc-jp", "shift_jis", "euc-kr"].map((l) => [dec(l, [0x41, 0x81], { fatal: true }), dec(l, [0xa4, 0x0a], { fatal: true }), dec(l, [0xa4, 0xa1], { fatal: true }), dec(l, [0xc9, 0xa1], { fatal: true }), dec(l, [0xf9, 0xfc], { fatal: true })]));
  await P("streamChunks", () => {
    const o = [];
    for (const l of ["gbk", "gb18030", "big5", "euc-jp", "shift_jis", "euc-kr"]) {
      const d = new TextDecoder(l); const parts = [];
      for (const c of [[0x41, 0xa4], [0xa1, 0x81], [0x30], [0x81, 0x30, 0xa1], [0xa1, 0x8f, 0xb0], [0xa1], [0xa4, 0x0a, 0xa4]]) parts.push(cps(d.decode(new Uint8Array(c), { stream: true })));
      parts.push(cps(d.decode()));
      o.push(l + ":" + parts.join("|"));
    }
    return o;
  });
  await P("fatalStreamEnd", () => ["gbk", "big5", "euc-jp", "shift_jis", "euc-kr"].map((l) => { const d = new TextDecoder(l, { fatal: true }); const a = cps(d.decode(new Uint8Array([0x41, 0xa4]), { stream: true })); try { d.decode(); return [a, "no"]; } catch (e) { return [a, en(e), cps(d.decode(new Uint8Array([0x42])))]; } }));
  await P("longText", () => { const a = []; for (let i = 0; i < 2000; i++) a.push(0x82, 0xa0 + (i % 80), 0x41); const s = new TextDecoder("shift_jis").decode(new Uint8Array(a)); return [s.length, cps(s.slice(0, 12)), cps(s.slice(-6))]; });
  await P("ignoreBOM", () => ["shift_jis", "gbk"].map((l) => cps(new TextDecoder(l).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])))));
}),
c("webapi16-multibyte-decoders-all-pairs", "Multi-byte TextDecoders over every lead and trail pair (each followed by LF, one hash per lead), euc-jp's three-byte and gb18030's four-byte sequences", async (P) => {
  const hash = (parts, from, count) => { let h = 2166136261; for (let k = from; k < from + count; k++) { const s = parts[k] ?? ""; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; } h ^= 0x7c; h = Math.imul(h, 16777619) >>> 0; } return h.toString(16); };
  for (const l of ["gbk", "gb18030", "big5", "euc-jp", "shift_jis", "euc-kr"]) {
    await P(l, () => {
      const buf = new Uint8Array(128 * 192 * 3); let n = 0;
      for (let a = 0x80; a < 0x100; a++) for (let b = 0x40; b < 0x100; b++) { buf[n++] = a; buf[n++] = b; buf[n++] = 10; }
      const parts = new TextDecoder(l).decode(buf).split("\n");
      const hs = []; for (let a = 0; a < 128; a++) hs.push(hash(parts, a * 192, 192));
      return [parts.length, hs.join(" ")];
    });
  }
  await P("jis0212", () => {
    const buf = []; for (let a = 0xa0; a < 0x100; a++) for (let b = 0xa0; b < 0x100; b++) buf.push(0x8f, a, b, 10);
    const parts = new TextDecoder("euc-jp").decode(new Uint8Array(buf)).split("\n");
    const hs = []; for (let a = 0; a < 96; a++) hs.push(hash(parts, a * 96, 96)); return [parts.length, hs.join(" ")];
  });
  await P("gb4", () => {
    const buf = []; for (let p = 0; p < 39420; p += 3) { const b4 = p % 10, b3 = Math.floor(p / 10) % 126, b2 = Math.floor(p / 1260) % 10, b1 = Math.floor(p / 12600); buf.push(0x81 + b1, 0x30 + b2, 0x81 + b3, 0x30 + b4, 10); }
    const parts = new TextDecoder("gb18030").decode(new Uint8Array(buf)).split("\n");
    const hs = []; for (let a = 0; a < parts.length; a += 500) hs.push(hash(parts, a, 500)); return [parts.length, hs.join(" ")];
  });
}),
c("webapi16b-decoder-streams-legacy", "TextDecoderStream with legacy encodings, chunks cut inside sequences, fatal errors through the stream, TextDecoder on odd buffers", async (P) => {
  const en = (e) => e === undefined ? "undef" : (e && e.name ? e.name + ": " + e.message : String(e));
  const cps = (s) => [...s].map((ch) => ch.codePointAt(0).toString(16)).join(" ");
  const run = async (l, chunks, o) => {
    const ds = new TextDecoderStream(l, o); const w = ds.writable.getWriter(); const r = ds.readable.getReader(); const got = [];
    const reading = (async () => { for (;;) { const { done, value } = await r.read(); if (done) return; got.push(cps(value)); } })();
    try { for (const c of chunks) await w.write(new Uint8Array(c)); await w.close(); await reading; return got; } catch (e) { return [got, en(e), await reading.then(() => "ok", en)]; }
  };
  await P("sjis", () => run("shift_jis", [[0x93], [0xfa, 0x96], [0x7b, 0x41]]));
  await P("sjisEnd", () => run("shift_jis", [[0x41, 0x93]]));
  await P("sjisFatal", () => run("shift_jis", [[0x41], [0x93, 0x0a]], { fatal: true }));
  await P("gbk4", () => run("gbk", [[0x81, 0x30], [0x81], [0x30, 0x41]]));
  await P("eucjp3", () => run("euc-jp", [[0x8f], [0xb0], [0xa1]]));
  await P("big5", () => run("big5", [[0x88], [0x62, 0xa4], [0x40]]));
  await P("euckr", () => run("euc-kr", [[0xb0], [0xa1, 0xc9, 0xa1]]));
  await P("latin", () => run("windows-1252", [[0x80, 0x81], [0x9f]]));
  await P("encodingProp", () => ["sjis", "gb2312", "big5-hkscs", "euc-kr"].map((l) => new TextDecoderStream(l).encoding));
  await P("badLabel", () => { try { new TextDecoderStream("iso-2022-kr"); return "no"; } catch (e) { return en(e); } });
  await P("sab", () => { const b = new SharedArrayBuffer(2); new Uint8Array(b).set([0x82, 0xa0]); try { return cps(new TextDecoder("shift_jis").decode(b)); } catch (e) { return en(e); } });
  await P("dataView", () => cps(new TextDecoder("gbk").decode(new DataView(new Uint8Array([0x41, 0xc4, 0xe3, 0x42]).buffer, 1, 2))));
  await P("u16view", () => cps(new TextDecoder("big5").decode(new Uint16Array([0x40a4]))));
  await P("reuseAfterStream", () => { const d = new TextDecoder("shift_jis"); const a = cps(d.decode(new Uint8Array([0x82]), { stream: true })); const b = cps(d.decode(new Uint8Array([0x41]))); const c2 = cps(d.decode(new Uint8Array([0xa0]))); return [a, b, c2]; });
  await P("fatalThenReuse", () => { const d = new TextDecoder("euc-kr", { fatal: true }); const a = cps(d.decode(new Uint8Array([0xb0]), { stream: true })); let b; try { d.decode(new Uint8Array([0x0a])); b = "no"; } catch (e) { b = en(e); } return [a, b, cps(d.decode(new Uint8Array([0xb0, 0xa1])))]; });
}),
c("webapi16c-iso-2022-jp", "iso-2022-jp TextDecoder: escapes, controls in each state, consecutive escapes, streaming state, fatal", async (P) => {
  const en = (e) => e === undefined ? "undef" : (e && e.name ? e.name + ": " + e.message : String(e));
  const cps = (s) => [...s].map((ch) => ch.codePointAt(0).toString(16)).join(" ");
  const dec = (arr, o) => { try { return cps(new TextDecoder("iso-2022-jp", o).decode(new Uint8Array(arr))); } catch (e) { return en(e); } };
  const E = { B: [0x1b, 0x24, 0x42], A: [0x1b, 0x28, 0x42], J: [0x1b, 0x28, 0x4a], I: [0x1b, 0x28, 0x49], AT: [0x1b, 0x24, 0x40] };
  const inputs = {
    lf: [...E.B, 0x0a, 0x30, 0x21], cr: [...E.B, 0x0d, 0x30, 0x21], tab: [...E.B, 0x09, 0x30, 0x21], sp: [...E.B, 0x20, 0x30, 0x21], nul: [...E.B, 0x00, 0x30, 0x21],
    trailLf: [...E.B, 0x30, 0x0a, 0x41], trailBad: [...E.B, 0x30, 0x7f], trail80: [...E.B, 0x30, 0x80], lead7f: [...E.B, 0x7f],
    kataLf: [...E.I, 0x31, 0x0a, 0x31], romanLf: [...E.J, 0x5c, 0x0a, 0x5c], kataBad: [...E.I, 0x60], kata0e: [...E.I, 0x0e],
    romanCtl: [...E.J, 0x0e, 0x0f, 0x1b], asciiCtl: [0x0e, 0x0f, 0x41], esc2: [...E.A, ...E.A, 0x41], escBJ: [...E.B, ...E.J, 0x5c],
    escThenText: [...E.B, 0x30, 0x21, ...E.A, 0x41], badEsc: [0x1b, 0x28, 0x43, 0x41], badEsc2: [0x1b, 0x24, 0x43, 0x41], badEsc3: [0x1b, 0x41], escEnd: [0x1b, 0x28], escEnd2: [0x1b, 0x24, 0x42, 0x30],
    hi: [0x41, 0xa4, 0x42], hiB: [...E.B, 0xa4, 0xa2], unmapped: [...E.B, 0x22, 0x2f], unmapped2: [...E.B, 0x7e, 0x7e], kataAfterB: [...E.B, ...E.I, 0x31], endInJis: [...E.B, 0x30, 0x21],
    eA: [0x1b, 0x28, 0x41, 0x31], eD: [0x1b, 0x28, 0x44, 0x31], eLf: [0x1b, 0x28, 0x0a, 0x31], eEsc: [0x1b, 0x28, 0x1b, 0x28, 0x42, 0x31], e24A: [0x1b, 0x24, 0x41, 0x31], e24D: [0x1b, 0x24, 0x28, 0x44, 0x31], eDot: [0x1b, 0x2e, 0x41, 0x31], eN: [0x1b, 0x4e, 0x31], e28hi: [0x1b, 0x28, 0xa4, 0x31], e24hi: [0x1b, 0x24, 0xa4, 0x31], e1b24end: [0x1b, 0x24], e1bend: [0x1b], e24Cend: [0x1b, 0x24, 0x43], e28Cend: [0x1b, 0x28, 0x43],
    inB_eC: [...E.B, 0x1b, 0x28, 0x43, 0x30, 0x21], inI_lf2: [...E.I, 0x0d, 0x0a, 0x31], inB_trailEsc: [...E.B, 0x30, ...E.A, 0x41], inJ_eC: [...E.J, 0x1b, 0x28, 0x43, 0x5c], kataEsc2: [...E.I, ...E.I, 0x31], lfThenEsc: [...E.B, 0x0a, ...E.B, 0x30, 0x21], crB: [...E.B, 0x30, 0x21, 0x0d, 0x0a, 0x41],
    escAT: [...E.AT, 0x30, 0x21, 0x0a, 0x41], soSi: [...E.B, 0x0e, 0x30, 0x21],
  };
  await P("replace", () => Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, dec(v)])));
  await P("fatal", () => Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, dec(v, { fatal: true })])));
  await P("stream", () => {
    const o = {};
    for (const [k, chunks] of Object.entries({ a: [E.B, [0x30, 0x21], E.A, [0x41]], b: [[0x1b], [0x24], [0x42, 0x30], [0x21]], c: [E.B, E.A, [0x41]], d: [E.I, [0x31], [0x0a, 0x31]], e: [E.B, [0x30], [0x0a]], f: [[0x1b, 0x28], [0x43]] })) {
      const d = new TextDecoder("iso-2022-jp"); const parts = chunks.map((ch) => cps(d.decode(new Uint8Array(ch), { stream: true }))); parts.push(cps(d.decode())); parts.push(cps(d.decode(new Uint8Array([0x30, 0x21])))); o[k] = parts.join("|");
    }
    return o;
  });
  await P("decoderStream", async () => {
    const ds = new TextDecoderStream("iso-2022-jp"); const w = ds.writable.getWriter(); const r = ds.readable.getReader(); const got = [];
    const reading = (async () => { for (;;) { const { done, value } = await r.read(); if (done) return; got.push(cps(value)); } })();
    for (const ch of [[0x41, 0x1b], [0x24], [0x42, 0x30], [0x21, 0x30, 0x22, 0x1b, 0x28], [0x42, 0x42]]) await w.write(new Uint8Array(ch));
    await w.close(); await reading; return got;
  });
  await P("fatalStream", () => { const d = new TextDecoder("iso-2022-jp", { fatal: true }); const a = cps(d.decode(new Uint8Array([0x1b, 0x24, 0x42, 0x30]), { stream: true })); let b; try { d.decode(new Uint8Array([0x0a])); b = "no"; } catch (e) { b = en(e); } return [a, b, cps(d.decode(new Uint8Array([0x30, 0x21])))]; });
}),
];
