import txt from "./lib/note.txt";
import bin from "./lib/raw.bin";
import cjs from "./lib/helper.cjs";
import { named } from "./lib/esm.js";
import wasm from "./lib/add.wasm";
import json from "./lib/conf.json";
export default {
  async fetch(req, env) {
    const out = {};
    out.txt = txt; out.bin = [Object.prototype.toString.call(bin), bin.byteLength];
    out.cjs = cjs; out.named = named; out.wasm = [Object.prototype.toString.call(wasm), new WebAssembly.Instance(wasm).exports.add(2, 3)];
    out.json = [typeof json, json];
    try { out.dyn = (await import("./lib/extra.mjs")).default; } catch (e) { out.dyn = { name: e.name, message: e.message }; }
    try { out.dynTxt = (await import("./lib/note.txt")).default; } catch (e) { out.dynTxt = { name: e.name, message: e.message }; }
    return Response.json(out);
  },
};
