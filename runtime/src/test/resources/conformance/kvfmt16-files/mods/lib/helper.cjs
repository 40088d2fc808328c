const t = require("./note.txt");
module.exports = { fromCjs: true, t, kind: typeof module, ids: typeof __filename };
