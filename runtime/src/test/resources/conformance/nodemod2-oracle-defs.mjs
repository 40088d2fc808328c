// nodemod2: which Node.js modules exist at which compatibility date, and the modules workerd added from 2025 on (fs, os, process v2, http client, stand-ins). Re-record: copy /work/wt/oracle/defs/_h.mjs beside this file, then in the oracle folder run DEFS_DIR=<this folder> RECORD_OUT=<out> node record.mjs nodemod2
import { PRELUDE, get } from "./_h.mjs";
const nodeCase = (name, description, imports, helpers, body, { date = "2026-04-26", flags = ["nodejs_compat"] } = {}) => ({
  name, area: "node", description,
  options: {
    modules: true, compatibilityDate: date, compatibilityFlags: flags,
    script: `${imports}
${PRELUDE}
${helpers}
export default { async fetch(req, env, ctx) {
  const out = {};
${body}
  return Response.json(out);
} };`,
  },
  steps: [get("/")],
});
const EXISTENCE = `  try { const m = await import("node:_http_agent"); out["_http_agent"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_http_agent"] = e.message; }
  out["gbm:_http_agent"] = typeof process.getBuiltinModule("node:_http_agent");
  try { const m = await import("node:_http_client"); out["_http_client"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_http_client"] = e.message; }
  out["gbm:_http_client"] = typeof process.getBuiltinModule("node:_http_client");
  try { const m = await import("node:_http_common"); out["_http_common"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_http_common"] = e.message; }
  out["gbm:_http_common"] = typeof process.getBuiltinModule("node:_http_common");
  try { const m = await import("node:_http_incoming"); out["_http_incoming"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_http_incoming"] = e.message; }
  out["gbm:_http_incoming"] = typeof process.getBuiltinModule("node:_http_incoming");
  try { const m = await import("node:_http_outgoing"); out["_http_outgoing"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_http_outgoing"] = e.message; }
  out["gbm:_http_outgoing"] = typeof process.getBuiltinModule("node:_http_outgoing");
  try { const m = await import("node:_http_server"); out["_http_server"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_http_server"] = e.message; }
  out["gbm:_http_server"] = typeof process.getBuiltinModule("node:_http_server");
  try { const m = await import("node:_stream_duplex"); out["_stream_duplex"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_stream_duplex"] = e.message; }
  out["gbm:_stream_duplex"] = typeof process.getBuiltinModule("node:_stream_duplex");
  try { const m = await import("node:_stream_passthrough"); out["_stream_passthrough"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_stream_passthrough"] = e.message; }
  out["gbm:_stream_passthrough"] = typeof process.getBuiltinModule("node:_stream_passthrough");
  try { const m = await import("node:_stream_readable"); out["_stream_readable"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_stream_readable"] = e.message; }
  out["gbm:_stream_readable"] = typeof process.getBuiltinModule("node:_stream_readable");
  try { const m = await import("node:_stream_transform"); out["_stream_transform"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_stream_transform"] = e.message; }
  out["gbm:_stream_transform"] = typeof process.getBuiltinModule("node:_stream_transform");
  try { const m = await import("node:_stream_wrap"); out["_stream_wrap"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_stream_wrap"] = e.message; }
  out["gbm:_stream_wrap"] = typeof process.getBuiltinModule("node:_stream_wrap");
  try { const m = await import("node:_stream_writable"); out["_stream_writable"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_stream_writable"] = e.message; }
  out["gbm:_stream_writable"] = typeof process.getBuiltinModule("node:_stream_writable");
  try { const m = await import("node:_tls_common"); out["_tls_common"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_tls_common"] = e.message; }
  out["gbm:_tls_common"] = typeof process.getBuiltinModule("node:_tls_common");
  try { const m = await import("node:_tls_wrap"); out["_tls_wrap"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["_tls_wrap"] = e.message; }
  out["gbm:_tls_wrap"] = typeof process.getBuiltinModule("node:_tls_wrap");
  try { const m = await import("node:assert"); out["assert"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["assert"] = e.message; }
  out["gbm:assert"] = typeof process.getBuiltinModule("node:assert");
  try { const m = await import("node:assert/strict"); out["assert/strict"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["assert/strict"] = e.message; }
  out["gbm:assert/strict"] = typeof process.getBuiltinModule("node:assert/strict");
  try { const m = await import("node:async_hooks"); out["async_hooks"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["async_hooks"] = e.message; }
  out["gbm:async_hooks"] = typeof process.getBuiltinModule("node:async_hooks");
  try { const m = await import("node:buffer"); out["buffer"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["buffer"] = e.message; }
  out["gbm:buffer"] = typeof process.getBuiltinModule("node:buffer");
  try { const m = await import("node:child_process"); out["child_process"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["child_process"] = e.message; }
  out["gbm:child_process"] = typeof process.getBuiltinModule("node:child_process");
  try { const m = await import("node:cluster"); out["cluster"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["cluster"] = e.message; }
  out["gbm:cluster"] = typeof process.getBuiltinModule("node:cluster");
  try { const m = await import("node:console"); out["console"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["console"] = e.message; }
  out["gbm:console"] = typeof process.getBuiltinModule("node:console");
  try { const m = await import("node:constants"); out["constants"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["constants"] = e.message; }
  out["gbm:constants"] = typeof process.getBuiltinModule("node:constants");
  try { const m = await import("node:crypto"); out["crypto"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["crypto"] = e.message; }
  out["gbm:crypto"] = typeof process.getBuiltinModule("node:crypto");
  try { const m = await import("node:dgram"); out["dgram"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["dgram"] = e.message; }
  out["gbm:dgram"] = typeof process.getBuiltinModule("node:dgram");
  try { const m = await import("node:diagnostics_channel"); out["diagnostics_channel"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["diagnostics_channel"] = e.message; }
  out["gbm:diagnostics_channel"] = typeof process.getBuiltinModule("node:diagnostics_channel");
  try { const m = await import("node:dns"); out["dns"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["dns"] = e.message; }
  out["gbm:dns"] = typeof process.getBuiltinModule("node:dns");
  try { const m = await import("node:dns/promises"); out["dns/promises"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["dns/promises"] = e.message; }
  out["gbm:dns/promises"] = typeof process.getBuiltinModule("node:dns/promises");
  try { const m = await import("node:domain"); out["domain"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["domain"] = e.message; }
  out["gbm:domain"] = typeof process.getBuiltinModule("node:domain");
  try { const m = await import("node:events"); out["events"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["events"] = e.message; }
  out["gbm:events"] = typeof process.getBuiltinModule("node:events");
  try { const m = await import("node:fs"); out["fs"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["fs"] = e.message; }
  out["gbm:fs"] = typeof process.getBuiltinModule("node:fs");
  try { const m = await import("node:fs/promises"); out["fs/promises"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["fs/promises"] = e.message; }
  out["gbm:fs/promises"] = typeof process.getBuiltinModule("node:fs/promises");
  try { const m = await import("node:http"); out["http"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["http"] = e.message; }
  out["gbm:http"] = typeof process.getBuiltinModule("node:http");
  try { const m = await import("node:http2"); out["http2"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["http2"] = e.message; }
  out["gbm:http2"] = typeof process.getBuiltinModule("node:http2");
  try { const m = await import("node:https"); out["https"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["https"] = e.message; }
  out["gbm:https"] = typeof process.getBuiltinModule("node:https");
  try { const m = await import("node:inspector"); out["inspector"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["inspector"] = e.message; }
  out["gbm:inspector"] = typeof process.getBuiltinModule("node:inspector");
  try { const m = await import("node:inspector/promises"); out["inspector/promises"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["inspector/promises"] = e.message; }
  out["gbm:inspector/promises"] = typeof process.getBuiltinModule("node:inspector/promises");
  try { const m = await import("node:module"); out["module"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["module"] = e.message; }
  out["gbm:module"] = typeof process.getBuiltinModule("node:module");
  try { const m = await import("node:net"); out["net"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["net"] = e.message; }
  out["gbm:net"] = typeof process.getBuiltinModule("node:net");
  try { const m = await import("node:os"); out["os"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["os"] = e.message; }
  out["gbm:os"] = typeof process.getBuiltinModule("node:os");
  try { const m = await import("node:path"); out["path"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["path"] = e.message; }
  out["gbm:path"] = typeof process.getBuiltinModule("node:path");
  try { const m = await import("node:path/posix"); out["path/posix"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["path/posix"] = e.message; }
  out["gbm:path/posix"] = typeof process.getBuiltinModule("node:path/posix");
  try { const m = await import("node:path/win32"); out["path/win32"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["path/win32"] = e.message; }
  out["gbm:path/win32"] = typeof process.getBuiltinModule("node:path/win32");
  try { const m = await import("node:perf_hooks"); out["perf_hooks"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["perf_hooks"] = e.message; }
  out["gbm:perf_hooks"] = typeof process.getBuiltinModule("node:perf_hooks");
  try { const m = await import("node:process"); out["process"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["process"] = e.message; }
  out["gbm:process"] = typeof process.getBuiltinModule("node:process");
  try { const m = await import("node:punycode"); out["punycode"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["punycode"] = e.message; }
  out["gbm:punycode"] = typeof process.getBuiltinModule("node:punycode");
  try { const m = await import("node:querystring"); out["querystring"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["querystring"] = e.message; }
  out["gbm:querystring"] = typeof process.getBuiltinModule("node:querystring");
  try { const m = await import("node:readline"); out["readline"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["readline"] = e.message; }
  out["gbm:readline"] = typeof process.getBuiltinModule("node:readline");
  try { const m = await import("node:readline/promises"); out["readline/promises"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["readline/promises"] = e.message; }
  out["gbm:readline/promises"] = typeof process.getBuiltinModule("node:readline/promises");
  try { const m = await import("node:repl"); out["repl"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["repl"] = e.message; }
  out["gbm:repl"] = typeof process.getBuiltinModule("node:repl");
  try { const m = await import("node:stream"); out["stream"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["stream"] = e.message; }
  out["gbm:stream"] = typeof process.getBuiltinModule("node:stream");
  try { const m = await import("node:stream/consumers"); out["stream/consumers"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["stream/consumers"] = e.message; }
  out["gbm:stream/consumers"] = typeof process.getBuiltinModule("node:stream/consumers");
  try { const m = await import("node:stream/promises"); out["stream/promises"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["stream/promises"] = e.message; }
  out["gbm:stream/promises"] = typeof process.getBuiltinModule("node:stream/promises");
  try { const m = await import("node:stream/web"); out["stream/web"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["stream/web"] = e.message; }
  out["gbm:stream/web"] = typeof process.getBuiltinModule("node:stream/web");
  try { const m = await import("node:string_decoder"); out["string_decoder"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["string_decoder"] = e.message; }
  out["gbm:string_decoder"] = typeof process.getBuiltinModule("node:string_decoder");
  try { const m = await import("node:sys"); out["sys"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["sys"] = e.message; }
  out["gbm:sys"] = typeof process.getBuiltinModule("node:sys");
  try { const m = await import("node:timers"); out["timers"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["timers"] = e.message; }
  out["gbm:timers"] = typeof process.getBuiltinModule("node:timers");
  try { const m = await import("node:timers/promises"); out["timers/promises"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["timers/promises"] = e.message; }
  out["gbm:timers/promises"] = typeof process.getBuiltinModule("node:timers/promises");
  try { const m = await import("node:tls"); out["tls"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["tls"] = e.message; }
  out["gbm:tls"] = typeof process.getBuiltinModule("node:tls");
  try { const m = await import("node:trace_events"); out["trace_events"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["trace_events"] = e.message; }
  out["gbm:trace_events"] = typeof process.getBuiltinModule("node:trace_events");
  try { const m = await import("node:tty"); out["tty"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["tty"] = e.message; }
  out["gbm:tty"] = typeof process.getBuiltinModule("node:tty");
  try { const m = await import("node:url"); out["url"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["url"] = e.message; }
  out["gbm:url"] = typeof process.getBuiltinModule("node:url");
  try { const m = await import("node:util"); out["util"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["util"] = e.message; }
  out["gbm:util"] = typeof process.getBuiltinModule("node:util");
  try { const m = await import("node:util/types"); out["util/types"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["util/types"] = e.message; }
  out["gbm:util/types"] = typeof process.getBuiltinModule("node:util/types");
  try { const m = await import("node:v8"); out["v8"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["v8"] = e.message; }
  out["gbm:v8"] = typeof process.getBuiltinModule("node:v8");
  try { const m = await import("node:vm"); out["vm"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["vm"] = e.message; }
  out["gbm:vm"] = typeof process.getBuiltinModule("node:vm");
  try { const m = await import("node:wasi"); out["wasi"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["wasi"] = e.message; }
  out["gbm:wasi"] = typeof process.getBuiltinModule("node:wasi");
  try { const m = await import("node:worker_threads"); out["worker_threads"] = [Object.keys(m).length, typeof m.default]; } catch (e) { out["worker_threads"] = e.message; }
  out["gbm:worker_threads"] = typeof process.getBuiltinModule("node:worker_threads");`;
