package io.github.miniflare4j.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.StorageSnapshot;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.http.FetchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Stream binding from a Wrangler file ({@code [stream]}), its store in the per-test reset and under a persist directory. */
class StreamBindingTest {

  @TempDir Path dir;

  private static final String WORKER = """
      export default {
        async fetch(req, env) {
          if (req.method === "PUT") {
            const video = await env.VIDEOS.upload(req.body, { meta: { name: "clip" } });
            const watch = await env.VIDEOS.fetch(video.preview);
            return new Response(watch.status + " " + watch.headers.get("content-type") + " " + (await watch.text()));
          }
          return Response.json((await env.VIDEOS.videos.list()).map((v) => [v.meta.name, v.size, v.status.state]));
        },
      };
      """;

  private MiniflareOptions options(Path persist) throws IOException {
    Files.writeString(dir.resolve("index.js"), WORKER);
    Path file = Files.writeString(dir.resolve("wrangler.toml"),
        "name = \"videos\"\nmain = \"index.js\"\ncompatibility_date = \"2025-01-01\"\n[stream]\nbinding = \"VIDEOS\"\n");
    MiniflareOptions.Builder builder = WranglerConfig.load(file).toOptions().startupTimeout(Duration.ofMinutes(2));
    return persist == null ? builder.build() : builder.persist(StreamBinding.KIND, persist).build();
  }

  private static String upload(Miniflare mf, String bytes) {
    return mf.dispatchFetch(FetchRequest.builder("http://localhost/").method("PUT").body(bytes).build()).text();
  }

  @Test
  void an_uploaded_video_is_listed_and_watched_and_the_reset_forgets_it() throws IOException {
    try (Miniflare mf = new Miniflare(options(null))) {
      StorageSnapshot empty = mf.snapshotStorage();

      assertThat(upload(mf, "abc")).isEqualTo("200 video/mp4 abc");
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("[[\"clip\",3,\"ready\"]]");

      mf.restoreStorage(empty);
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("[]");
    }
  }

  @Test
  void videos_outlive_the_instance_under_a_persist_directory() throws IOException {
    Path persist = dir.resolve("state");
    try (Miniflare mf = new Miniflare(options(persist))) {
      upload(mf, "abcd");
    }
    try (Miniflare mf = new Miniflare(options(persist))) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("[[\"clip\",4,\"ready\"]]");
    }
  }
}
