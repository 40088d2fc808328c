import { CD } from "./_h.mjs";
const g = (p, method = "GET") => ({ request: { url: "http://localhost" + p, method } });
const paths = ["response", "promise", "nullProto", "classInstance", "map", "boxedString", "boxedNumber", "symbol", "proxyError", "proxyObject", "longMessage", "fakeFrames", "errorWithToString", "frozenError", "typeErrorNoNew", "arrowThrow", "regexp", "typedArray", "weakMap", "errorInstanceNoStack", "objectWithConstructorName", "asyncGenerator"];
export default [
  {
    name: "errors-uncaught-thrown-objects-described",
    area: "errors",
    description: "how uncaught non-error values are described in the 500 body: a thrown Response or Promise, null-prototype objects, class instances, Maps, boxed primitives, symbols, proxies, very long messages, messages containing stack-like lines, errors with their own toString",
    options: { modules: true, compatibilityDate: CD, script: `
class Foo { constructor() { this.x = 1; } }
export default { async fetch(req) {
  const p = new URL(req.url).pathname.slice(1);
  if (p === "response") throw new Response("thrown response", { status: 418 });
  if (p === "promise") throw Promise.resolve(1);
  if (p === "nullProto") throw Object.assign(Object.create(null), { message: "np" });
  if (p === "classInstance") throw new Foo();
  if (p === "map") throw new Map([[1, 2]]);
  if (p === "boxedString") throw new String("boxed");
  if (p === "boxedNumber") throw new Number(5);
  if (p === "symbol") throw Symbol("sym");
  if (p === "proxyError") throw new Proxy(new Error("proxied"), {});
  if (p === "proxyObject") throw new Proxy({}, {});
  if (p === "longMessage") throw new Error("x".repeat(5000) + "END");
  if (p === "fakeFrames") throw new Error("head\\n    at fake (file.js:1:1)\\ntail");
  if (p === "errorWithToString") { const e = new Error("real"); e.toString = () => "custom toString"; throw e; }
  if (p === "frozenError") throw Object.freeze(new TypeError("frozen"));
  if (p === "typeErrorNoNew") throw TypeError("no new");
  if (p === "arrowThrow") return (() => { throw new RangeError("arrow"); })();
  if (p === "regexp") throw /re/g;
  if (p === "typedArray") throw new Uint8Array([1, 2]);
  if (p === "weakMap") throw new WeakMap();
  if (p === "errorInstanceNoStack") { const e = new Error("nostack"); delete e.stack; throw e; }
  if (p === "objectWithConstructorName") throw { constructor: { name: "Fake" } };
  if (p === "asyncGenerator") { async function* gen() { throw new SyntaxError("gen"); } for await (const x of gen()) {} }
  return new Response("ok");
} };` },
    steps: paths.map((p) => g("/" + p)),
  },
];
