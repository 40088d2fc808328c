// Queue consumers: the batch a queue(batch, env, ctx) handler receives (workerd's
// QueueController and QueueMessage) and one delivery for Java (internals.dispatchQueue).
// What the handler decided (acks, retries) goes back to Java's broker, which applies it.
// Lazy: loaded on the first delivery (the entry points below); a worker that consumes no queue
// never parses it.

// @imports stackFrames, errorHeadline, describeError, newEvent, runInEvent, eventAnswered from core.js
// @imports cloneDeserialize from clone.js
// @imports console from globals.js
// @imports ExtendableEvent, isServiceWorkerFormat, listenersOf, eventWork, ExecutionContext, isClass, currentWorkerEnv, dispatchAtTarget, entrypointHandler from worker.js
// @internals queueReport, dispatchQueue, dispatchQueueAt

const kQueueInit = Symbol("queueInit");

/** What ack()/retry()/ackAll()/retryAll() decided; the first call on a message (or batch) wins, as in workerd. */
function queueDecisions() {
  return { ackAll: false, retryBatch: { retry: false }, acks: new Set(), retries: new Map() };
}

/** The delay of retry(options) / retryAll(options); options that are no object fail as workerd's dictionary conversion. */
function retryDelay(options, method, owner) {
  if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
    throw new TypeError(`Failed to execute '${method}' on '${owner}': parameter 1 is not of type 'QueueRetryOptions'.`);
  }
  if (options === undefined || options === null || options.delaySeconds === undefined) return null;
  // workerd reads an integer (NaN is 0); Miniflare's broker waits out a negative delay as none
  const seconds = Math.trunc(Number(options.delaySeconds));
  return Number.isFinite(seconds) ? Math.max(0, seconds) : 0;
}

/** An own read-only value as workerd defines a message's or batch's members: enumerable and configurable, not writable. */
function readOnly(target, name, value) {
  Object.defineProperty(target, name, { value, writable: false, enumerable: true, configurable: true });
}

class QueueMessage {
  #decisions;
  constructor(init) {
    if (init?.[kQueueInit] === undefined) throw new TypeError("Illegal constructor");
    this.#decisions = init[kQueueInit];
    // read-only own values, as workerd defines them
    readOnly(this, "attempts", init.attempts);
    readOnly(this, "body", init.body);
    readOnly(this, "timestamp", init.timestamp);
    readOnly(this, "id", init.id);
  }
  ack() {
    if (this.#decisions.retries.has(this.id)) {
      console.warn(`Received a call to ack() on message ${this.id} after retry() was already called. Calling ack() on a message after calling retry() has no effect.`);
      return;
    }
    if (this.#decisions.retryBatch.retry) {
      console.warn(`Received a call to ack() on message ${this.id} after retryAll() was already called. Calling ack() on a message after calling retryAll() has no effect.`);
      return;
    }
    this.#decisions.acks.add(this.id);
  }
  retry(options) {
    const delay = retryDelay(options, "retry", "QueueMessage");
    if (this.#decisions.acks.has(this.id)) {
      console.warn(`Received a call to retry() on message ${this.id} after ack() was already called. Calling retry() on a message after calling ack() has no effect.`);
      return;
    }
    // a batch acknowledged as a whole takes no retry of one of its messages (recorded)
    if (this.#decisions.ackAll) {
      console.warn(`Received a call to retry() on message ${this.id} after ackAll() was already called. Calling retry() on a message after calling ackAll() has no effect.`);
      return;
    }
    if (!this.#decisions.retries.has(this.id)) this.#decisions.retries.set(this.id, delay);
  }
}

class QueueController {
  #decisions;
  constructor(init) {
    if (init?.[kQueueInit] === undefined) throw new TypeError("Illegal constructor");
    this.#decisions = init[kQueueInit];
    readOnly(this, "metadata", init.metadata);
    readOnly(this, "queue", init.queue);
    // as in workerd, each read of messages gives a new array of the same messages
    const messages = init.messages;
    Object.defineProperty(this, "messages", { get: () => [...messages], enumerable: true, configurable: true });
  }
  ackAll() {
    if (this.#decisions.retryBatch.retry) {
      console.warn("Received a call to ackAll() after retryAll() was already called. Calling ackAll() after calling retryAll() has no effect.");
      return;
    }
    this.#decisions.ackAll = true;
  }
  retryAll(options) {
    const delay = retryDelay(options, "retryAll", "QueueController");
    if (this.#decisions.ackAll) {
      console.warn("Received a call to retryAll() after ackAll() was already called. Calling retryAll() after calling ackAll() has no effect.");
      return;
    }
    this.#decisions.retryBatch = { retry: true, delaySeconds: delay };
  }
}

Object.defineProperty(QueueMessage.prototype, Symbol.toStringTag, { value: "QueueMessage", configurable: true });
Object.defineProperty(QueueController.prototype, Symbol.toStringTag, { value: "QueueController", configurable: true });

/** A message body as the broker keeps it, back into a value by its content type. */
function decodeQueueBody(contentType, body) {
  switch (contentType) {
    case "text": return body;
    case "json": return JSON.parse(body);
    case "bytes": {
      const bytes = new Uint8Array(body.length);
      for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i);
      return bytes.buffer;
    }
    default: return cloneDeserialize(body);
  }
}

