package io.github.miniflare4j.vars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text, data and WebAssembly blob bindings beyond what the recorded vars cases show. */
class BlobBindingsTest {

  /** (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)) */
  private static final byte[] ADD_WASM = {
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f,
      0x03, 0x02, 0x01, 0x00, 0x07, 0x07, 0x01, 0x03, 0x61, 0x64, 0x64, 0x00, 0x00, 0x0a, 0x09, 0x01, 0x07,
      0x00, 0x20, 0x00, 0x20, 0x01, 0x6a, 0x0b};

  @TempDir Path dir;

  @Test
  void a_wasm_binding_in_a_modules_worker_fails_the_start_as_in_workerd() {
    MiniflareOptions options = MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("w").modules(true)
            .script("export default { fetch() { return new Response('x'); } }")
            .bind(new BlobDeclaration("ADD", BlobDeclaration.Type.WASM, ADD_WASM)))
        .build();

    assertThatThrownBy(() -> new Miniflare(options).close())
        .hasMessageContaining("binding \"ADD\" is a Wasm binding, but Wasm bindings are not allowed in modules-based "
            + "scripts. Use Wasm modules instead.");
  }

  @Test
  void a_service_worker_whose_code_never_names_webassembly_still_gets_its_module() throws Exception {
    MiniflareOptions options = MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(false)
            .script("addEventListener('fetch', (e) => e.respondWith(new Response(String(Object.prototype.toString.call(ADD)))));")
            .bind(new BlobDeclaration("ADD", BlobDeclaration.Type.WASM, ADD_WASM)))
        .build();

    try (Miniflare mf = new Miniflare(options)) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("[object WebAssembly.Module]");
    }
  }

  @Test
  void wrangler_text_blobs_data_blobs_and_wasm_modules_resolve_beside_the_file() throws IOException, Exception {
    Files.writeString(dir.resolve("worker.js"), """
        addEventListener("fetch", (e) => e.respondWith(Response.json({
          text: TEXT, data: [...new Uint8Array(DATA)], sum: new WebAssembly.Instance(ADD).exports.add(2, 3),
          order: Object.keys(globalThis).filter((k) => /^[A-Z]+$/.test(k)) })));
        """);
    Files.createDirectories(dir.resolve("blobs"));
    Files.writeString(dir.resolve("blobs/t.txt"), "héllo");
    Files.write(dir.resolve("blobs/d.bin"), new byte[] {1, 2, (byte) 255});
    Files.write(dir.resolve("blobs/add.wasm"), ADD_WASM);
    Path file = dir.resolve("wrangler.toml");
    Files.writeString(file, """
        name = "sw"
        main = "worker.js"
        compatibility_date = "2025-01-01"
        [vars]
        V = "v"
        [data_blobs]
        DATA = "blobs/d.bin"
        [text_blobs]
        TEXT = "blobs/t.txt"
        [wasm_modules]
        ADD = "blobs/add.wasm"
        """);

    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(WranglerConfig.load(file).workerOptions()).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("{\"text\":\"héllo\",\"data\":[1,2,255],\"sum\":5,\"order\":[\"ADD\",\"V\",\"TEXT\",\"DATA\"]}");
    }
  }
}
