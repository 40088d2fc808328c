// node:process as workerd serves it under enable_nodejs_process_v2 (engine.ModuleFileSystem
// serves this file for node:process then): the process global, each member a named export.
const process = $node.process;
export default process;
export const {
  assert, version, versions, title, argv, argv0, execArgv, arch, platform, config, pid, ppid, getegid, getgid,
  getgroups, geteuid, getuid, setegid, setgid, setgroups, seteuid, setuid, initgroups, setSourceMapsEnabled,
  getSourceMapsSupport, nextTick, emitWarning, env, exit, abort, getBuiltinModule, features,
  allowedNodeEnvironmentFlags, kill, ref, unref, chdir, cwd, umask, hrtime, uptime, loadEnvFile, exitCode, channel,
  connected, binding, debugPort, dlopen, finalization, getActiveResourcesInfo, setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback, memoryUsage, noDeprecation, permission, release, report, resourceUsage, send,
  traceDeprecation, throwDeprecation, sourceMapsEnabled, stdin, stdout, stderr, threadCpuUsage, cpuUsage, execPath,
  constrainedMemory, availableMemory, execve, openStdin, _rawDebug, moduleLoadList, _linkedBinding, domain, _exiting,
  _getActiveRequests, _getActiveHandles, reallyExit, _kill, _fatalException, _tickCallback, _debugProcess, _debugEnd,
  _startProfilerIdleNotifier, _stopProfilerIdleNotifier, _preload_modules, _disconnect, _handleQueue, _pendingMessage,
  _channel, _send, _events, _eventsCount, _maxListeners,
} = process;