/** The service-worker format's "queue" event: the batch's members on an ExtendableEvent. */
class QueueEvent extends ExtendableEvent {
  #batch;
  constructor(type, init = {}) {
    super(type, init);
    this.#batch = init.batch;
    // workerd's own members, in its order (actorState is for Durable Object consumers only)
    readOnly(this, "metadata", init.batch?.metadata);
    readOnly(this, "queue", init.batch?.queue);
    // one array for the event's life (recorded: event.messages === event.messages), unlike a batch's
    readOnly(this, "messages", init.batch?.messages);
    readOnly(this, "actorState", undefined);
  }
  ackAll() { this.#batch.ackAll(); }
  retryAll(options) {
    retryDelay(options, "retryAll", "QueueEvent"); // refused in the event's own name
    this.#batch.retryAll(options);
  }
}

Object.defineProperty(QueueEvent.prototype, Symbol.toStringTag, { value: "QueueEvent", configurable: true });

function invokeQueueHandler(batch, state, entrypoint = null) {
  if (isServiceWorkerFormat() && entrypoint == null) {
    const listeners = [...listenersOf("queue")];
    if (listeners.length === 0) throw new Error("Handler does not export a queue() function.");
    const event = new QueueEvent("queue", { batch });
    eventWork.set(event, state);
    dispatchAtTarget(event, listeners);
    return undefined;
  }
  const handler = entrypointHandler(entrypoint);
  const ctx = new ExecutionContext(state);
  const entrypointClass = isClass(handler);
  const target = entrypointClass ? new handler(ctx, currentWorkerEnv()) : handler;
  if (target === null || target === undefined || (typeof target !== "object" && typeof target !== "function") || typeof target.queue !== "function") {
    throw new Error("Handler does not export a queue() function.");
  }
  // a class instance has env and ctx as its own members: its queue() gets them as undefined (recorded)
  return entrypointClass ? target.queue(batch, undefined, undefined) : target.queue(batch, currentWorkerEnv(), ctx);
}

// the reports of deliveries whose waitUntil work Java still awaits: ack()/retry() called there count too
const queueReports = new Map();
let queueReportCount = 0;

/**
 * Java's second entry point, once a delivery's waitUntil work has settled: the delivery's report
 * (by the token of its first report) with the decisions made since; null when it is unknown.
 */
internals.queueReport = function (token, done) {
  const again = queueReports.get(String(token));
  queueReports.delete(String(token));
  done({ ok: true, value: again === undefined ? null : again() });
};

/**
 * Java's entry point: delivers one batch, given as JSON {queue, metadata, messages: [{id,
 * timestamp, contentType, body, attempts}]}, and calls done once with {ok: true, value: JSON
 * {outcome: "ok"|"exception", error?, ackAll, retryBatch: {retry, delaySeconds}, explicitAcks,
 * retryMessages: [{msgId, delaySeconds}]}} when the handler's promise has settled (outcome
 * "exceededCpu" when Java cancels it as hung first).
 */
internals.dispatchQueue = function (payload, work, done) {
  internals.dispatchQueueAt(null, payload, work, done);
};

/** dispatchQueue for the export `entrypoint` (a named WorkerEntrypoint or handler object; null: the default one). */
internals.dispatchQueueAt = function (entrypoint, payload, work, done) {
  const event = newEvent(work);
  runInEvent(event, dispatchQueueIn, entrypoint, payload, event, done);
};

/** dispatchQueueAt within its event, which answers when the handler settles. */
function dispatchQueueIn(entrypoint, payload, event, answer) {
  let answered = false;
  const done = (outcome) => { if (!answered) { answered = true; answer(outcome); } };
  const decisions = queueDecisions();
  const token = String(++queueReportCount);
  const reportOf = (outcome, error) => JSON.stringify({
    token, outcome, error, ackAll: decisions.ackAll, retryBatch: decisions.retryBatch, explicitAcks: [...decisions.acks],
    retryMessages: [...decisions.retries].map(([msgId, delaySeconds]) => ({ msgId, delaySeconds })),
  });
  const report = (outcome, error) => {
    if (answered) return;
    queueReports.set(token, () => reportOf(outcome, error));
    done({ ok: true, value: reportOf(outcome, error) });
  };
  // canceled as hung, the delivery reports workerd's outcome with the decisions made so far (recorded)
  host.eventOnHung(event.work, () => report("exceededCpu"));
  let pending;
  try {
    const data = JSON.parse(payload);
    const messages = data.messages.map((m) => new QueueMessage({
      [kQueueInit]: decisions, id: m.id, timestamp: new Date(m.timestamp), body: decodeQueueBody(m.contentType, m.body), attempts: m.attempts,
    }));
    const metrics = { backlogCount: data.metadata.backlogCount, backlogBytes: data.metadata.backlogBytes };
    // as in workerd: no oldestMessageTimestamp key while the backlog is empty
    if (data.metadata.oldestMessageTimestamp !== null) metrics.oldestMessageTimestamp = new Date(data.metadata.oldestMessageTimestamp);
    const metadata = { metrics };
    const batch = new QueueController({ [kQueueInit]: decisions, metadata, queue: data.queue, messages });
    pending = Promise.resolve(invokeQueueHandler(batch, event, entrypoint));
  } catch (error) {
    pending = Promise.reject(error);
  }
  pending.then(() => { eventAnswered(event); report("ok"); }, (error) => {
    eventAnswered(event);
    const frames = stackFrames(error);
    host.log("error", errorHeadline(error) + (frames ? "\n" + frames : ""));
    report("exception", describeError(error));
  }).catch((error) => done({ ok: false, ...describeError(error) }));
}
