// The Interface of node:readline and node:readline/promises as workerd has it: there is no
// terminal, so nothing is ever read; a question is answered with "" at once.
import EventEmitter from "node-internal:events";

export class Interface extends EventEmitter {
  terminal = false;
  line = "";
  cursor = 0;
  #prompt = "> ";
  getPrompt() { return this.#prompt; }
  setPrompt(prompt) { this.#prompt = prompt; }
  prompt() {}
  question(query, options, callback) {
    callback = typeof options === "function" ? options : callback;
    if (typeof callback === "function") queueMicrotask(() => callback(""));
  }
  pause() { return this; }
  resume() { return this; }
  write() {}
  close() {}
  getCursorPos() { return { rows: 0, cols: 0 }; }
  async *[Symbol.asyncIterator]() {}
}

/** Answers questions with a promise (node:readline/promises). */
const BaseInterface = Interface;
export const PromisesInterface = class Interface extends BaseInterface {
  question() { return Promise.resolve(""); }
};

/** The Readline of node:readline/promises: its cursor moves are kept nowhere. */
export class Readline {
  clearLine() { return this; }
  clearScreenDown() { return this; }
  cursorTo() { return this; }
  moveCursor() { return this; }
  commit() { return Promise.resolve(); }
  rollback() { return this; }
}
export const promises = { Interface: PromisesInterface, Readline, createInterface: function createInterface() { return new PromisesInterface(); } };
