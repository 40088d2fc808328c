// node:dgram — workerd's stand-in (enable_nodejs_dgram_module): sockets can be made but never bind or send.
import EventEmitter from "node-internal:events";
const { invalidArgType } = $node;
export class Socket extends EventEmitter {
  constructor(type) {
    super();
    if (type === null || typeof type !== "object") throw invalidArgType("type", "of type object", type);
  }
}
export function createSocket(type) { return new Socket(typeof type === "string" ? { type } : type); }
export default { Socket, createSocket };
