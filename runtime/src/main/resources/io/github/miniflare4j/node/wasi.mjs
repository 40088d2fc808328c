// node:wasi (enable_nodejs_wasi_module): WASI is not implemented.
import { notImplemented } from "node-internal:stubs";
export class WASI { constructor() { notImplemented("WASI")(); } }
export default { WASI };
