// Re-record: copy the oracle's defs/_h.mjs and this file into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs <case name>
import { CD, PRELUDE, get } from "./_h.mjs";
export default [
  {
    name: "rpcwasm2-wasm-descriptor-errors", area: "wasm",
    description: "WebAssembly.Memory/Table/Global descriptors and method arguments of the wrong types: V8's TypeError and RangeError messages",
    options: { modules: true, compatibilityDate: CD, script: `${PRELUDE}
export default { async fetch(req, env, ctx) {
  const out = {};
  const W = WebAssembly;
  out.memInitialBigInt = await t(() => new W.Memory({ initial: 1n }));
  out.memInitialNull = await t(() => new W.Memory({ initial: null }).buffer.byteLength);
  out.memInitialTrue = await t(() => new W.Memory({ initial: true }).buffer.byteLength);
  out.memMaxBelow = await t(() => new W.Memory({ initial: 2, maximum: 1 }));
  out.memMaxString = await t(() => new W.Memory({ initial: 1, maximum: "2" }).grow(1));
  out.memDescriptorNull = await t(() => new W.Memory(null));
  out.memDescriptorNumber = await t(() => new W.Memory(1));
  out.memGrowNoArg = await t(() => new W.Memory({ initial: 1 }).grow());
  out.memGrowString = await t(() => new W.Memory({ initial: 1 }).grow("1"));
  out.memGrowNaN = await t(() => new W.Memory({ initial: 1 }).grow(NaN));
  out.memGrowFloat = await t(() => new W.Memory({ initial: 1 }).grow(1.9));
  out.memGrowOverMax = await t(() => new W.Memory({ initial: 1, maximum: 2 }).grow(2));
  out.memGrowHuge = await t(() => new W.Memory({ initial: 1 }).grow(2 ** 32));
  out.tableElementAnyfunc = await t(() => new W.Table({ initial: 1, element: "anyfunc" }).length);
  out.tableElementFuncref = await t(() => new W.Table({ initial: 1, element: "funcref" }).length);
  out.tableElementBad = await t(() => new W.Table({ initial: 1, element: "foo" }));
  out.tableNoInitial = await t(() => new W.Table({ element: "anyfunc" }));
  out.tableMaxBelow = await t(() => new W.Table({ initial: 2, maximum: 1, element: "externref" }));
  out.tableHuge = await t(() => new W.Table({ initial: 10000001, element: "anyfunc" }));
  out.tableGrowOver = await t(() => new W.Table({ initial: 1, maximum: 2, element: "anyfunc" }).grow(5));
  out.tableGetNoArg = await t(() => new W.Table({ initial: 1, element: "anyfunc" }).get());
  out.tableSetNoValue = await t(() => { const tb = new W.Table({ initial: 1, element: "anyfunc" }); tb.set(0); return tb.get(0); });
  out.tableSetObject = await t(() => new W.Table({ initial: 1, element: "anyfunc" }).set(0, {}));
  out.tableSetExternUndefined = await t(() => { const tb = new W.Table({ initial: 1, element: "externref" }, "x"); tb.set(0); return tb.get(0) === undefined; });
  out.globalNoValue = await t(() => new W.Global({}));
  out.globalBadValue = await t(() => new W.Global({ value: "i8" }));
  out.globalV128 = await t(() => new W.Global({ value: "v128" }));
  out.globalFuncrefBad = await t(() => new W.Global({ value: "anyfunc" }, () => 1));
  out.globalFuncrefNull = await t(() => new W.Global({ value: "anyfunc" }, null).value);
  out.globalI32String = await t(() => new W.Global({ value: "i32" }, "12").value);
  out.globalI32BigInt = await t(() => new W.Global({ value: "i32" }, 1n));
  out.globalF64Undefined = await t(() => new W.Global({ value: "f64" }, undefined).value);
  out.globalSetI64Number = await t(() => { const g = new W.Global({ value: "i64", mutable: true }, 1n); g.value = 2; return String(g.value); });
  out.globalSetConst = await t(() => { const g = new W.Global({ value: "i32" }, 1); g.value = 2; return g.value; });
  out.globalValueOfI64 = await t(() => typeof new W.Global({ value: "i64" }, 3n).valueOf());
  out.globalDescriptorNull = await t(() => new W.Global(null));
  out.globalMutableTruthy = await t(() => { const g = new W.Global({ value: "i32", mutable: "yes" }, 1); g.value = 5; return g.value; });
  out.moduleCustomNoString = await t(() => W.Module.customSections({}, "x"));
  out.instanceNotModule = await t(() => new W.Instance(new W.Memory({ initial: 1 })));
  out.tagBadParams = await t(() => new W.Tag({ parameters: "i32" }));
  out.tagNoDescriptor = await t(() => new W.Tag());
  out.exceptionNotTag = await t(() => new W.Exception({}, []));
  return Response.json(out);
} };` },
    steps: [get("/")],
  },
];
