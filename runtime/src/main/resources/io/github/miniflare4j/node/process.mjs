// node:process — the process global (workerd's legacy shape: nextTick, env, exit, getBuiltinModule, platform, features).
const process = $node.process;
export default process;
export const { nextTick, exit, getBuiltinModule, platform, features } = process;
export const env = process.env;
