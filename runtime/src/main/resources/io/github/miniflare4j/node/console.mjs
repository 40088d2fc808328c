// node:console (enable_nodejs_console_module): the global console, whose methods it exports, and a Console class.
const c = globalThis.console;
const bind = (name) => (typeof c[name] === "function" ? c[name].bind(c) : function () {});
export const assert = bind("assert"), clear = bind("clear"), context = bind("context"), count = bind("count"),
  countReset = bind("countReset"), createTask = bind("createTask"), debug = bind("debug"), dir = bind("dir"),
  dirxml = bind("dirxml"), error = bind("error"), group = bind("group"), groupCollapsed = bind("groupCollapsed"),
  groupEnd = bind("groupEnd"), info = bind("info"), log = bind("log"), profile = bind("profile"),
  profileEnd = bind("profileEnd"), table = bind("table"), time = bind("time"), timeEnd = bind("timeEnd"),
  timeLog = bind("timeLog"), timeStamp = bind("timeStamp"), trace = bind("trace"), warn = bind("warn");
/** A console writing where the global one does (workers have no other streams). */
export class Console {
  constructor() {
    for (const name of ["assert", "clear", "count", "countReset", "debug", "dir", "dirxml", "error", "group", "groupCollapsed",
      "groupEnd", "info", "log", "table", "time", "timeEnd", "timeLog", "trace", "warn"]) this[name] = bind(name);
  }
}
export default c;
