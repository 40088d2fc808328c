// Cron triggers: ScheduledController (modules format), ScheduledEvent (service-worker format)
// and one scheduled() invocation for Java (internals.dispatchScheduled).

// @imports defineGlobal, stackFrames, errorHeadline, describeError, hiddenConstructor, newEvent, runInEvent, eventAnswered from core.js
// @imports ExtendableEvent, moduleExports, ExecutionContext, isClass, workerEnv, listenersOf, eventWork, serviceWorkerFormat, dispatchAtTarget, entrypointHandler from worker.js

const kScheduledInit = Symbol("scheduledInit");
const NO_SCHEDULED_HANDLER =
  "Received a ScheduledEvent but we lack a handler for ScheduledEvents (a.k.a. Cron Triggers). Did you remember to export a scheduled() function?";

/** cron and scheduledTime are own, enumerable, configurable, read-only properties, as in workerd (recorded). */
function defineTrigger(target, cron, scheduledTime) {
  Object.defineProperty(target, "cron", { value: cron, enumerable: true, configurable: true });
  Object.defineProperty(target, "scheduledTime", { value: scheduledTime, enumerable: true, configurable: true });
}

class ScheduledController {
  #state;
  constructor(init) {
    if (init?.[kScheduledInit] === undefined) throw new TypeError("Illegal constructor");
    this.#state = init[kScheduledInit];
    defineTrigger(this, init.cron, init.scheduledTime);
  }
  noRetry() { this.#state.noRetry = true; }
}
Object.defineProperty(ScheduledController.prototype, Symbol.toStringTag, { value: "ScheduledController", configurable: true });

/** Only the runtime makes one, as in workerd (`new ScheduledEvent(...)` is an illegal constructor). */
class ScheduledEvent extends ExtendableEvent {
  #state;
  constructor(type, init = {}) {
    if (init?.[kScheduledInit] === undefined) throw new TypeError("Illegal constructor");
    super(type, init);
    this.#state = init[kScheduledInit];
    defineTrigger(this, String(init.cron ?? ""), Number(init.scheduledTime ?? 0));
    // workerd's own members end with actorState, as on its other events (recorded)
    Object.defineProperty(this, "actorState", { value: undefined, enumerable: true, configurable: true });
  }
  noRetry() { this.#state.noRetry = true; }
}
Object.defineProperty(ScheduledEvent.prototype, Symbol.toStringTag, { value: "ScheduledEvent", configurable: true });
defineGlobal("ScheduledEvent", hiddenConstructor(ScheduledEvent, "ScheduledEvent"));

/** workerd's global for tail workers' events; miniflare4j runs no tail workers, so none is ever made. */
class TailEvent extends ExtendableEvent {
  constructor() { throw new TypeError("Illegal constructor"); }
}
Object.defineProperty(TailEvent.prototype, Symbol.toStringTag, { value: "TailEvent", configurable: true });
defineGlobal("TailEvent", hiddenConstructor(TailEvent, "TailEvent"));

/** The modules format: the default export's scheduled(controller, env, ctx). */
function invokeModuleScheduled(init, state, handler = moduleExports?.default) {
  const ctx = new ExecutionContext(state);
  const entrypointClass = isClass(handler);
  const target = entrypointClass ? new handler(ctx, workerEnv) : handler;
  if (target === null || (typeof target !== "object" && typeof target !== "function") || typeof target.scheduled !== "function") {
    init[kScheduledInit].noRetry = true; // workerd reports a missing handler as not to be retried
    throw new Error(NO_SCHEDULED_HANDLER);
  }
  // a class instance has env and ctx as its own members: its scheduled() gets them as undefined (recorded)
  const controller = new ScheduledController(init);
  return entrypointClass ? target.scheduled(controller, undefined, undefined) : target.scheduled(controller, workerEnv, ctx);
}

/** The service-worker format: every "scheduled" listener runs; the first one to throw fails the event. */
function invokeScheduledListeners(init, state) {
  const listeners = [...listenersOf("scheduled")];
  if (listeners.length === 0) {
    init[kScheduledInit].noRetry = true;
    throw new Error(NO_SCHEDULED_HANDLER);
  }
  const event = new ScheduledEvent("scheduled", init);
  eventWork.set(event, state);
  dispatchAtTarget(event, listeners);
}

/**
 * Java's entry point: runs the worker's scheduled handler once and calls done exactly once with
 * {ok: true, value: JSON {noRetry, error?: {name, message, stack}}} when the handler's promise
 * has settled (or {noRetry, outcome: "exceededCpu"} when Java cancels it as hung first). `work` is the Java tracker of this invocation's waitUntil promises, which Java
 * awaits afterwards.
 */
internals.dispatchScheduled = function (cron, scheduledTime, work, done) {
  internals.dispatchScheduledAt(null, cron, scheduledTime, work, done);
};

/** dispatchScheduled for the export `entrypoint` (a named WorkerEntrypoint or handler object; null: the default one). */
internals.dispatchScheduledAt = function (entrypoint, cron, scheduledTime, work, done) {
  const event = newEvent(work);
  runInEvent(event, dispatchScheduledIn, entrypoint, cron, scheduledTime, event, done);
};

/** dispatchScheduledAt within its event, which answers when the handler settles. */
function dispatchScheduledIn(entrypoint, cron, scheduledTime, event, answer) {
  const init = { cron: String(cron), scheduledTime: Number(scheduledTime), [kScheduledInit]: { noRetry: false } };
  const state = init[kScheduledInit];
  let answered = false;
  const done = (outcome) => { if (!answered) { answered = true; answer(outcome); } };
  // canceled as hung, the run reports workerd's outcome and whether noRetry() was called (recorded)
  host.eventOnHung(event.work, () => done({ ok: true, value: JSON.stringify({ noRetry: state.noRetry, outcome: "exceededCpu" }) }));
  let pending;
  try {
    pending = Promise.resolve(serviceWorkerFormat && entrypoint == null ? invokeScheduledListeners(init, event) : invokeModuleScheduled(init, event, entrypointHandler(entrypoint)));
  } catch (error) {
    pending = Promise.reject(error);
  }
  pending.then(
    () => {
      eventAnswered(event);
      done({ ok: true, value: JSON.stringify({ noRetry: state.noRetry }) });
    },
    (error) => {
      eventAnswered(event);
      const frames = stackFrames(error);
      host.log("error", errorHeadline(error) + (frames ? "\n" + frames : ""));
      done({ ok: true, value: JSON.stringify({ noRetry: state.noRetry, error: describeError(error) }) });
    },
  ).catch((error) => done({ ok: false, ...describeError(error) }));
}
