// node:timers/promises.
const { invalidArgType } = $node;

class AbortError extends Error {
  constructor(cause) {
    super("The operation was aborted", cause === undefined ? undefined : { cause });
    this.code = "ABORT_ERR";
    this.name = "AbortError";
  }
}

function checkOptions(options) {
  if (options === null || typeof options !== "object") throw invalidArgType("options", "of type object", options);
  const { signal } = options;
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw invalidArgType("options.signal", "an instance of AbortSignal", signal);
  if (options.ref !== undefined && typeof options.ref !== "boolean") throw invalidArgType("options.ref", "of type boolean", options.ref);
  return signal;
}

function delayed(schedule, value, options) {
  const signal = checkOptions(options);
  if (signal?.aborted) return Promise.reject(new AbortError(signal.reason));
  return new Promise((resolve, reject) => {
    const onAbort = () => { cancel(); reject(new AbortError(signal.reason)); };
    const cancel = schedule(() => { signal?.removeEventListener("abort", onAbort); resolve(value); });
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function checkDelay(delay) {
  if (delay !== undefined && typeof delay !== "number") throw invalidArgType("delay", "of type number", delay);
}

export function setTimeout(delay, value, options = {}) {
  try { checkDelay(delay); } catch (e) { return Promise.reject(e); }
  return delayed((done) => { const id = globalThis.setTimeout(done, Number(delay) || 0); return () => globalThis.clearTimeout(id); }, value, options);
}
export function setImmediate(value, options = {}) {
  return delayed((done) => { const id = globalThis.setTimeout(done, 0); return () => globalThis.clearTimeout(id); }, value, options);
}
export async function* setInterval(delay, value, options = {}) {
  checkDelay(delay);
  const signal = checkOptions(options);
  if (signal?.aborted) throw new AbortError(signal.reason);
  let ticks = 0;
  let wake = null;
  const id = globalThis.setInterval(() => { ticks++; wake?.(); }, Number(delay) || 1);
  let aborted = false;
  const onAbort = () => { aborted = true; wake?.(); };
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    while (true) {
      if (ticks === 0) await new Promise((resolve) => { wake = resolve; });
      wake = null;
      if (aborted) throw new AbortError(signal.reason);
      for (; ticks > 0; ticks--) yield value;
    }
  } finally {
    globalThis.clearInterval(id);
    signal?.removeEventListener("abort", onAbort);
  }
}
export const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

export default { setTimeout, setImmediate, setInterval, scheduler };
