// Date follows the instance clock (MiniflareClock), so that a test that advances the clock moves
// the workers' `Date.now()` and `new Date()` too, as alarms and KV expiry see it.

// @imports defineGlobal from core.js

const RealDate = Date;
function ClockDate(...args) {
  if (new.target === undefined) return new RealDate(host.now()).toString();
  return Reflect.construct(RealDate, args.length === 0 ? [host.now()] : args, new.target);
}
Object.defineProperty(ClockDate, "name", { value: "Date" });
Object.defineProperty(ClockDate, "length", { value: 7 });
ClockDate.prototype = RealDate.prototype;
Object.defineProperty(RealDate.prototype, "constructor", { value: ClockDate, writable: true, configurable: true, enumerable: false });
ClockDate.now = function now() { return Math.floor(host.now()); };
ClockDate.parse = RealDate.parse;
ClockDate.UTC = RealDate.UTC;
defineGlobal("Date", ClockDate);

// workerd names UTC "Coordinated Universal Time" in Date strings; GraalJS names it "GMT".
for (const method of ["toString", "toTimeString"]) {
  const native = RealDate.prototype[method];
  Object.defineProperty(RealDate.prototype, method, {
    value: { [method]() { return native.call(this).replace(/ \((?:GMT|UTC|Greenwich Mean Time)\)$/, " (Coordinated Universal Time)"); } }[method],
    writable: true, configurable: true, enumerable: false,
  });
}
