package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.junit.MiniflareExtension;
import io.github.miniflare4j.junit.WorkerClient;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A worker calling WebAssembly compiled from Rust: {@code src/checksum.wasm} (built ahead from
 * {@code rust/checksum.rs}, the command is at the top of that file) is imported by path, which
 * Wrangler's default module rules make a compiled {@code WebAssembly.Module}. The worker copies
 * the request body into the module's memory, and the Rust code calls a JavaScript import back
 * while it hashes. (The worker comes from its {@code wrangler.toml}; the builder form only raises
 * the start-up limit, as the first WebAssembly worker of a JVM sets up GraalWasm, which a busy
 * shared CI machine can make slow.)
 */
class WasmChecksumSampleTest {

  @RegisterExtension
  static MiniflareExtension miniflare = MiniflareExtension.builder()
      .options(o -> o
          .startupTimeout(Duration.ofMinutes(3))
          .worker(WranglerConfig.load(Path.of("src/test/resources/wasm-checksum/wrangler.toml")).workerOptions()))
      .build();

  @Test
  void the_rust_module_hashes_the_body(WorkerClient checksum) {
    var response = checksum.post("/checksum").body("hello").send();

    System.out.println("[sample wasm-checksum] POST /checksum hello -> " + response.text());
    assertThat(response).hasStatus(200).hasBody("{\"fnv1a\":\"4f9f2cab\",\"bytes\":5,\"blocks\":[]}");
  }

  @Test
  void the_module_reports_each_kibibyte_through_a_javascript_import(WorkerClient checksum) {
    byte[] body = new byte[3000];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) (i % 251);
    }

    var response = checksum.post("/checksum").body(body).send();

    assertThat(response).hasStatus(200).hasBody("{\"fnv1a\":\"b7af2875\",\"bytes\":3000,\"blocks\":[1024,2048]}");
  }

  @Test
  void a_body_larger_than_the_modules_buffer_is_refused(WorkerClient checksum) {
    assertThat(checksum.post("/checksum").body(new byte[70_000]).send())
        .hasStatus(413)
        .hasBody("At most 65536 bytes, got 70000");
  }
}
