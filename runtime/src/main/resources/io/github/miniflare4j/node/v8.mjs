// node:v8 (enable_nodejs_v8_module): zeroed heap statistics; serialization, snapshots and coverage are not implemented.
import { notImplemented } from "node-internal:stubs";
const { invalidArgType } = $node;
export class Serializer {}
export class Deserializer {}
export class DefaultSerializer extends Serializer {}
export class DefaultDeserializer extends Deserializer {}
export class GCProfiler { start() {} stop() { return undefined; } }
export function cachedDataVersionTag() { return 0; }
export const serialize = notImplemented("serialize"), deserialize = notImplemented("deserialize"),
  getHeapSnapshot = notImplemented("getHeapSnapshot"), writeHeapSnapshot = notImplemented("writeHeapSnapshot"),
  takeCoverage = notImplemented("takeCoverage"), stopCoverage = notImplemented("stopCoverage");
export function getHeapStatistics() {
  return { total_heap_size: 0, total_heap_size_executable: 0, total_physical_size: 0, total_available_size: 0, used_heap_size: 0,
    heap_size_limit: 0, malloced_memory: 0, peak_malloced_memory: 0, does_zap_garbage: 0, number_of_native_contexts: 0,
    number_of_detached_contexts: 0, total_global_handles_size: 0, used_global_handles_size: 0, external_memory: 0, total_allocated_bytes: 0 };
}
export function getHeapSpaceStatistics() { return []; }
export function getHeapCodeStatistics() {
  return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
}
export function getCppHeapStatistics() {
  return { committed_size_bytes: 0, resident_size_bytes: 0, used_size_bytes: 0, space_statistics: [], type_names: [], detail_level: "detailed" };
}
export function isStringOneByteRepresentation(content) {
  if (typeof content !== "string") throw invalidArgType("content", "of type string", content);
  for (let i = 0; i < content.length; i++) if (content.charCodeAt(i) > 0xff) return false;
  return true;
}
export function queryObjects(constructor) {
  if (typeof constructor !== "function") throw invalidArgType("constructor", "of type function", constructor);
  return 0;
}
export function setFlagsFromString(flags) { if (typeof flags !== "string") throw invalidArgType("flags", "of type string", flags); }
export function setHeapSnapshotNearHeapLimit(limit) { if (typeof limit !== "number") throw invalidArgType("limit", "of type number", limit); }
export const promiseHooks = { createHook() { return () => {}; }, onInit() { return () => {}; }, onBefore() { return () => {}; }, onAfter() { return () => {}; }, onSettled() { return () => {}; } };
export const startupSnapshot = { addSerializeCallback() {}, addDeserializeCallback() {}, setDeserializeMainFunction() {}, isBuildingSnapshot() { return false; } };
export default { DefaultDeserializer, DefaultSerializer, Deserializer, GCProfiler, Serializer, cachedDataVersionTag, deserialize,
  getCppHeapStatistics, getHeapCodeStatistics, getHeapSnapshot, getHeapSpaceStatistics, getHeapStatistics, isStringOneByteRepresentation,
  promiseHooks, queryObjects, serialize, setFlagsFromString, setHeapSnapshotNearHeapLimit, startupSnapshot, stopCoverage, takeCoverage,
  writeHeapSnapshot };
