package io.github.miniflare4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts reach nothing of the host: no Java, no shell globals, no files outside the worker's own
 * folder, no process, no network except through {@code fetch()} as configured. Each test tries one
 * escape route and shows it refused.
 */
class SandboxTest {

  /** Runs a modules worker whose handler body returns a JSON-able value. */
  static Map<?, ?> run(WorkerOptions.Builder worker, String body) {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(worker.modules(true).script("""
            const attempt = async (f) => {
              try { return "allowed: " + String(await f()); }
              catch (e) { return "refused " + (e?.constructor?.name ?? typeof e) + ": " + e?.message; }
            };
            export default { async fetch(request, env) { return Response.json(await (async () => { %s })()); } };
            """.formatted(body)))
        .build())) {
      FetchResponse response = mf.dispatchFetch("http://localhost/");
      assertThat(response.status()).as(response.text()).isEqualTo(200);
      return response.json(Map.class);
    }
  }

  static Map<?, ?> run(String body) {
    return run(WorkerOptions.builder(), body);
  }

  @Test
  void java_interop_globals_are_absent() {
    Map<?, ?> types = run("""
        const out = {};
        for (const name of ["Java", "Packages", "java", "javax", "com", "org", "Polyglot"]) out[name] = typeof globalThis[name];
        return out;
        """);

    assertThat(types.values()).isNotEmpty().allMatch("undefined"::equals);
  }

  @Test
  void shell_globals_are_absent() {
    Map<?, ?> types = run("""
        const out = {};
        for (const name of ["print", "printErr", "load", "loadWithNewGlobal", "Graal", "quit", "exit", "readline", "read", "readbuffer", "require", "process", "XMLHttpRequest"]) out[name] = typeof globalThis[name];
        return out;
        """);

    assertThat(types.values()).isNotEmpty().allMatch("undefined"::equals);
  }

  @Test
  void code_generation_from_strings_is_refused_as_in_workerd() {
    Map<?, ?> results = run("""
        return { eval: await attempt(() => eval("1 + 1")), fn: await attempt(() => new Function("return 1")()),
                 asyncFn: await attempt(() => new (Object.getPrototypeOf(async function () {}).constructor)("return 1")) };
        """);

    assertThat(results.values())
        .allMatch(v -> v.equals("refused EvalError: Code generation from strings disallowed for this context"));
  }

  @Test
  void host_files_cannot_be_imported_by_an_inline_script() {
    Map<?, ?> results = run("""
        return {
          absolute: await attempt(() => import("/etc/passwd")),
          fileUrl: await attempt(() => import("file:///etc/passwd")),
          relative: await attempt(() => import("../../../../../../etc/passwd")),
          nodeFs: await attempt(() => import("node:fs")),
          childProcess: await attempt(() => import("node:child_process")),
        };
        """);

    assertThat(results.values()).isNotEmpty().allMatch(v -> String.valueOf(v).startsWith("refused Error: "));
  }

  @Test
  void a_worker_loaded_from_a_folder_reads_only_that_folder(@TempDir Path dir) throws IOException {
    Path root = Files.createDirectories(dir.resolve("worker"));
    Files.writeString(dir.resolve("secret.js"), "export const secret = 'leaked';");
    Files.writeString(root.resolve("lib.js"), "export const lib = 'inside';");
    Files.createSymbolicLink(root.resolve("link.js"), dir.resolve("secret.js"));
    Path entry = root.resolve("index.js");
    Files.writeString(entry, """
        const attempt = async (f) => { try { return "allowed: " + await f(); } catch (e) { return "refused " + e.constructor.name; } };
        export default { async fetch() {
          return Response.json({
            inside: await attempt(async () => (await import("./lib.js")).lib),
            parent: await attempt(async () => (await import("../secret.js")).secret),
            symlink: await attempt(async () => (await import("./link.js")).secret),
            absolute: await attempt(async () => (await import(%s)).secret),
          });
        } };
        """.formatted("\"" + dir.resolve("secret.js").toString().replace("\\", "/") + "\""));

    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).scriptPath(entry))
        .build())) {
      Map<?, ?> results = mf.dispatchFetch("http://localhost/").json(Map.class);

      assertThat(results.get("inside")).isEqualTo("allowed: inside");
      assertThat(results.get("parent")).isEqualTo("refused Error");
      assertThat(results.get("symlink")).isEqualTo("refused Error");
      assertThat(results.get("absolute")).isEqualTo("refused Error");
    }
  }

  @Test
  void nodejs_compat_process_is_an_emulation_that_reaches_nothing_of_the_host() {
    // the process global exists from compatibility date 2024-09-23 (nodejs_compat_v2); it has
    // workerd's legacy members only: no cwd, argv or binding reaching the host
    Map<?, ?> results = run(WorkerOptions.builder().compatibilityDate("2025-01-01").compatibilityFlags("nodejs_compat"), """
        const exit = await attempt(() => process.exit(1));
        return { env: Object.keys(process.env).join(","), cwd: await attempt(() => process.cwd()), argv: typeof process.argv,
                 binding: await attempt(() => process.binding("fs")), exit, alive: "yes" };
        """);

    assertThat(results.get("env")).isEqualTo("");
    assertThat(String.valueOf(results.get("cwd"))).startsWith("refused TypeError");
    assertThat(results.get("argv")).isEqualTo("undefined");
    assertThat(String.valueOf(results.get("binding"))).startsWith("refused");
    assertThat(String.valueOf(results.get("exit"))).isEqualTo("refused Error: The Node.js process.exit(1) API was called. Canceling the request.");
    assertThat(results.get("alive")).isEqualTo("yes");
  }

  @Test
  void fetch_refuses_non_http_schemes_before_any_handler_sees_them() {
    // data: URLs are answered by fetch() itself, as in workerd, and never reach a handler either
    List<String> seen = new CopyOnWriteArrayList<>();
    Map<?, ?> results = run(
        WorkerOptions.builder().outboundService(request -> {
          seen.add(request.url());
          return FetchResponse.text("from handler");
        }),
        """
        return {
          file: await attempt(() => fetch("file:///etc/passwd").then((r) => r.text())),
          data: await attempt(() => fetch("data:text/plain,hi").then((r) => r.text())),
          ftp: await attempt(() => fetch("ftp://example.com/").then((r) => r.text())),
        };
        """);

    // the href of a file: URL is the URL parser's business; the refusal is what matters here
    assertThat(String.valueOf(results.get("file"))).startsWith("refused TypeError: Fetch API cannot load: file:");
    assertThat(results.get("data")).isEqualTo("allowed: hi");
    assertThat(results.get("ftp")).isEqualTo("refused TypeError: Fetch API cannot load: ftp://example.com/");
    assertThat(seen).isEmpty();
  }

  @Test
  void network_access_goes_only_through_the_configured_outbound_handler() {
    List<String> seen = new CopyOnWriteArrayList<>();
    Map<?, ?> results = run(
        WorkerOptions.builder().outboundService(request -> {
          seen.add(request.url());
          return FetchResponse.text("from handler");
        }),
        """
        return { http: await attempt(() => fetch("http://example.com/x").then((r) => r.text())),
                 https: await attempt(() => fetch("https://10.0.0.1/y").then((r) => r.text())) };
        """);

    assertThat(results.get("http")).isEqualTo("allowed: from handler");
    assertThat(results.get("https")).isEqualTo("allowed: from handler");
    assertThat(seen).containsExactly("http://example.com/x", "https://10.0.0.1/y");
  }
}