const KEYS = `  try { const m = await import("node:_http_agent"); out["_http_agent"] = Object.keys(m).sort(); } catch (e) { out["_http_agent"] = e.message; }
  try { const m = await import("node:_http_client"); out["_http_client"] = Object.keys(m).sort(); } catch (e) { out["_http_client"] = e.message; }
  try { const m = await import("node:_http_common"); out["_http_common"] = Object.keys(m).sort(); } catch (e) { out["_http_common"] = e.message; }
  try { const m = await import("node:_http_incoming"); out["_http_incoming"] = Object.keys(m).sort(); } catch (e) { out["_http_incoming"] = e.message; }
  try { const m = await import("node:_http_outgoing"); out["_http_outgoing"] = Object.keys(m).sort(); } catch (e) { out["_http_outgoing"] = e.message; }
  try { const m = await import("node:_http_server"); out["_http_server"] = Object.keys(m).sort(); } catch (e) { out["_http_server"] = e.message; }
  try { const m = await import("node:_stream_duplex"); out["_stream_duplex"] = Object.keys(m).sort(); } catch (e) { out["_stream_duplex"] = e.message; }
  try { const m = await import("node:_stream_passthrough"); out["_stream_passthrough"] = Object.keys(m).sort(); } catch (e) { out["_stream_passthrough"] = e.message; }
  try { const m = await import("node:_stream_readable"); out["_stream_readable"] = Object.keys(m).sort(); } catch (e) { out["_stream_readable"] = e.message; }
  try { const m = await import("node:_stream_transform"); out["_stream_transform"] = Object.keys(m).sort(); } catch (e) { out["_stream_transform"] = e.message; }
  try { const m = await import("node:_stream_wrap"); out["_stream_wrap"] = Object.keys(m).sort(); } catch (e) { out["_stream_wrap"] = e.message; }
  try { const m = await import("node:_stream_writable"); out["_stream_writable"] = Object.keys(m).sort(); } catch (e) { out["_stream_writable"] = e.message; }
  try { const m = await import("node:_tls_common"); out["_tls_common"] = Object.keys(m).sort(); } catch (e) { out["_tls_common"] = e.message; }
  try { const m = await import("node:_tls_wrap"); out["_tls_wrap"] = Object.keys(m).sort(); } catch (e) { out["_tls_wrap"] = e.message; }
  try { const m = await import("node:assert"); out["assert"] = Object.keys(m).sort(); } catch (e) { out["assert"] = e.message; }
  try { const m = await import("node:assert/strict"); out["assert/strict"] = Object.keys(m).sort(); } catch (e) { out["assert/strict"] = e.message; }
  try { const m = await import("node:async_hooks"); out["async_hooks"] = Object.keys(m).sort(); } catch (e) { out["async_hooks"] = e.message; }
  try { const m = await import("node:buffer"); out["buffer"] = Object.keys(m).sort(); } catch (e) { out["buffer"] = e.message; }
  try { const m = await import("node:child_process"); out["child_process"] = Object.keys(m).sort(); } catch (e) { out["child_process"] = e.message; }
  try { const m = await import("node:cluster"); out["cluster"] = Object.keys(m).sort(); } catch (e) { out["cluster"] = e.message; }
  try { const m = await import("node:console"); out["console"] = Object.keys(m).sort(); } catch (e) { out["console"] = e.message; }
  try { const m = await import("node:constants"); out["constants"] = Object.keys(m).sort(); } catch (e) { out["constants"] = e.message; }
  try { const m = await import("node:crypto"); out["crypto"] = Object.keys(m).sort(); } catch (e) { out["crypto"] = e.message; }
  try { const m = await import("node:dgram"); out["dgram"] = Object.keys(m).sort(); } catch (e) { out["dgram"] = e.message; }
  try { const m = await import("node:diagnostics_channel"); out["diagnostics_channel"] = Object.keys(m).sort(); } catch (e) { out["diagnostics_channel"] = e.message; }
  try { const m = await import("node:dns"); out["dns"] = Object.keys(m).sort(); } catch (e) { out["dns"] = e.message; }
  try { const m = await import("node:dns/promises"); out["dns/promises"] = Object.keys(m).sort(); } catch (e) { out["dns/promises"] = e.message; }
  try { const m = await import("node:domain"); out["domain"] = Object.keys(m).sort(); } catch (e) { out["domain"] = e.message; }
  try { const m = await import("node:events"); out["events"] = Object.keys(m).sort(); } catch (e) { out["events"] = e.message; }
  try { const m = await import("node:fs"); out["fs"] = Object.keys(m).sort(); } catch (e) { out["fs"] = e.message; }
  try { const m = await import("node:fs/promises"); out["fs/promises"] = Object.keys(m).sort(); } catch (e) { out["fs/promises"] = e.message; }
  try { const m = await import("node:http"); out["http"] = Object.keys(m).sort(); } catch (e) { out["http"] = e.message; }
  try { const m = await import("node:http2"); out["http2"] = Object.keys(m).sort(); } catch (e) { out["http2"] = e.message; }
  try { const m = await import("node:https"); out["https"] = Object.keys(m).sort(); } catch (e) { out["https"] = e.message; }
  try { const m = await import("node:inspector"); out["inspector"] = Object.keys(m).sort(); } catch (e) { out["inspector"] = e.message; }
  try { const m = await import("node:inspector/promises"); out["inspector/promises"] = Object.keys(m).sort(); } catch (e) { out["inspector/promises"] = e.message; }
  try { const m = await import("node:module"); out["module"] = Object.keys(m).sort(); } catch (e) { out["module"] = e.message; }
  try { const m = await import("node:net"); out["net"] = Object.keys(m).sort(); } catch (e) { out["net"] = e.message; }
  try { const m = await import("node:os"); out["os"] = Object.keys(m).sort(); } catch (e) { out["os"] = e.message; }
  try { const m = await import("node:path"); out["path"] = Object.keys(m).sort(); } catch (e) { out["path"] = e.message; }
  try { const m = await import("node:path/posix"); out["path/posix"] = Object.keys(m).sort(); } catch (e) { out["path/posix"] = e.message; }
  try { const m = await import("node:path/win32"); out["path/win32"] = Object.keys(m).sort(); } catch (e) { out["path/win32"] = e.message; }
  try { const m = await import("node:perf_hooks"); out["perf_hooks"] = Object.keys(m).sort(); } catch (e) { out["perf_hooks"] = e.message; }
  try { const m = await import("node:process"); out["process"] = Object.keys(m).sort(); } catch (e) { out["process"] = e.message; }
  try { const m = await import("node:punycode"); out["punycode"] = Object.keys(m).sort(); } catch (e) { out["punycode"] = e.message; }
  try { const m = await import("node:querystring"); out["querystring"] = Object.keys(m).sort(); } catch (e) { out["querystring"] = e.message; }
  try { const m = await import("node:readline"); out["readline"] = Object.keys(m).sort(); } catch (e) { out["readline"] = e.message; }
  try { const m = await import("node:readline/promises"); out["readline/promises"] = Object.keys(m).sort(); } catch (e) { out["readline/promises"] = e.message; }
  try { const m = await import("node:repl"); out["repl"] = Object.keys(m).sort(); } catch (e) { out["repl"] = e.message; }
  try { const m = await import("node:stream"); out["stream"] = Object.keys(m).sort(); } catch (e) { out["stream"] = e.message; }
  try { const m = await import("node:stream/consumers"); out["stream/consumers"] = Object.keys(m).sort(); } catch (e) { out["stream/consumers"] = e.message; }
  try { const m = await import("node:stream/promises"); out["stream/promises"] = Object.keys(m).sort(); } catch (e) { out["stream/promises"] = e.message; }
  try { const m = await import("node:stream/web"); out["stream/web"] = Object.keys(m).sort(); } catch (e) { out["stream/web"] = e.message; }
  try { const m = await import("node:string_decoder"); out["string_decoder"] = Object.keys(m).sort(); } catch (e) { out["string_decoder"] = e.message; }
  try { const m = await import("node:sys"); out["sys"] = Object.keys(m).sort(); } catch (e) { out["sys"] = e.message; }
  try { const m = await import("node:timers"); out["timers"] = Object.keys(m).sort(); } catch (e) { out["timers"] = e.message; }
  try { const m = await import("node:timers/promises"); out["timers/promises"] = Object.keys(m).sort(); } catch (e) { out["timers/promises"] = e.message; }
  try { const m = await import("node:tls"); out["tls"] = Object.keys(m).sort(); } catch (e) { out["tls"] = e.message; }
  try { const m = await import("node:trace_events"); out["trace_events"] = Object.keys(m).sort(); } catch (e) { out["trace_events"] = e.message; }
  try { const m = await import("node:tty"); out["tty"] = Object.keys(m).sort(); } catch (e) { out["tty"] = e.message; }
  try { const m = await import("node:url"); out["url"] = Object.keys(m).sort(); } catch (e) { out["url"] = e.message; }
  try { const m = await import("node:util"); out["util"] = Object.keys(m).sort(); } catch (e) { out["util"] = e.message; }
  try { const m = await import("node:util/types"); out["util/types"] = Object.keys(m).sort(); } catch (e) { out["util/types"] = e.message; }
  try { const m = await import("node:v8"); out["v8"] = Object.keys(m).sort(); } catch (e) { out["v8"] = e.message; }
  try { const m = await import("node:vm"); out["vm"] = Object.keys(m).sort(); } catch (e) { out["vm"] = e.message; }
  try { const m = await import("node:wasi"); out["wasi"] = Object.keys(m).sort(); } catch (e) { out["wasi"] = e.message; }
  try { const m = await import("node:worker_threads"); out["worker_threads"] = Object.keys(m).sort(); } catch (e) { out["worker_threads"] = e.message; }`;
