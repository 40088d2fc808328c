package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.images.HostedImages;
import io.github.miniflare4j.images.ImagesBinding;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hosted images injected by the binding's name, and emptied between tests. */
class ImagesExtensionTest {

  static final String WORKER = """
      export default { async fetch(req, env) {
        const id = new URL(req.url).searchParams.get("id");
        await env.IMAGES.hosted.upload(new Uint8Array([1, 2, 3]), { id });
        return Response.json((await env.IMAGES.hosted.list()).images.map((i) => i.id));
      } };
      """;

  static class Uploads {
    @RegisterExtension
    static MiniflareExtension miniflare = MiniflareExtension.builder()
        .options(MiniflareOptions.builder()
            .startupTimeout(Duration.ofMinutes(2))
            .worker(WorkerOptions.builder().modules(true).compatibilityDate("2025-01-01").script(WORKER)
                .bind(ImagesBinding.of("IMAGES")))
            .build())
        .build();

    @Test
    void first(WorkerClient worker, @Binding("IMAGES") HostedImages images) {
      assertThat(images.ids()).isEmpty();
      assertThat(worker.fetch("/?id=a").text()).isEqualTo("[\"a\"]");
      assertThat(images.ids()).containsExactly("a");
    }

    @Test
    void second(WorkerClient worker, @Binding("IMAGES") HostedImages images) {
      assertThat(images.ids()).isEmpty();
      images.upload("seeded", new byte[] {9});
      assertThat(worker.fetch("/?id=b").text()).isEqualTo("[\"seeded\",\"b\"]");
    }
  }

  @Test
  void hosted_images_are_injected_and_reset_between_tests() {
    Fixtures.assertAllSucceeded(Fixtures.run(Uploads.class), 2);
  }
}
