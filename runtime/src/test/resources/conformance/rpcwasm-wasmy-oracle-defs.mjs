import { CD, PRELUDE, modWorker, get } from "./_h.mjs";
export default [
  { name: "wasmy-prototypes", area: "wasm", description: "what the WebAssembly classes' prototypes and constructors hold, their lengths and tags", steps: [get("/")],
    options: modWorker(`
    const out = {};
    for (const n of ["Module", "Instance", "Memory", "Table", "Global", "Tag", "Exception", "CompileError", "LinkError", "RuntimeError"]) {
      const C = WebAssembly[n];
      out[n] = { length: C.length, name: C.name, statics: Object.getOwnPropertyNames(C).sort(), proto: Object.getOwnPropertyNames(C.prototype).sort(), tag: C.prototype[Symbol.toStringTag] ?? null, parent: Object.getPrototypeOf(C.prototype) === Error.prototype ? "Error" : Object.getPrototypeOf(C.prototype) === Object.prototype ? "Object" : "other" };
    }
    out.nsTag = Object.prototype.toString.call(WebAssembly);
    out.fnLengths = { compile: WebAssembly.compile.length, instantiate: WebAssembly.instantiate.length, validate: WebAssembly.validate.length };
    out.memoryBufferDesc = (() => { const d = Object.getOwnPropertyDescriptor(WebAssembly.Memory.prototype, "buffer"); return [typeof d.get, typeof d.set, d.enumerable, d.configurable]; })();
    out.errorProto = [WebAssembly.RuntimeError.prototype.name, WebAssembly.CompileError.prototype.message === "", Object.getOwnPropertyNames(new WebAssembly.RuntimeError("x")).sort()];
    out.bufferGetterBadThis = await t(() => Object.getOwnPropertyDescriptor(WebAssembly.Memory.prototype, "buffer").get.call({}));
    out.tableLengthBadThis = await t(() => Object.getOwnPropertyDescriptor(WebAssembly.Table.prototype, "length").get.call({}));
    out.growBadThis = await t(() => WebAssembly.Memory.prototype.grow.call({}, 1));
    out.memoryInitialMissing = await t(() => new WebAssembly.Memory({ maximum: 2 }));
    out.memoryInitialString = await t(() => new WebAssembly.Memory({ initial: "2" }).buffer.byteLength);
    out.memoryInitialNaN = await t(() => new WebAssembly.Memory({ initial: "x" }).buffer.byteLength);
    out.tableGrowPastMax = await t(() => new WebAssembly.Table({ initial: 1, maximum: 2, element: "anyfunc" }).grow(5));
    out.tableGetNegative = await t(() => new WebAssembly.Table({ initial: 1, element: "anyfunc" }).get(-1));
    out.globalNoArg = await t(() => new WebAssembly.Global());
    out.globalAnyfunc = await t(() => new WebAssembly.Global({ value: "anyfunc" }).value);
    out.globalValueString = await t(() => new WebAssembly.Global({ value: "i32", mutable: true }, "12").value);
    out.validateEmpty = await t(() => WebAssembly.validate(new Uint8Array(0)));
    out.validateNoArg = await t(() => WebAssembly.validate());
    return Response.json(out);`) },
];
