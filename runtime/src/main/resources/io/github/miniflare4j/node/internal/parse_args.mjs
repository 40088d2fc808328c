// util.parseArgs: Node's command-line argument parser (options, positionals, tokens, strict mode).
const { nodeError, invalidArgType } = $node;

function argError(code, message) { return nodeError(TypeError, code, message); }

export function parseArgs(config = {}) {
  const args = config.args ?? [];
  const options = config.options ?? {};
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const allowNegative = config.allowNegative ?? false;
  if (!Array.isArray(args)) throw invalidArgType("args", "an instance of Array", args);
  for (const [name, option] of Object.entries(options)) {
    if (option.type !== "string" && option.type !== "boolean") {
      throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The property 'options.${name}.type' must be one of: 'string', 'boolean'. Received ${option.type === undefined ? "undefined" : `'${option.type}'`}`);
    }
    if (option.short !== undefined && (typeof option.short !== "string" || option.short.length !== 1)) {
      throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The property 'options.${name}.short' must be a single character. Received '${option.short}'`);
    }
  }
  const shortToLong = new Map(Object.entries(options).filter(([, o]) => o.short).map(([n, o]) => [o.short, n]));
  const tokens = [];
  const values = { __proto__: null };
  const positionals = [];

  const store = (name, value, index, rawName, inline) => {
    const option = options[name];
    tokens.push({ kind: "option", name, rawName, index, value, inlineValue: inline });
    if (strict) {
      if (!option) {
        throw argError("ERR_PARSE_ARGS_UNKNOWN_OPTION", `Unknown option '${rawName}'${allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(rawName)}` : ""}`);
      }
      if (option.type === "string" && typeof value !== "string") {
        throw argError("ERR_PARSE_ARGS_INVALID_OPTION_VALUE", `Option '${option.short ? `-${option.short}, ` : ""}--${name} <value>' argument missing`);
      }
      if (option.type === "boolean" && value !== undefined) {
        throw argError("ERR_PARSE_ARGS_INVALID_OPTION_VALUE", `Option '${option.short ? `-${option.short}, ` : ""}--${name}' does not take an argument`);
      }
    }
    const stored = value === undefined ? true : value;
    if (option?.multiple) (values[name] ??= []).push(stored);
    else values[name] = stored;
  };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      tokens.push({ kind: "option-terminator", index: i });
      for (let j = i + 1; j < args.length; j++) { positionals.push(args[j]); tokens.push({ kind: "positional", index: j, value: args[j] }); }
      break;
    }
    if (arg.startsWith("--") && arg.length > 2) {
      const eq = arg.indexOf("=");
      let name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      let value = eq >= 0 ? arg.slice(eq + 1) : undefined;
      if (allowNegative && name.startsWith("no-") && options[name.slice(3)]?.type === "boolean" && value === undefined) {
        store(name.slice(3), undefined, i, `--${name}`, undefined);
        values[name.slice(3)] = false;
        continue;
      }
      if (value === undefined && options[name]?.type === "string" && i + 1 < args.length) value = args[++i];
      store(name, value, eq >= 0 ? i : i - (value !== undefined ? 1 : 0), `--${name}`, eq >= 0);
      continue;
    }
    if (arg.startsWith("-") && arg.length > 1) {
      for (let c = 1; c < arg.length; c++) {
        const short = arg[c];
        const name = shortToLong.get(short) ?? short;
        if (options[name]?.type === "string") {
          let value = arg.slice(c + 1);
          const inline = value.length > 0;
          if (!inline && i + 1 < args.length) value = args[++i];
          else if (!inline) value = undefined;
          store(name, value, i, `-${short}`, inline);
          break;
        }
        store(name, undefined, i, `-${short}`, undefined);
      }
      continue;
    }
    if (strict && !allowPositionals) {
      throw argError("ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL", `Unexpected argument '${arg}'. This command does not take positional arguments`);
    }
    positionals.push(arg);
    tokens.push({ kind: "positional", index: i, value: arg });
  }
  for (const [name, option] of Object.entries(options)) {
    if (option.default !== undefined && values[name] === undefined) values[name] = option.default;
  }
  const result = { values, positionals };
  if (config.tokens) result.tokens = tokens;
  return result;
}
