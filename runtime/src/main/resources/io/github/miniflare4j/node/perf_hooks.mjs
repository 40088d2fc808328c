// node:perf_hooks (enable_nodejs_perf_hooks_module): the global performance and its classes;
// histograms and event-loop monitoring are not implemented, as in workerd.
import { notImplemented } from "node-internal:stubs";
const { invalidArgType } = $node;
export const performance = globalThis.performance;
const illegal = (name) => globalThis[name] ?? { [name]: class { constructor() { throw new TypeError("Illegal constructor"); } } }[name];
export const Performance = globalThis.Performance ?? performance.constructor;
export const PerformanceEntry = illegal("PerformanceEntry");
export const PerformanceMark = illegal("PerformanceMark");
export const PerformanceMeasure = illegal("PerformanceMeasure");
export const PerformanceObserverEntryList = illegal("PerformanceObserverEntryList");
export const PerformanceResourceTiming = illegal("PerformanceResourceTiming");
export const PerformanceObserver = globalThis.PerformanceObserver ?? class PerformanceObserver {
  static get supportedEntryTypes() { return ["mark", "measure"]; }
  constructor(callback) { if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback); }
  observe() {}
  disconnect() {}
  takeRecords() { return []; }
};
export const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8, NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2, NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8, NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32, NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64, NODE_PERFORMANCE_ENTRY_TYPE_GC: 0,
  NODE_PERFORMANCE_ENTRY_TYPE_HTTP: 1, NODE_PERFORMANCE_ENTRY_TYPE_HTTP2: 2, NODE_PERFORMANCE_ENTRY_TYPE_NET: 3,
  NODE_PERFORMANCE_ENTRY_TYPE_DNS: 4, NODE_PERFORMANCE_MILESTONE_TIME_ORIGIN_TIMESTAMP: 0, NODE_PERFORMANCE_MILESTONE_TIME_ORIGIN: 1,
  NODE_PERFORMANCE_MILESTONE_ENVIRONMENT: 2, NODE_PERFORMANCE_MILESTONE_NODE_START: 3, NODE_PERFORMANCE_MILESTONE_V8_START: 4,
  NODE_PERFORMANCE_MILESTONE_LOOP_START: 5, NODE_PERFORMANCE_MILESTONE_LOOP_EXIT: 6, NODE_PERFORMANCE_MILESTONE_BOOTSTRAP_COMPLETE: 7,
};
export const createHistogram = notImplemented("createHistogram");
export const monitorEventLoopDelay = notImplemented("monitorEventLoopDelay");
export function eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; }
/** workerd hands the function back as it is: nothing is timed. */
export function timerify(fn) { return fn; }
export default { Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver, PerformanceObserverEntryList,
  PerformanceResourceTiming, constants, createHistogram, eventLoopUtilization, monitorEventLoopDelay, performance, timerify };
