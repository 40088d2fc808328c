// node:v8 (enable_nodejs_v8_module), as workerd's: zeroed heap statistics; the rest checks its arguments, then
// throws ERR_METHOD_NOT_IMPLEMENTED (serialization, snapshots, coverage, GC profiling, promise hooks).
import { notImplemented } from "node-internal:stubs";
const { invalidArgType, invalidArgValue, validateOneOf, outOfRange } = $node;
const refuse = (label) => notImplemented(label)();
const validateString = (value, name) => { if (typeof value !== "string") throw invalidArgType(name, "of type string", value); };
const validateObject = (value, name) => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw invalidArgType(name, "of type object", value);
};
function validateSnapshotOptions(options = {}) {
  validateObject(options, "options");
  const { exposeInternals = false, exposeNumericValues = false } = options;
  if (typeof exposeInternals !== "boolean") throw invalidArgType("options.exposeInternals", "of type boolean", exposeInternals);
  if (typeof exposeNumericValues !== "boolean") throw invalidArgType("options.exposeNumericValues", "of type boolean", exposeNumericValues);
}

export class Serializer {
  constructor() { refuse("Serializer"); }
  writeHeader() { refuse("writeHeader"); }
  writeValue() { refuse("writeValue"); }
  releaseBuffer() { refuse("releaseBuffer"); }
  transferArrayBuffer() { refuse("transferArrayBuffer"); }
  writeUint32() { refuse("writeUint32"); }
  writeUint64() { refuse("writeUint64"); }
  writeDouble() { refuse("writeDouble"); }
  writeRawBytes() { refuse("writeRawBytes"); }
  _getDataCloneError() { refuse("_getDataCloneError"); }
  _getSharedArrayBufferId() { refuse("_getSharedArrayBufferId"); }
  _setTreatArrayBufferViewsAsHostObjects() { refuse("_setTreatArrayBufferViewsAsHostObjects"); }
  _writeHostObject() { refuse("_writeHostObject"); }
}
export class Deserializer {
  constructor() { refuse("Deserializer"); }
  readHeader() { refuse("readHeader"); }
  readValue() { refuse("readValue"); }
  transferArrayBuffer() { refuse("transferArrayBuffer"); }
  getWireFormatVersion() { refuse("getWireFormatVersion"); }
  readUint32() { refuse("readUint32"); }
  readUint64() { refuse("readUint64"); }
  readDouble() { refuse("readDouble"); }
  readRawBytes() { refuse("readRawBytes"); }
  _readHostObject() { refuse("_readHostObject"); }
}
export class DefaultSerializer extends Serializer { constructor() { super(); refuse("DefaultSerializer"); } }
export class DefaultDeserializer extends Deserializer { constructor(buffer) { super(buffer); refuse("DefaultDeserializer"); } }
export class GCProfiler {
  start() { refuse("GCProfiler.start"); }
  stop() { refuse("GCProfiler.stop"); }
}
export function cachedDataVersionTag() { return 0; }
export const serialize = notImplemented("serialize"), deserialize = notImplemented("deserialize"),
  takeCoverage = notImplemented("takeCoverage"), stopCoverage = notImplemented("stopCoverage");
export function writeHeapSnapshot(filename, options = {}) {
  if (filename !== undefined) validateString(filename, "filename");
  validateSnapshotOptions(options);
  refuse("writeHeapSnapshot");
}
export function getHeapSnapshot(options = {}) {
  validateSnapshotOptions(options);
  refuse("getHeapSnapshot");
}
export function getHeapStatistics() {
  return { total_heap_size: 0, total_heap_size_executable: 0, total_physical_size: 0, total_available_size: 0, used_heap_size: 0,
    heap_size_limit: 0, malloced_memory: 0, peak_malloced_memory: 0, does_zap_garbage: 0, number_of_native_contexts: 0,
    number_of_detached_contexts: 0, total_global_handles_size: 0, used_global_handles_size: 0, external_memory: 0, total_allocated_bytes: 0 };
}
export function getHeapSpaceStatistics() { return []; }
export function getHeapCodeStatistics() {
  return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
}
export function getCppHeapStatistics(type = "detailed") {
  validateOneOf(type, "type", ["brief", "detailed"]);
  return { committed_size_bytes: 0, resident_size_bytes: 0, used_size_bytes: 0, space_statistics: [], type_names: [], detail_level: type };
}
export function isStringOneByteRepresentation(content) {
  validateString(content, "content");
  refuse("isStringOneByteRepresentation");
}
export function queryObjects(constructor, options = {}) {
  if (typeof constructor !== "function") throw invalidArgType("constructor", "of type function", constructor);
  validateObject(options, "options");
  const format = options.format || "count";
  if (format !== "count" && format !== "summary") throw invalidArgValue("options.format", format);
  refuse("queryObjects");
}
export function setFlagsFromString(flags) {
  validateString(flags, "flags");
  refuse("setFlagsFromString");
}
/** workerd's validateUint32(limit, "limit", true), then the refusal. */
export function setHeapSnapshotNearHeapLimit(limit) {
  if (typeof limit !== "number") throw invalidArgType("limit", "of type number", limit);
  if (!Number.isInteger(limit)) throw outOfRange("limit", "an integer", limit);
  if (limit < 1 || limit > 4294967295) throw outOfRange("limit", ">= 1 && < 4294967296", limit);
  refuse("setHeapSnapshotNearHeapLimit");
}
export const promiseHooks = {
  createHook() { refuse("promiseHooks.createHook"); },
  onInit() { refuse("promiseHooks.onInit"); },
  onBefore() { refuse("promiseHooks.onBefore"); },
  onAfter() { refuse("promiseHooks.onAfter"); },
  onSettled() { refuse("promiseHooks.onSettled"); },
};
export const startupSnapshot = {
  addSerializeCallback() { refuse("startupSnapshot.addSerializeCallback"); },
  addDeserializeCallback() { refuse("startupSnapshot.addDeserializeCallback"); },
  setDeserializeMainFunction() { refuse("startupSnapshot.setDeserializeMainFunction"); },
  isBuildingSnapshot() { return false; },
};
export default { DefaultDeserializer, DefaultSerializer, Deserializer, GCProfiler, Serializer, cachedDataVersionTag, deserialize,
  getCppHeapStatistics, getHeapCodeStatistics, getHeapSnapshot, getHeapSpaceStatistics, getHeapStatistics, isStringOneByteRepresentation,
  promiseHooks, queryObjects, serialize, setFlagsFromString, setHeapSnapshotNearHeapLimit, startupSnapshot, stopCoverage, takeCoverage,
  writeHeapSnapshot };