export default [
  nodeCase("nodemod2-modules-2025-01-01", "which node: modules import (and getBuiltinModule finds) under nodejs_compat at 2025-01-01, and how many names each exports", "", "", EXISTENCE, { date: "2025-01-01" }),
  nodeCase("nodemod2-modules-2025-08-15", "which node: modules import (and getBuiltinModule finds) under nodejs_compat at 2025-08-15, and how many names each exports", "", "", EXISTENCE, { date: "2025-08-15" }),
  nodeCase("nodemod2-modules-2025-09-15", "which node: modules import (and getBuiltinModule finds) under nodejs_compat at 2025-09-15, and how many names each exports", "", "", EXISTENCE, { date: "2025-09-15" }),
  nodeCase("nodemod2-modules-2025-09-21", "which node: modules import (and getBuiltinModule finds) under nodejs_compat at 2025-09-21, and how many names each exports", "", "", EXISTENCE, { date: "2025-09-21" }),
  nodeCase("nodemod2-modules-2025-12-04", "which node: modules import (and getBuiltinModule finds) under nodejs_compat at 2025-12-04, and how many names each exports", "", "", EXISTENCE, { date: "2025-12-04" }),
  nodeCase("nodemod2-modules-2026-01-29", "which node: modules import (and getBuiltinModule finds) under nodejs_compat at 2026-01-29, and how many names each exports", "", "", EXISTENCE, { date: "2026-01-29" }),
  nodeCase("nodemod2-modules-2026-03-17", "which node: modules import (and getBuiltinModule finds) under nodejs_compat at 2026-03-17, and how many names each exports", "", "", EXISTENCE, { date: "2026-03-17" }),
  nodeCase("nodemod2-modules-2026-04-26", "which node: modules import (and getBuiltinModule finds) under nodejs_compat at 2026-04-26, and how many names each exports", "", "", EXISTENCE, { date: "2026-04-26" }),
  nodeCase("nodemod2-module-keys", "the sorted export names of every node: module at 2026-04-26 (zlib left out)", "", "", KEYS),
  nodeCase("nodemod2-flags-per-module", "enable_nodejs_<module>_module flags at an older date; process v2 by flag", "", "", `
  try { const m = await import("node:os"); out["os"] = Object.keys(m).length; } catch (e) { out["os"] = e.message; }
  try { const m = await import("node:fs"); out["fs"] = Object.keys(m).length; } catch (e) { out["fs"] = e.message; }
  try { const m = await import("node:http2"); out["http2"] = Object.keys(m).length; } catch (e) { out["http2"] = e.message; }
  try { const m = await import("node:perf_hooks"); out["perf_hooks"] = Object.keys(m).length; } catch (e) { out["perf_hooks"] = e.message; }
  try { const m = await import("node:vm"); out["vm"] = Object.keys(m).length; } catch (e) { out["vm"] = e.message; }
  try { const m = await import("node:punycode"); out["punycode"] = Object.keys(m).length; } catch (e) { out["punycode"] = e.message; }
  try { const m = await import("node:process"); out["process"] = Object.keys(m).length; } catch (e) { out["process"] = e.message; }
  out.cwd = typeof process.cwd; out.pv = process.version;`, { date: "2025-06-01", flags: ["nodejs_compat", "enable_nodejs_os_module", "enable_nodejs_vm_module", "enable_nodejs_process_v2"] }),
  nodeCase("nodemod2-flags-disabled", "disable_nodejs_fs_module / disable_nodejs_perf_hooks_module / disable_nodejs_process_v2 at a recent date", "", "", `
  try { const m = await import("node:os"); out["os"] = Object.keys(m).length; } catch (e) { out["os"] = e.message; }
  try { const m = await import("node:fs"); out["fs"] = Object.keys(m).length; } catch (e) { out["fs"] = e.message; }
  try { const m = await import("node:fs/promises"); out["fs/promises"] = Object.keys(m).length; } catch (e) { out["fs/promises"] = e.message; }
  try { const m = await import("node:perf_hooks"); out["perf_hooks"] = Object.keys(m).length; } catch (e) { out["perf_hooks"] = e.message; }
  try { const m = await import("node:readline"); out["readline"] = Object.keys(m).length; } catch (e) { out["readline"] = e.message; }
  try { const m = await import("node:process"); out["process"] = Object.keys(m).length; } catch (e) { out["process"] = e.message; }
  out.cwd = typeof process.cwd; out.version = typeof process.version;`, { flags: ["nodejs_compat", "disable_nodejs_fs_module", "disable_nodejs_perf_hooks_module", "disable_nodejs_process_v2"] }),
  nodeCase("nodemod2-stand-ins", "os values, child_process/cluster/dgram/domain/http2/inspector/readline/repl/trace_events/tty/v8/vm/wasi/worker_threads stand-ins: what calling their members gives", `import os from "node:os"; import * as cp from "node:child_process"; import * as cluster from "node:cluster"; import * as console2 from "node:console";
import * as dgram from "node:dgram"; import * as domain from "node:domain"; import * as http2 from "node:http2"; import * as https from "node:https";
import * as inspector from "node:inspector"; import * as pc from "node:punycode"; import * as ph from "node:perf_hooks"; import * as rl from "node:readline";
import * as repl from "node:repl"; import * as te from "node:trace_events"; import * as tty from "node:tty"; import * as v8 from "node:v8"; import * as vm from "node:vm";
import * as wasi from "node:wasi"; import * as wt from "node:worker_threads"; import * as tls from "node:tls"; import * as net from "node:net";`, `const c = (f) => { try { const v = f(); return v === undefined ? "undefined" : (typeof v === "function" ? "fn:" + v.name : v); } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };`, `
  out.os = {}; for (const k of Object.keys(os).sort()) out.os[k] = typeof os[k] === "function" ? c(() => os[k]()) : os[k];
  out.cp = Object.fromEntries(Object.keys(cp).map((k) => [k, typeof cp[k] === "function" ? c(() => cp[k]("ls")) : String(cp[k])]));
  out.console = [console2.default === console, console2.log === console.log, typeof console2.Console];
  out.dgram = [c(() => dgram.createSocket("udp4")), c(() => new dgram.Socket())];
  out.https = Object.fromEntries(Object.keys(https).map((k) => [k, typeof https[k]]));
  out.inspector = Object.fromEntries(Object.keys(inspector).map((k) => [k, typeof inspector[k] === "function" ? c(() => inspector[k]()) : typeof inspector[k]]));
  out.pc = [pc.version, pc.toASCII("mañana.com"), pc.toUnicode("xn--maana-pta.com"), pc.encode("mañana"), pc.decode("maana-pta"), c(() => pc.ucs2.decode("a\\u{1F600}")), c(() => pc.ucs2.encode([97, 0x1F600]))];
  out.ph = [typeof ph.performance, ph.performance === globalThis.performance, Object.keys(ph.constants ?? {}), c(() => ph.createHistogram()), c(() => ph.monitorEventLoopDelay()), c(() => ph.eventLoopUtilization()), c(() => ph.timerify(() => 1))];
  out.rl = Object.fromEntries(Object.keys(rl).map((k) => [k, typeof rl[k] === "function" ? c(() => rl[k]()) : typeof rl[k]]));
  out.repl = Object.fromEntries(Object.keys(repl).map((k) => [k, typeof repl[k] === "function" ? c(() => repl[k]()) : c(() => JSON.parse(JSON.stringify(repl[k] ?? null)))]));
  out.te = Object.fromEntries(Object.keys(te).map((k) => [k, typeof te[k] === "function" ? c(() => te[k]()) : typeof te[k]]));
  out.tty = [c(() => tty.isatty(1)), c(() => new tty.ReadStream()), c(() => new tty.WriteStream())];
  out.v8 = Object.fromEntries(Object.keys(v8).map((k) => [k, typeof v8[k] === "function" ? c(() => v8[k]()) : typeof v8[k]]));
  out.vm = Object.fromEntries(Object.keys(vm).map((k) => [k, typeof vm[k] === "function" ? c(() => vm[k]("1+1")) : typeof vm[k]]));
  out.wasi = [c(() => new wasi.WASI())];
  `, { date: "2026-04-26" }),
  nodeCase("nodemod2-constants-os", "node:constants (every name and value, workerd's) and os.constants, homedir, tmpdir, userInfo", `import constants from "node:constants"; import * as ns from "node:constants"; import os from "node:os";`, ``, `
  Object.assign(out, { def: Object.entries(constants), ns: Object.keys(ns), os: os.constants, frozen: Object.isFrozen(constants), home: os.homedir(), tmp: os.tmpdir(), ui: os.userInfo() });
  `, { date: "2026-04-26" }),
  nodeCase("nodemod2-fs-vfs", "node:fs over workerd's in-memory file system: /bundle, /tmp, /dev; read/write/mkdir/readdir/stat/unlink/rm/rename/copy/access/fds/promises/callbacks/symlinks and their errors", `import fs from "node:fs"; import fsp from "node:fs/promises";`, `const c = (f) => { try { const v = f(); return v === undefined ? "undefined" : (typeof v === "function" ? "fn:" + v.name : (v instanceof Uint8Array ? v.constructor.name + ":" + new TextDecoder().decode(v) : v)); } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message, e?.errno ?? null, e?.syscall ?? null, e?.path ?? null] }; } };
const a = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : (v instanceof Uint8Array ? v.constructor.name + ":" + new TextDecoder().decode(v) : v); } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message, e?.errno ?? null, e?.syscall ?? null, e?.path ?? null] }; } };`, `
  out.read = [c(() => fs.readFileSync("/tmp/missing")), c(() => fs.readFileSync("/tmp/missing", "utf8")), c(() => fs.readFileSync("missing")), c(() => fs.readFileSync("/bundle")), c(() => fs.readFileSync("/bundle/script-0", "utf8").length > 10), c(() => fs.readFileSync("/dev/null", "utf8")), c(() => fs.readFileSync(5)), c(() => fs.readFileSync())];
  out.write = [c(() => fs.writeFileSync("/tmp/a.txt", "hello")), c(() => fs.readFileSync("/tmp/a.txt", "utf8")), c(() => fs.readFileSync("/tmp/a.txt")), c(() => fs.writeFileSync("/bundle/x", "y")), c(() => fs.writeFileSync("/x", "y")), c(() => fs.writeFileSync("/tmp/no/dir/x", "y")), c(() => fs.appendFileSync("/tmp/a.txt", " world")), c(() => fs.readFileSync("/tmp/a.txt", { encoding: "utf8" })), c(() => fs.writeFileSync("/tmp/b.bin", new Uint8Array([1, 2, 3]))), c(() => fs.readFileSync("/tmp/b.bin", "hex")), c(() => fs.writeFileSync("/tmp", "x")), c(() => fs.writeFileSync("/dev/null", "x")), c(() => fs.writeFileSync("tmp/rel.txt", "r")), c(() => fs.readFileSync("/tmp/rel.txt", "utf8"))];
  out.exists = [fs.existsSync("/tmp/a.txt"), fs.existsSync("/tmp"), fs.existsSync("/nope"), fs.existsSync(), fs.existsSync("/"), fs.existsSync("/bundle/script-0"), fs.existsSync("/dev/random")];
  out.mkdir = [c(() => fs.mkdirSync("/tmp/d")), c(() => fs.mkdirSync("/tmp/d")), c(() => fs.mkdirSync("/tmp/e/f/g", { recursive: true })), c(() => fs.mkdirSync("/tmp/e/f/g", { recursive: true })), c(() => fs.mkdirSync("/tmp/x/y")), c(() => fs.mkdirSync("/bundle/d")), c(() => fs.mkdirSync("/tmp/a.txt/z"))];
  out.readdir = [c(() => fs.readdirSync("/")), c(() => fs.readdirSync("/tmp")), c(() => fs.readdirSync("/dev")), c(() => fs.readdirSync("/bundle")), c(() => fs.readdirSync("/nope")), c(() => fs.readdirSync("/tmp/a.txt")), c(() => fs.readdirSync("/tmp", { withFileTypes: true }).map((d) => [d.name, d.parentPath, d.path, d.isFile(), d.isDirectory(), d.isSymbolicLink()])), c(() => fs.readdirSync("/tmp", { recursive: true }))];
  const st = fs.statSync("/tmp/a.txt");
  out.stat = [Object.keys(st), st.size, st.isFile(), st.isDirectory(), typeof st.mtimeMs, st.mtime instanceof Date, st.mode, st.nlink, st.uid, st.blksize, st.blocks, st.dev, st.ino > 0, st.constructor.name];
  const sd = fs.statSync("/tmp"); const sb = fs.statSync("/bundle"); const sn = fs.statSync("/dev/null");
  out.stat2 = [sd.isDirectory(), sd.mode, sd.size, sb.mode, sn.mode, sn.isCharacterDevice(), c(() => fs.statSync("/nope")), c(() => fs.statSync("/nope", { throwIfNoEntry: false })), c(() => fs.lstatSync("/tmp").isDirectory()), c(() => typeof fs.statSync("/tmp/a.txt", { bigint: true }).size), c(() => fs.statSync("/bundle/script-0").size > 0)];
  out.rm = [c(() => fs.unlinkSync("/tmp/b.bin")), c(() => fs.unlinkSync("/tmp/b.bin")), c(() => fs.unlinkSync("/tmp/d")), c(() => fs.rmdirSync("/tmp/e")), c(() => fs.rmSync("/tmp/e")), c(() => fs.rmSync("/tmp/e", { recursive: true })), c(() => fs.rmSync("/tmp/zz", { force: true })), c(() => fs.rmSync("/tmp/zz")), c(() => fs.rmdirSync("/tmp/d")), c(() => fs.unlinkSync("/bundle/script-0")), c(() => fs.readdirSync("/tmp"))];
  out.rename = [c(() => fs.renameSync("/tmp/a.txt", "/tmp/c.txt")), c(() => fs.readFileSync("/tmp/c.txt", "utf8")), c(() => fs.renameSync("/tmp/nope", "/tmp/x")), c(() => fs.copyFileSync("/tmp/c.txt", "/tmp/d.txt")), c(() => fs.readFileSync("/tmp/d.txt", "utf8")), c(() => fs.copyFileSync("/tmp/c.txt", "/tmp/d.txt", fs.constants.COPYFILE_EXCL)), c(() => fs.copyFileSync("/bundle/script-0", "/tmp/s")), c(() => fs.renameSync("/tmp/c.txt", "/bundle/c"))];
  out.access = [c(() => fs.accessSync("/tmp/c.txt")), c(() => fs.accessSync("/nope")), c(() => fs.accessSync("/bundle/script-0", fs.constants.W_OK)), c(() => fs.accessSync("/tmp/c.txt", fs.constants.X_OK))];
  out.fd = [c(() => { const fd = fs.openSync("/tmp/f.txt", "w"); const n = fs.writeSync(fd, "abc"); fs.closeSync(fd); return [fd, n]; }), c(() => { const fd = fs.openSync("/tmp/f.txt", "r"); const b = Buffer.alloc(5); const n = fs.readSync(fd, b, 0, 5, 0); fs.closeSync(fd); return [fd, n, b.toString("hex")]; }), c(() => fs.openSync("/tmp/nope")), c(() => fs.closeSync(99)), c(() => fs.fstatSync(99)), c(() => fs.openSync("/tmp/f.txt", "wx")), c(() => fs.openSync("/tmp/f.txt", "bogus"))];
  out.prom = [await a(() => fsp.readFile("/tmp/c.txt", "utf8")), await a(() => fsp.readFile("/nope")), await a(() => fsp.writeFile("/tmp/p.txt", "pp")), await a(() => fsp.readdir("/tmp")), await a(async () => (await fsp.stat("/tmp/p.txt")).size), await a(() => fsp.mkdir("/tmp/q/r", { recursive: true })), await a(() => fsp.rm("/tmp/q", { recursive: true })), await a(() => fsp.access("/nope"))];
  out.cb = await new Promise((r) => fs.readFile("/nope", (err, d) => r([err?.code, err?.message, d ?? null])));
  out.cb2 = await new Promise((r) => fs.readFile("/tmp/c.txt", "utf8", (err, d) => r([err, d])));
  out.link = [c(() => fs.symlinkSync("/tmp/c.txt", "/tmp/l")), c(() => fs.readlinkSync("/tmp/l")), c(() => fs.readFileSync("/tmp/l", "utf8")), c(() => fs.lstatSync("/tmp/l").isSymbolicLink()), c(() => fs.realpathSync("/tmp/l")), c(() => fs.realpathSync("/tmp/../tmp/./c.txt")), c(() => fs.linkSync("/tmp/c.txt", "/tmp/h"))];
  out.misc = [c(() => fs.mkdtempSync("/tmp/x-").startsWith("/tmp/x-")), c(() => fs.truncateSync("/tmp/c.txt", 2)), c(() => fs.readFileSync("/tmp/c.txt", "utf8")), c(() => fs.chmodSync("/tmp/c.txt", 0o777)), c(() => fs.utimesSync("/tmp/c.txt", 1, 2)), c(() => fs.statSync("/tmp/c.txt").mtimeMs), c(() => fs.watch("/tmp")), c(() => fs.statfsSync("/")), c(() => fs.chownSync("/tmp/c.txt", 1, 1))];
  `, { date: "2026-04-26" }),
  nodeCase("nodemod2-process-v2-values", "process under enable_nodejs_process_v2 (2026): every member's value or what calling it gives", `import process from "node:process"; import * as pns from "node:process";`, `const c = (f) => { try { const v = f(); return v === undefined ? "undefined" : (typeof v === "function" ? "fn:" + v.name : v); } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };`, `
  out.same = [process === globalThis.process, Object.getPrototypeOf(process)?.constructor?.name, typeof process.on, process.listenerCount?.("x"), Object.keys(pns).length];
  out.vals = {};
  for (const k of Object.keys(process).sort()) {
    const v = process[k];
    if (k === "env" || k === "hrtime" || k === "uptime") { out.vals[k] = typeof v; continue; }
    if (typeof v === "function") {
      const skip = ["exit", "reallyExit", "abort", "kill", "_kill", "chdir", "openStdin", "dlopen", "execve", "loadEnvFile", "nextTick", "emitWarning", "getBuiltinModule", "_fatalException", "_tickCallback", "binding", "_linkedBinding", "assert", "setUncaughtExceptionCaptureCallback", "setSourceMapsEnabled", "ref", "unref", "initgroups", "setgid", "setuid", "setegid", "seteuid", "setgroups", "_debugProcess", "_debugEnd", "_startProfilerIdleNotifier", "_stopProfilerIdleNotifier", "_rawDebug", "send"];
      if (skip.includes(k)) out.vals[k] = "fn:" + v.name + "/" + v.length; else out.vals[k] = c(() => v.call(process));
    } else if (v && typeof v === "object") {
      out.vals[k] = c(() => JSON.parse(JSON.stringify(v)));
      if (k === "stdout" || k === "stderr" || k === "stdin") out.vals[k] = [v.constructor?.name, v.fd, v.isTTY, typeof v.write];
    } else out.vals[k] = v === undefined ? "undefined" : v;
  }
  out.err = [c(() => process.chdir("/x")), c(() => process.kill(1)), c(() => process.dlopen()), c(() => process.binding("x")), c(() => process.loadEnvFile()), c(() => process.umask(0o22)), c(() => process.setuid(1))];
  out.exitCode = [c(() => { process.exitCode = 3; return process.exitCode; }), c(() => { process.exitCode = "x"; return process.exitCode; })];
  `, { date: "2026-04-26" }),
  nodeCase("nodemod2-process-v2-behaviour", "process v2: key order, prototype, hrtime, emitWarning, stdout, chdir/cwd, set*id, stubs", `import process from "node:process"; import * as ns from "node:process";`, `const c = (f) => { try { const v = f(); return v === undefined ? "undefined" : (typeof v === "function" ? "fn:" + v.name : v); } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };`, `
  const proto = Object.getPrototypeOf(process);
  Object.assign(out, { keys: Object.keys(process), ns: Object.keys(ns), protoKeys: Object.getOwnPropertyNames(proto), protoProto: Object.getPrototypeOf(proto)?.constructor?.name,
    own: Object.getOwnPropertyNames(process).filter((k) => !Object.keys(process).includes(k)),
    hr: [c(() => process.hrtime().length), c(() => typeof process.hrtime.bigint()), c(() => process.hrtime([0, 0]).length), c(() => process.hrtime(1)), c(() => process.hrtime([1]))],
    ew: await new Promise((r) => { process.once("warning", (w) => r([w.name, w.message, w.code ?? null, w.constructor.name])); c(() => process.emitWarning("hello", "CustomWarning", "C01")); setTimeout(() => r("none"), 20); }),
    ew2: [c(() => process.emitWarning(5)), c(() => process.emitWarning("x", { type: "T", code: "C", detail: "d" }))],
    out: [c(() => process.stdout.write("hi\\n")), c(() => process.stdout.isTTY), c(() => process.stdout.columns), c(() => process.stdout.writable), c(() => process.stdin.read())],
    tick: [c(() => process.nextTick(5))],
    misc: [c(() => process.chdir("/tmp")), c(() => process.cwd()), c(() => process.chdir("/bundle")), c(() => process.cwd()), c(() => process.chdir("tmp")), c(() => process.cwd()), c(() => process.chdir("/nope/x")), c(() => process.umask(0)), c(() => process.umask()), c(() => process.setegid(0)), c(() => process.setgroups([])), c(() => process.initgroups("a", 1)), c(() => process.uptime() >= 0), c(() => process.ref()), c(() => process.unref()), c(() => process.setSourceMapsEnabled(true)), c(() => process.sourceMapsEnabled), c(() => process.setUncaughtExceptionCaptureCallback(null)), c(() => process._rawDebug("x")), c(() => process._tickCallback()), c(() => process.assert(true)), c(() => process.assert(false, "m")), c(() => process.send({})), c(() => process._linkedBinding("x")), c(() => process.execve("/bin/ls")), c(() => process._debugProcess(1)), c(() => process._kill(1, 2)), c(() => process.availableMemory()), c(() => process.constrainedMemory())],
  });
  `, { date: "2026-04-26" }),
  nodeCase("nodemod2-module-api", "node:module at 2026: isBuiltin of odd names, builtinModules, constants, getSourceMapsSupport, globalPaths", `import * as mod from "node:module";`, ``, `
  Object.assign(out, { ib: ["fs", "node:fs", "node:test", "test", "node:sqlite", "sqlite", "foo", "node:foo", "_http_agent", "fs/promises", "node:", "", "cloudflare:workers", "node:sea"].map((s) => [s, mod.isBuiltin(s)]), n: mod.builtinModules.length, isArr: Array.isArray(mod.builtinModules), sm: mod.getSourceMapsSupport(), c: mod.constants, gp: mod.globalPaths });
  `, { date: "2026-04-26" }),
  nodeCase("nodemod2-module-members", "node:module members and zlib constants as named exports", `import * as mod from "node:module"; import * as zlib from "node:zlib";`, `const c = (f) => { try { const v = f(); return v === undefined ? "undefined" : (typeof v === "function" ? "fn:" + v.name : (v && typeof v === "object" ? { proto: Object.getPrototypeOf(v)?.constructor?.name, keys: Object.keys(v) } : v)); } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };`, `
  out.mod = Object.fromEntries(Object.keys(mod).sort().map((k) => [k, typeof mod[k] === "function" ? c(() => mod[k]()) : c(() => JSON.parse(JSON.stringify(mod[k] ?? "undef")))]));
  out.modDefault = Object.getOwnPropertyNames(mod.default).sort();
  out.zconst = Object.fromEntries(Object.keys(zlib).filter((k) => typeof zlib[k] === "number").map((k) => [k, zlib[k]]));
  `, { date: "2026-04-26" }),
  nodeCase("nodemod2-http-client-shape", "node:http/https client: ClientRequest fields and headers, Agent fields, protocol/method/header/path errors, OutgoingMessage headers, validateHeader*", `import http from "node:http"; import https from "node:https";`, `const c = (f) => { try { const v = f(); return v === undefined ? "undefined" : (typeof v === "function" ? "fn:" + v.name : (v && typeof v === "object" ? { proto: Object.getPrototypeOf(v)?.constructor?.name, keys: Object.keys(v) } : v)); } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };`, `
  const r = http.request({ host: "127.0.0.1", port: 1, path: "/x?y=1", method: "post", headers: { "X-A": "1" } });
  out.req = [r.method, r.path, r.host, r.protocol, r.getHeader("x-a"), r.getHeaderNames(), c(() => r.getHeaders()), r.headersSent, r.finished, r.writable, r.reusedSocket, r.maxHeadersCount, typeof r.agent, r.agent === http.globalAgent, r.constructor.name, Object.getPrototypeOf(Object.getPrototypeOf(r)).constructor.name];
  out.agent = [c(() => new http.Agent()), c(() => http.globalAgent), http.globalAgent.defaultPort, http.globalAgent.protocol, https.globalAgent.defaultPort, https.globalAgent.protocol, http.globalAgent.keepAlive, http.globalAgent.maxSockets];
  out.bad = [c(() => http.request("ftp://x/")), c(() => http.request({ protocol: "https:" })), c(() => http.request({ method: "BAD METHOD" })), c(() => http.request({ headers: { "a b": 1 } })), c(() => http.request({ path: "/a b" })), c(() => https.request("http://x/"))];
  const g = http.get("http://127.0.0.1:1/");
  out.get = [g.method, g.path, g.host, g.finished];
  out.om = [c(() => { const m = new http.OutgoingMessage(); m.setHeader("A", 1); return [m.getHeader("a"), m.getHeaders(), m.hasHeader("A")]; })];
  out.vh = [c(() => http.validateHeaderName("")), c(() => http.validateHeaderValue("a", undefined)), c(() => http.validateHeaderValue("a", "ok"))];
  `, { date: "2026-04-26" }),
  nodeCase("nodemod2-legacy-internals", "node:_stream_* named exports, node:stream extras (destroy, duplexPair, _isUint8Array), stream/promises, events named exports, timers names", `import * as stream from "node:stream"; import * as sp from "node:stream/promises"; import * as ev from "node:events"; import * as timers from "node:timers";
import { Readable, Duplex } from "node:stream"; import * as rd from "node:_stream_readable"; import * as dx from "node:_stream_duplex"; import * as wr from "node:_stream_writable";`, `const c = (f) => { try { const v = f(); return v === undefined ? "undefined" : (typeof v === "function" ? "fn:" + v.name : (v && typeof v === "object" ? { proto: Object.getPrototypeOf(v)?.constructor?.name, keys: Object.keys(v) } : v)); } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };`, `
  out.rd = [rd.from === Readable.from, rd.wrap === Readable.prototype.wrap, typeof rd.wrap, rd.ReadableState === Readable.ReadableState, rd.fromWeb === Readable.fromWeb, rd.Readable === Readable, rd.default === Readable];
  out.dx = [dx.from === Duplex.from, dx.Duplex === Duplex, dx.toWeb === Duplex.toWeb];
  out.st = [stream._isArrayBufferView === ArrayBuffer.isView, c(() => stream._isUint8Array(new Uint8Array(1))), c(() => stream._uint8ArrayToBuffer(new Uint8Array([1])).constructor.name), stream.destroy === stream.default.destroy, c(() => stream.isDestroyed(new Readable())), c(() => { const [a, b] = stream.duplexPair(); return [a.constructor.name, b.constructor.name]; }), typeof stream.default.duplexPair, stream.promises === sp.default];
  out.sp = [sp.promises === sp.default, Object.keys(sp.promises ?? {})];
  out.ev = [ev.captureRejections, ev.defaultMaxListeners, ev.default.captureRejections, ev.default.defaultMaxListeners];
  out.timers = Object.keys(timers).sort();
  `, { date: "2026-04-26" }),
  nodeCase("nodemod2-misc-stubs-2", "perf_hooks timerify/eventLoopUtilization, worker_threads data helpers, readline questions, tty streams, vm scripts, tls helpers, _stream_wrap, wasi, trace_events", `import * as ph from "node:perf_hooks"; import * as wt from "node:worker_threads"; import * as rl from "node:readline"; import * as rlp from "node:readline/promises"; import * as tty from "node:tty"; import * as vm from "node:vm"; import * as tls from "node:tls"; import * as tc from "node:_tls_common"; import * as sw from "node:_stream_wrap"; import * as wasi from "node:wasi"; import * as te from "node:trace_events";`, `const c = (f) => { try { const v = f(); return v === undefined ? "undefined" : (typeof v === "function" ? "fn:" + v.name : (v && typeof v === "object" ? { proto: Object.getPrototypeOf(v)?.constructor?.name, keys: Object.keys(v) } : v)); } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };`, `
  out.ph = [c(() => ph.timerify(function foo() { return 5; })), c(() => ph.timerify(function foo() { return 5; })()), c(() => ph.timerify(1)), c(() => ph.eventLoopUtilization()), ];
  out.wt = [String(wt.SHARE_ENV), c(() => new wt.Worker("x.js")), c(() => wt.setEnvironmentData("k", 1)), c(() => wt.getEnvironmentData("k")), c(() => wt.markAsUntransferable({})), c(() => wt.isMarkedAsUntransferable({})), c(() => new wt.BroadcastChannel("x"))];
  out.rl = [c(() => rl.createInterface({ input: null })), c(() => new rl.Interface()), c(() => rl.clearLine({}, 0)), c(() => rl.cursorTo({}, 1)), c(() => rl.emitKeypressEvents({})), c(() => rlp.createInterface()), c(() => new rlp.Readline()), c(() => { const i = rl.createInterface({}); return [typeof i.question, typeof i.close, typeof i.on, i.terminal, typeof i[Symbol.asyncIterator]]; }), c(() => { const i = rl.createInterface({}); i.close(); return i.closed; })];
  try { const i = rl.createInterface({}); out.rlq = await new Promise((res, rej) => { i.question("q?", res); setTimeout(() => res("TIMEOUT"), 50); }); } catch (e) { out.rlq = [e.name, e.code, e.message]; }
  try { const i = rlp.createInterface({}); out.rlpq = await Promise.race([i.question("q?"), new Promise((r) => setTimeout(() => r("TIMEOUT"), 50))]); } catch (e) { out.rlpq = [e.name, e.code, e.message]; }
  out.tty = [c(() => tty.isatty(0)), c(() => tty.isatty("x")), c(() => new tty.WriteStream(1)), c(() => { const w = new tty.WriteStream(1); return [w.isTTY, w.columns, w.rows, typeof w.getColorDepth, c(() => w.getColorDepth()), c(() => w.hasColors()), c(() => w.getWindowSize())]; }), c(() => { const r = new tty.ReadStream(0); return [r.isTTY, r.isRaw, c(() => r.setRawMode(true))]; })];
  out.vm = [c(() => new vm.Script("1+1")), c(() => new vm.Script("1+1").runInThisContext()), c(() => vm.createContext({})), c(() => vm.isContext({})), c(() => vm.runInNewContext("1")), c(() => vm.createScript("1")), c(() => vm.measureMemory()), c(() => new vm.Script("1").runInContext({})), c(() => new vm.Script("1").createCachedData())];
  out.tls = [c(() => tls.checkServerIdentity("a.com", { subject: { CN: "a.com" } })), c(() => tls.checkServerIdentity("a.com", { subject: { CN: "b.com" } })), c(() => tls.convertALPNProtocols(["h2"], {})), c(() => tls.createSecureContext({})), c(() => new tls.SecureContext()), c(() => tc.translatePeerCertificate({})), c(() => tls.getCiphers()), c(() => new tls.Server())];
  out.sw = [c(() => new sw.default({})), sw.default.name];
  out.wasi = [c(() => new wasi.WASI({ version: "preview1" })), c(() => wasi.WASI.name)];
  out.te = [c(() => te.createTracing({ categories: ["a"] })), c(() => te.getEnabledCategories()), c(() => te.createTracing({}))];
  `, { date: "2026-04-26" }),
  nodeCase("nodemod2-module-shapes", "what node:perf_hooks, vm, v8, readline, https, tls, _tls_*, _stream_wrap, tty, trace_events, worker_threads, sys and the _http_* modules export, and which are the same objects as node:http's", `import * as ph from "node:perf_hooks"; import * as vm from "node:vm"; import * as v8 from "node:v8"; import * as rl from "node:readline"; import * as rlp from "node:readline/promises";
import * as https from "node:https"; import * as tls from "node:tls"; import * as tc from "node:_tls_common"; import * as tw from "node:_tls_wrap"; import * as sw from "node:_stream_wrap";
import * as tty from "node:tty"; import * as te from "node:trace_events"; import * as wt from "node:worker_threads"; import sys from "node:sys"; import util from "node:util";
import * as ha from "node:_http_agent"; import * as hc from "node:_http_client"; import * as hcm from "node:_http_common"; import * as hi from "node:_http_incoming"; import * as ho from "node:_http_outgoing"; import * as hs from "node:_http_server"; import * as http from "node:http";`, `const c = (f) => { try { const v = f(); return v === undefined ? "undefined" : (typeof v === "function" ? "fn:" + v.name : v); } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };
const ty = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, typeof o[k] === "function" ? "fn:" + o[k].name : typeof o[k]]));`, `
  out.phc = ph.constants; out.ph = ty(ph); out.phd = ty(ph.default);
  out.vm = ty(vm); out.vmc = vm.constants; out.vmd = ty(vm.default);
  out.v8 = ty(v8); out.v8d = ty(v8.default); out.v8misc = [c(() => Object.keys(v8.promiseHooks)), c(() => Object.keys(v8.startupSnapshot)), c(() => v8.cachedDataVersionTag())];
  out.rl = ty(rl); out.rld = ty(rl.default); out.rlp = ty(rlp); out.rlpd = ty(rlp.default); out.rlprom = rl.promises === rlp.default;
  out.https = ty(https); out.httpsd = ty(https.default); out.httpsSame = [https.Agent === http.Agent, https.request === http.request, https.globalAgent === http.globalAgent, https.Server === http.Server];
  out.tls = ty(tls); out.tlsd = ty(tls.default); out.tc = ty(tc); out.tw = ty(tw); out.sw = ty(sw); out.swd = typeof sw.default;
  out.same = [tls.TLSSocket === tw.TLSSocket, tls.connect === tw.connect, tls.SecureContext === tc.SecureContext, tls.createSecureContext === tc.createSecureContext];
  out.tty = ty(tty); out.te = ty(te); out.wt = ty(wt); out.wtd = ty(wt.default);
  out.sys = sys === util; out.http = ty(http); out.httpd = ty(http.default);
  out.ha = ty(ha); out.hc = ty(hc); out.hcm = ty(hcm); out.hi = ty(hi); out.ho = ty(ho); out.hs = ty(hs);
  out.hsame = [ha.Agent === http.Agent, hc.ClientRequest === http.ClientRequest, hi.IncomingMessage === http.IncomingMessage, ho.OutgoingMessage === http.OutgoingMessage, hs.Server === http.Server, hs.ServerResponse === http.ServerResponse, hs.STATUS_CODES === http.STATUS_CODES];
  out.hcmv = [hcm.CRLF, hcm.methods === http.METHODS, c(() => hcm._checkIsHttpToken("abc")), c(() => hcm._checkInvalidHeaderChar("a\\nb")), String(hcm.chunkExpression), String(hcm.continueExpression), typeof hcm.kIncomingMessage, typeof hcm.parsers];
  out.hov = [typeof ho.kHighWaterMark, typeof ho.kUniqueHeaders, c(() => ho.validateHeaderName("a b")), c(() => ho.validateHeaderValue("a", "x\\n"))];
  out.httpv = [http.maxHeaderSize, c(() => http.validateHeaderName("ok")), c(() => http.setMaxIdleHTTPParsers(1))];
  `, { date: "2026-04-26" }),
  nodeCase("nodemod2-fs-more", "node:fs devices, URL/Buffer paths, data and encoding errors, null bytes, Stats/Dirent classes, FileHandle, streams, callbacks, recursive readdir/cp, relative paths; node:punycode vectors", `import fs from "node:fs"; import fsp from "node:fs/promises"; import { Buffer } from "node:buffer"; import punycode from "node:punycode";`, `const c = (f) => { try { const v = f(); return v === undefined ? "undefined" : (typeof v === "function" ? "fn:" + v.name : (v instanceof Uint8Array ? v.constructor.name + ":" + Buffer.from(v).toString("hex") : v)); } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message, e?.errno ?? null, e?.syscall ?? null, e?.path ?? null] }; } };
const a = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : (v instanceof Uint8Array ? v.constructor.name + ":" + Buffer.from(v).toString("hex") : v); } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message, e?.errno ?? null, e?.syscall ?? null, e?.path ?? null] }; } };`, `
  out.dev = [c(() => fs.readFileSync("/dev/zero").length), c(() => fs.readFileSync("/dev/random").length), c(() => fs.readFileSync("/dev/full").length), c(() => fs.writeFileSync("/dev/full", "x")), c(() => fs.writeFileSync("/dev/zero", "x")), c(() => fs.readdirSync("/dev", { withFileTypes: true }).map((d) => [d.name, d.isCharacterDevice(), d.isFile()])), c(() => fs.statSync("/dev").mode), c(() => fs.statSync("/").mode), c(() => { const fd = fs.openSync("/dev/random"); const b = Buffer.alloc(4); const n = fs.readSync(fd, b); fs.closeSync(fd); return n; }), c(() => { const fd = fs.openSync("/dev/zero"); const b = Buffer.alloc(4, 1); const n = fs.readSync(fd, b); fs.closeSync(fd); return [n, b.toString("hex")]; })];
  out.types = [c(() => fs.readFileSync(new URL("file:///tmp/nope"))), c(() => fs.writeFileSync(new URL("file:///tmp/u.txt"), "u")), c(() => fs.readFileSync(Buffer.from("/tmp/u.txt"), "utf8")), c(() => fs.existsSync(Buffer.from("/tmp/u.txt"))), c(() => fs.readFileSync(new URL("http://x/"))), c(() => fs.writeFileSync("/tmp/v", 5)), c(() => fs.writeFileSync("/tmp/v", { a: 1 })), c(() => fs.writeFileSync("/tmp/w", "abc", { flag: "a" })), c(() => fs.writeFileSync("/tmp/w", "def", { flag: "a" })), c(() => fs.readFileSync("/tmp/w", "latin1")), c(() => fs.readFileSync("/tmp/w", { encoding: "base64" })), c(() => fs.writeFileSync("/tmp/x", "6869", "hex")), c(() => fs.readFileSync("/tmp/x", "utf8")), c(() => fs.readFileSync("/tmp/nul\\u0000l")), c(() => fs.mkdirSync("/tmp/d1", { recursive: true, mode: 0o700 })), c(() => fs.statSync("/tmp/d1").mode), c(() => fs.readFileSync("/tmp/w", "bogus"))];
  out.stats = [c(() => fs.statSync("/tmp/w") instanceof fs.Stats), c(() => fs.readdirSync("/tmp", { withFileTypes: true })[0] instanceof fs.Dirent), c(() => typeof fs.Stats), c(() => fs.statSync("/tmp/w").isFIFO()), c(() => fs.statSync("/tmp/w").mtime.getTime() === fs.statSync("/tmp/w").mtimeMs), c(() => Object.keys(fs.statSync("/tmp/w", { bigint: true })).length), c(() => typeof fs.statSync("/tmp/w", { bigint: true }).mtimeNs), c(() => fs.fstatSync(fs.openSync("/tmp/w")).size)];
  out.fh = [await a(async () => { const h = await fsp.open("/tmp/fh.txt", "w+"); await h.write("hello"); const { bytesRead, buffer } = await h.read(Buffer.alloc(5), 0, 5, 0); await h.close(); return [typeof h.fd, bytesRead, buffer.toString()]; }), await a(async () => { const h = await fsp.open("/tmp/fh.txt"); const s = await h.readFile("utf8"); const st = await h.stat(); await h.close(); return [s, st.size]; }), await a(() => fsp.open("/tmp/fh.txt", "wx")), await a(async () => (await fsp.readdir("/tmp", { withFileTypes: true })).length > 0), await a(() => fsp.unlink("/nope")), await a(() => fsp.rmdir("/nope")), await a(() => fsp.mkdtemp("/bundle/x")), await a(() => fsp.copyFile("/nope", "/tmp/q"))];
  out.streams = await new Promise((res) => { const w = fs.createWriteStream("/tmp/s.txt"); w.write("ab"); w.end("cd", () => { const chunks = []; fs.createReadStream("/tmp/s.txt", { encoding: "utf8" }).on("data", (d) => chunks.push(d)).on("end", () => res([chunks.join(""), w.bytesWritten])).on("error", (e) => res(["err", e.code, e.message])); }); });
  out.rs = await new Promise((res) => { const r = fs.createReadStream("/tmp/s.txt", { start: 1, end: 2, encoding: "utf8" }); const got = []; r.on("data", (d) => got.push(d)).on("end", () => res(got)).on("error", (e) => res(["err", e.code])); });
  out.cb = await new Promise((res) => fs.mkdir("/tmp/cbdir", (err, path) => res([err, path ?? null])));
  out.cb2 = await new Promise((res) => fs.stat("/nope", (err) => res([err.code, err.message])));
  out.cb3 = await new Promise((res) => fs.writeFile("/tmp/cb.txt", "x", (...args) => res(args.length)));
  out.cb4 = c(() => fs.readFile("/tmp/cb.txt"));
  out.exists = await new Promise((res) => fs.exists("/tmp/cb.txt", (...args) => res(args)));
  out.rec = [c(() => fs.mkdirSync("/tmp/r/a/b", { recursive: true })), c(() => fs.writeFileSync("/tmp/r/a/f", "1")), c(() => fs.readdirSync("/tmp/r", { recursive: true })), c(() => fs.readdirSync("/tmp/r", { recursive: true, withFileTypes: true }).map((d) => [d.name, d.parentPath])), c(() => fs.cpSync("/tmp/r", "/tmp/r2", { recursive: true })), c(() => fs.readdirSync("/tmp/r2", { recursive: true })), c(() => fs.cpSync("/tmp/r", "/tmp/r3")), c(() => fs.rmSync("/tmp/r", { recursive: true })), c(() => fs.existsSync("/tmp/r"))];
  out.rel = [c(() => fs.readdirSync(".")), c(() => fs.readdirSync("..")), c(() => fs.readdirSync("../tmp").includes("w")), c(() => fs.realpathSync(".")), c(() => fs.statSync("script-0").isFile())];
  out.puny = [punycode.encode("bücher"), punycode.decode("bcher-kva"), punycode.toASCII("例え.テスト"), punycode.toUnicode("xn--r8jz45g.xn--zckzah"), punycode.toASCII("user@mañana.com"), punycode.toASCII("ABC.com"), punycode.toUnicode("xn--MAANA-PTA.com"), c(() => punycode.decode("\\u0100")), c(() => punycode.decode("a-!!")), punycode.encode(""), punycode.encode("abc"), punycode.toASCII("a\\u3002b")];
  `),
  {
    name: "nodemod2-fs-tmp-per-request", area: "node", description: "node:fs /tmp starts empty for every request (module state survives)",
    options: { modules: true, compatibilityDate: "2026-04-26", compatibilityFlags: ["nodejs_compat"], script: `import fs from "node:fs";
let n = 0;
export default { async fetch() { n++; const had = fs.existsSync("/tmp/a"); const list = fs.readdirSync("/tmp"); fs.writeFileSync("/tmp/a", "x" + n); fs.mkdirSync("/tmp/d" + n); return Response.json({ n, had, list, after: fs.readdirSync("/tmp") }); } };` },
    steps: [get("/"), get("/"), get("/")],
  },
  {
    name: "nodemod2-fs-bundle-modules", area: "node", description: "node:fs /bundle lists a worker's modules (nested paths, Text module contents), readdir recursive from /bundle",
    options: {"modules": [{"type": "ESModule", "path": "index.mjs", "contents": "import fs from 'node:fs'; import t from './sub/data.txt'; export default { async fetch() { return Response.json({ root: fs.readdirSync('/bundle', { recursive: true }), data: fs.readFileSync('/bundle/sub/data.txt', 'utf8'), t, idx: fs.readFileSync('/bundle/index.mjs', 'utf8').length > 10, st: fs.statSync('/bundle/sub').isDirectory(), cwd: process.cwd() }); } };"}, {"type": "Text", "path": "sub/data.txt", "contents": "hello text"}], "compatibilityDate": "2026-04-26", "compatibilityFlags": ["nodejs_compat"]},
    steps: [get("/")],
  },
];
