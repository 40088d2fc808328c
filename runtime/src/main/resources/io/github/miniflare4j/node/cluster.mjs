// node:cluster — workerd's stand-in (enable_nodejs_cluster_module): always the primary, no workers.
import EventEmitter from "node-internal:events";
import { notImplemented } from "node-internal:stubs";
export class Worker extends EventEmitter {}
export const SCHED_NONE = 1, SCHED_RR = 2;
export class Cluster extends EventEmitter {
  isMaster = true; isPrimary = true; isWorker = false; Worker = Worker; SCHED_NONE = SCHED_NONE; SCHED_RR = SCHED_RR;
  schedulingPolicy = SCHED_RR; settings = {}; workers = {};
}
Object.defineProperties(Cluster.prototype, {
  disconnect: { value: notImplemented("disconnect", "cluster.disconnect"), writable: true, configurable: true },
  fork: { value: notImplemented("fork", "cluster.fork"), writable: true, configurable: true },
  setupMaster: { value: notImplemented("setupMaster", "cluster.setupWorker"), writable: true, configurable: true },
  setupPrimary: { value: notImplemented("setupPrimary", "cluster.setupPrimary"), writable: true, configurable: true },
});
const cluster = new Cluster();
export default cluster;
export const { isMaster, isPrimary, isWorker, schedulingPolicy, settings, workers, _events, _eventsCount, _maxListeners } = cluster;
export const disconnect = cluster.disconnect, fork = cluster.fork, setupMaster = cluster.setupMaster, setupPrimary = cluster.setupPrimary;
