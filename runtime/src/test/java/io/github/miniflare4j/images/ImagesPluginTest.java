package io.github.miniflare4j.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.StorageSnapshot;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The images binding's options, Java handle, per-test reset, persistence and refused codecs. */
class ImagesPluginTest {

  /** A 4x3 red PNG. */
  private static final String PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVR4nGP4z8AARwgWOgcA9TEL9VuTca0AAAAASUVORK5CYII=";

  private static final String WORKER = """
      const png = Uint8Array.from(atob("%s"), (c) => c.charCodeAt(0));
      export default { async fetch(req, env) {
        const url = new URL(req.url);
        if (url.pathname === "/upload") return Response.json(await env.IMAGES.hosted.upload(png, { id: "logo" }));
        if (url.pathname === "/list") return Response.json((await env.IMAGES.hosted.list()).images.map((i) => i.id));
        if (url.pathname === "/info") {
          const bytes = await env.IMAGES.hosted.image(url.searchParams.get("id")).bytes();
          return Response.json(bytes === null ? null : await env.IMAGES.info(bytes));
        }
        const format = url.searchParams.get("format");
        try {
          const r = await env.IMAGES.input(new Blob([png]).stream()).transform({ width: 8 }).output({ format });
          return new Response(r.contentType());
        } catch (e) { return new Response(e.code + " " + e.message); }
      } };
      """.formatted(PNG);

  private static WorkerOptions.Builder worker() {
    return WorkerOptions.builder().modules(true).script(WORKER).bind(ImagesBinding.of("IMAGES"));
  }

  @Test
  void hosted_images_are_seen_from_java_and_reset_with_the_storage_snapshot() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(worker()).build())) {
      HostedImages hosted = mf.getBinding(HostedImages.class, "IMAGES");
      StorageSnapshot empty = mf.snapshotStorage();
      hosted.upload("seeded", java.util.Base64.getDecoder().decode(PNG));
      mf.dispatchFetch("http://x/upload");
      assertThat(hosted.ids()).containsExactly("logo", "seeded");
      assertThat(mf.dispatchFetch("http://x/info?id=seeded").text())
          .isEqualTo("{\"format\":\"image/png\",\"fileSize\":95,\"width\":4,\"height\":3}");
      assertThat(hosted.details("logo")).contains("\"filename\":\"uploaded.jpg\"", "\"variants\":[\"public\"]");
      mf.restoreStorage(empty);
      assertThat(hosted.ids()).isEmpty();
      assertThat(mf.dispatchFetch("http://x/list").text()).isEqualTo("[]");
    }
  }

  @Test
  void persisted_hosted_images_survive_a_new_instance(@TempDir Path dir) {
    MiniflareOptions options = MiniflareOptions.builder().persist("images", dir).worker(worker()).build();
    try (Miniflare mf = new Miniflare(options)) {
      mf.dispatchFetch("http://x/upload");
    }
    try (Miniflare mf = new Miniflare(options)) {
      assertThat(mf.dispatchFetch("http://x/list").text()).isEqualTo("[\"logo\"]");
      assertThat(mf.getBinding(HostedImages.class, "IMAGES").bytes("logo")).hasSize(95);
    }
  }

  @Test
  void avif_output_is_refused_naming_the_limit_and_png_and_webp_are_made() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(worker()).build())) {
      assertThat(mf.dispatchFetch("http://x/?format=image/png").text()).isEqualTo("image/png");
      assertThat(mf.dispatchFetch("http://x/?format=image/webp").text()).isEqualTo("image/webp");
      assertThat(mf.dispatchFetch("http://x/?format=image/avif").text()).isEqualTo(
          "9520 IMAGES_TRANSFORM_ERROR 9520: ERROR: image/avif output is not supported by miniflare4j"
              + " (the JDK has no encoder for it); ask for image/png or image/jpeg");
    }
  }

  @Test
  void wrangler_images_table_declares_the_binding(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("index.js"), WORKER);
    Files.writeString(dir.resolve("wrangler.toml"), """
        name = "api"
        main = "index.js"
        compatibility_date = "2025-01-01"
        [images]
        binding = "IMAGES"
        """);
    WranglerConfig config = WranglerConfig.load(dir.resolve("wrangler.toml"));
    assertThat(config.warnings()).isEmpty();
    try (Miniflare mf = new Miniflare(config.toOptions().build())) {
      mf.dispatchFetch("http://x/upload");
      assertThat(mf.getBinding(HostedImages.class, "api", "IMAGES").ids()).containsExactly("logo");
    }
  }

  @Test
  void miniflare_options_name_the_binding_and_refuse_a_wrong_shape() {
    WorkerOptions declared = MiniflareOptions.fromJson("{\"modules\": true, \"script\": \"\", \"images\": {\"binding\": \"IMG\"}}")
        .workers().get(0);
    assertThat(declared.declarations()).extracting(b -> b.name()).contains("IMG");
    assertThatThrownBy(() -> MiniflareOptions.fromJson("{\"script\": \"\", \"images\": {\"binding\": 3}}"))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("images.binding must be a string");
  }
}
